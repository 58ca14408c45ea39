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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

    static final String BROTHERS_EXAMPLE = """
            {"cadreId": "6a1f7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "villageMemberName": "王建国",
             "villageId": "2f3e4d5c-6b7a-4899-8a7b-6c5d4e3f2a1b", "pairedOn": "2026-03-01", "recordedAt": "2026-03-01T09:00:00+08:00"}""";

    static final String SISTER_EXAMPLE = """
            {"partyOrganisation": "县农业农村局机关党支部", "villageId": "2f3e4d5c-6b7a-4899-8a7b-6c5d4e3f2a1b",
             "pairedOn": "2026-03-01", "recordedAt": "2026-03-01T09:00:00+08:00"}""";

    private final PairingService pairings;

    PairingResource(PairingService pairings) {
        this.pairings = pairings;
    }

    @POST
    @Path("/sister")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER})
    @Operation(operationId = "pairSister", summary = "Pair a party organisation with a village's party branch",
            description = "Pairs a party organisation with a village's party branch (结对共建); a pair already made is a 409 already-paired. "
                    + "Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Paired", content = @Content(schema = @Schema(implementation = SisterPairView.class)))
    public Response pairSister(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                       schema = @Schema(implementation = PairSisterRequest.class),
                                       examples = @ExampleObject(name = "sister organisation", value = SISTER_EXAMPLE)))
                               @Valid @NotNull PairSisterRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        SisterPairView created = pairings.pairSister(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/pairings/sister/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/brother")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER})
    @Operation(operationId = "pairBrothers", summary = "Pair an official party member with a village party member",
            description = "Pairs an official who is a party member (422 not-a-party-member) with a village party member (结对认亲). "
                    + "Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Paired", content = @Content(schema = @Schema(implementation = BrotherPairView.class)))
    public Response pairBrothers(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                         schema = @Schema(implementation = PairBrothersRequest.class),
                                         examples = @ExampleObject(name = "brothers", value = BROTHERS_EXAMPLE)))
                                 @Valid @NotNull PairBrothersRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        BrotherPairView created = pairings.pairBrothers(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/pairings/brother/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/sister")
    @Operation(operationId = "listSisterPairs", summary = "Sister pairs in the caller's scope, filtered by township or village",
            description = "One page of sister pairs of a township or village; a township officer sees their own township, county roles "
                    + "all, and another township is a 403.")
    @APIResponse(responseCode = "200", description = "One page of sister pairs")
    public Page<SisterPairView> sisterPairs(@QueryParam("townshipId") UUID townshipId, @QueryParam("villageId") UUID villageId,
                                            @Valid @BeanParam PageQuery page) {
        return pairings.sisterPairs(townshipId, villageId, page);
    }

    @GET
    @Path("/brother")
    @Operation(operationId = "listBrotherPairs", summary = "Brother pairs in the caller's scope, filtered by township or village;"
            + " names masked for those who do not work with the village",
            description = "One page of brother pairs of a township or village; names in full only for those who work with the village's "
                    + "people. A township officer sees their own township, county roles all, and another township is a 403.")
    @APIResponse(responseCode = "200", description = "One page of brother pairs")
    public Page<BrotherPairView> brotherPairs(@QueryParam("townshipId") UUID townshipId, @QueryParam("villageId") UUID villageId,
                                              @Valid @BeanParam PageQuery page) {
        return pairings.brotherPairs(townshipId, villageId, page);
    }
}
