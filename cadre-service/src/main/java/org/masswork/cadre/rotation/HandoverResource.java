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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    private final HandoverService handovers;

    HandoverResource(HandoverService handovers) {
        this.handovers = handovers;
    }

    @POST
    @RolesAllowed(Role.COUNTY_ADMIN)
    @Operation(operationId = "handOverStation", summary = "Hand the station over from this assignment's cadre to a successor"
            + " (rotation): end the term, start the successor's, re-issue the households' contact cards, hand over the open cases")
    @APIResponse(responseCode = "201", description = "Handed over; the successor's assignment is at Location. A replay with the"
            + " same Idempotency-Key returns the first result, without the cards' codes",
            content = @Content(schema = @Schema(implementation = HandoverView.class)))
    @APIResponse(responseCode = "422", description = "The successor breaks a team rule (rank, matching rule, a station served"
            + " before without a reason), is the outgoing cadre, or is unknown")
    public Response handOver(@PathParam("assignmentId") UUID assignmentId, @Valid @NotNull HandOverStationRequest request,
                             @Valid @BeanParam IdempotencyKey idempotencyKey) {
        HandoverView handover = handovers.handOver(assignmentId, request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/assignments/" + handover.successor().id())).entity(handover).build();
    }
}
