package org.masswork.cadre.rotation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.platform.security.Role;

@Path("/api/v1/townships/{townshipId}/rotation-plan")
@Tag(name = "Teams and rotation")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RotationPlanResource {

    private final RotationPlanService plans;

    RotationPlanResource(RotationPlanService plans) {
        this.plans = plans;
    }

    @GET
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.ORG_DEPT})
    @Operation(operationId = "getRotationPlan", summary = "The township's cadres due for rotation, each with a proposed"
            + " station in the township that the team and matching rules allow",
            description = "Cadres of the township whose two-year term has ended or ends within masswork.rotation.due-within-days, "
                    + "each with a proposed station in the township they never served that the team rules accept without a "
                    + "recorded reason, and the teams the moves would leave. A township officer reads their own township only.")
    @APIResponse(responseCode = "200", description = "The plan; the same records always give the same plan",
            content = @Content(schema = @Schema(implementation = RotationPlanView.class)))
    public RotationPlanView plan(@PathParam("townshipId") UUID townshipId) {
        return plans.plan(townshipId);
    }
}
