package org.masswork.cadre.pairing;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.platform.idempotency.IdempotencyKey;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.Role;

@Path("/api/v1/pairings")
@Tag(name = "Pairings", description = "Sister pairs (姐妹亲戚) and brother pairs (兄弟对子)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class PairingResource {

    private final PairingService pairings;

    PairingResource(PairingService pairings) {
        this.pairings = pairings;
    }

    @POST
    @Path("/sister")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER})
    @Operation(operationId = "pairSister", summary = "Pair a party organisation with a village's party branch")
    @APIResponse(responseCode = "201", description = "Paired", content = @Content(schema = @Schema(implementation = SisterPairView.class)))
    public Response pairSister(@Valid @NotNull PairSisterRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        SisterPairView created = pairings.pairSister(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/pairings/sister/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/brother")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER})
    @Operation(operationId = "pairBrothers", summary = "Pair an official party member with a village party member")
    @APIResponse(responseCode = "201", description = "Paired", content = @Content(schema = @Schema(implementation = BrotherPairView.class)))
    public Response pairBrothers(@Valid @NotNull PairBrothersRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        BrotherPairView created = pairings.pairBrothers(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/pairings/brother/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/sister")
    @Operation(operationId = "listSisterPairs", summary = "Sister pairs in the caller's scope, filtered by township or village")
    @APIResponse(responseCode = "200", description = "One page of sister pairs")
    public Page<SisterPairView> sisterPairs(@QueryParam("townshipId") UUID townshipId, @QueryParam("villageId") UUID villageId,
                                            @Valid @BeanParam PageQuery page) {
        return pairings.sisterPairs(townshipId, villageId, page);
    }

    @GET
    @Path("/brother")
    @Operation(operationId = "listBrotherPairs", summary = "Brother pairs in the caller's scope, filtered by township or village;"
            + " names masked for those who do not work with the village")
    @APIResponse(responseCode = "200", description = "One page of brother pairs")
    public Page<BrotherPairView> brotherPairs(@QueryParam("townshipId") UUID townshipId, @QueryParam("villageId") UUID villageId,
                                              @Valid @BeanParam PageQuery page) {
        return pairings.brotherPairs(townshipId, villageId, page);
    }

    @GET
    @Path("/figures")
    @Operation(operationId = "getPairingFigures",
            summary = "How many sister and brother pairs in the caller's scope, county-wide or in a township")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = PairingFigures.class)))
    public PairingFigures figures(@QueryParam("townshipId") UUID townshipId) {
        return pairings.figures(townshipId);
    }
}
