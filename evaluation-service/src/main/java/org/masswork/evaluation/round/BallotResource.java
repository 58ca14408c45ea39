package org.masswork.evaluation.round;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.masswork.platform.security.Role;

@Path("/api/v1/rounds/{roundId}/ballots")
@Tag(name = "Ballots", description = "Anonymous ballots of the people's representatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// Each method says who may call it: a class-level @Authenticated would make the OpenAPI generator ask a token of
// the ballot, which takes none (@PermitAll wins at runtime, not in the document).
public class BallotResource {

    static final String SPOIL_EXAMPLE = """
            {"cadreId": "6a1f7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "code": "K7M2Q9X4P8R3"}""";

    static final String CAST_EXAMPLE = """
            {"cadreId": "6a1f7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "code": "K7M2Q9X4P8R3", "rating": "SATISFIED",
             "attitude": 5, "effectiveness": 4, "integrity": 5, "diligence": 4, "comment": "办事热心，常来村里走访"}""";

    private final BallotService ballots;

    BallotResource(BallotService ballots) {
        this.ballots = ballots;
    }

    @POST
    @PermitAll
    @Operation(operationId = "castBallot", summary = "Cast a ballot with its one-time code (no token: the code is the credential)",
            description = "The code goes in the body, never in the URL or a header. The service asks for no token and reads "
                    + "none that is sent. A code works once: a spent, replayed or unknown code is the same 422. Nothing about "
                    + "the ballot is published or logged; the round's counts are published when it closes.")
    @APIResponse(responseCode = "201", description = "Counted; the Location is the cadre's results (shown once the round is closed)",
            content = @Content(schema = @Schema(implementation = BallotReceipt.class)))
    public Response cast(@PathParam("roundId") UUID roundId,
                         @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 schema = @Schema(implementation = CastBallotRequest.class),
                                 examples = @ExampleObject(name = "satisfied", value = CAST_EXAMPLE)))
                         @Valid @NotNull CastBallotRequest request) {
        return created(ballots.cast(roundId, request));
    }

    @POST
    @Path("/spoiled")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER})
    @Operation(operationId = "recordSpoiledBallot", summary = "Record a returned paper ballot that cannot be read",
            description = "A paper ballot returned unreadable: its code is spent and it counts as invalid. Only those who run the round "
                    + "(the county admin; for a township's round, that township's officers) may (403).")
    @APIResponse(responseCode = "201", description = "Counted as invalid",
            content = @Content(schema = @Schema(implementation = BallotReceipt.class)))
    public Response spoil(@PathParam("roundId") UUID roundId,
                          @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                  schema = @Schema(implementation = SpoiledBallotRequest.class),
                                  examples = @ExampleObject(name = "unreadable", value = SPOIL_EXAMPLE)))
                          @Valid @NotNull SpoiledBallotRequest request) {
        return created(ballots.spoil(roundId, request));
    }

    private static Response created(BallotReceipt receipt) {
        return Response.created(URI.create("/api/v1/rounds/" + receipt.roundId() + "/cadres/" + receipt.cadreId() + "/results"))
                .entity(receipt).build();
    }
}
