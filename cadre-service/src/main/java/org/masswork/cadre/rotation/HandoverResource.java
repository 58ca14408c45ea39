package org.masswork.cadre.rotation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.masswork.platform.idempotency.IdempotencyKey;
import org.masswork.platform.security.Role;

@Path("/api/v1/assignments/{assignmentId}/handover")
@Tag(name = "Teams and rotation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class HandoverResource {

    static final String HAND_OVER_EXAMPLE = """
            {"successorCadreId": "5b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e", "handedOverOn": "2026-12-01",
             "note": "驻站两年期满轮岗", "version": 3, "recordedAt": "2026-12-01T09:00:00+08:00"}""";

    private final HandoverService handovers;

    HandoverResource(HandoverService handovers) {
        this.handovers = handovers;
    }

    @POST
    @RolesAllowed(Role.COUNTY_ADMIN)
    @Operation(operationId = "handOverStation", summary = "Hand the station over from this assignment's cadre to a successor"
            + " (rotation): end the term, start the successor's, re-issue the households' contact cards, hand over the open cases",
            description = "In one transaction: the outgoing term ends (reason ROTATION), the successor's starts in the same role "
                    + "under the team rules, every household card at the station is re-issued (old codes stop working) and "
                    + "StationHandedOver tells case-service to hand the outgoing cadre's open cases there to the successor. "
                    + "Accepts an Idempotency-Key and a recordedAt; the version is the outgoing assignment's (409 when stale).")
    @APIResponse(responseCode = "201", description = "Handed over; the successor's assignment is at Location. A replay with the"
            + " same Idempotency-Key returns the first result, without the cards' codes",
            content = @Content(schema = @Schema(implementation = HandoverView.class)))
    @APIResponse(responseCode = "422", description = "The successor breaks a team rule (leader-rank: taking over a leader's"
            + " place without section-level rank or the backbone mark; matching rule; a station served before without a"
            + " reason), is the outgoing cadre, or is unknown; each names the request's field (successorCadreId for the"
            + " successor's rank)")
    public Response handOver(@PathParam("assignmentId") UUID assignmentId,
                             @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = HandOverStationRequest.class),
                                     examples = @ExampleObject(name = "rotation", value = HAND_OVER_EXAMPLE)))
                             @Valid @NotNull HandOverStationRequest request,
                             @Valid @BeanParam IdempotencyKey idempotencyKey) {
        HandoverView handover = handovers.handOver(assignmentId, request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/assignments/" + handover.successor().id())).entity(handover).build();
    }
}
