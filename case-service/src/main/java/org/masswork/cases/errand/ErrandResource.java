package org.masswork.cases.errand;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/cases/{caseId}/errand")
@Tag(name = "Errands", description = "Errands by proxy (代办事项): consent, steps at the departments, due date, outcome")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ErrandResource {

    private final ErrandService errands;

    ErrandResource(ErrandService errands) {
        this.errands = errands;
    }

    @GET
    @Operation(operationId = "getErrand", summary = "Read an errand's consent, due date, steps and outcome")
    @APIResponse(responseCode = "200", description = "The errand",
            content = @Content(schema = @Schema(implementation = ErrandView.class)))
    public ErrandView get(@PathParam("caseId") UUID caseId) {
        return errands.get(caseId);
    }

    @POST
    @Path("/steps")
    @Operation(operationId = "recordErrandStep", summary = "Record a step taken at a department (handlers only)")
    @APIResponse(responseCode = "200", description = "The errand with the new step",
            content = @Content(schema = @Schema(implementation = ErrandView.class)))
    public ErrandView recordStep(@PathParam("caseId") UUID caseId, @Valid @NotNull RecordErrandStepRequest request) {
        return errands.recordStep(caseId, request);
    }
}
