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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.cases.casefile.CaseAccess;

@Path("/api/v1/cases/{caseId}/errand")
@Tag(name = "Errands", description = "Errands by proxy (代办事项): consent, steps at the departments, due date, outcome")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ErrandResource {

    static final String STEP_EXAMPLE = """
            {"version": 4, "department": "县社保局", "action": "代交养老保险资格认证材料", "note": "窗口受理，5个工作日出结果",
             "doneAt": "2026-03-09T10:30:00+08:00"}""";

    private final ErrandService errands;

    ErrandResource(ErrandService errands) {
        this.errands = errands;
    }

    @GET
    @Operation(operationId = "getErrand", summary = "Read an errand's consent, due date, steps and outcome",
            description = "An errand by proxy (代办): the villager's consent, the due date, the steps taken at departments and the "
                    + "outcome; a case that is not an errand is a 404. " + CaseAccess.VISIBILITY)
    @APIResponse(responseCode = "200", description = "The errand",
            content = @Content(schema = @Schema(implementation = ErrandView.class)))
    public ErrandView get(@PathParam("caseId") UUID caseId) {
        return errands.get(caseId);
    }

    @POST
    @Path("/steps")
    @Operation(operationId = "recordErrandStep", summary = "Record a step taken at a department (handlers only)",
            description = "Records a step taken at a department for an errand (422 not-an-errand), done at a time not in the future. "
                    + CaseAccess.HANDLERS)
    @APIResponse(responseCode = "200", description = "The errand with the new step",
            content = @Content(schema = @Schema(implementation = ErrandView.class)))
    public ErrandView recordStep(@PathParam("caseId") UUID caseId,
                                 @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                         schema = @Schema(implementation = RecordErrandStepRequest.class),
                                         examples = @ExampleObject(name = "pension form handed in", value = STEP_EXAMPLE)))
                                 @Valid @NotNull RecordErrandStepRequest request) {
        return errands.recordStep(caseId, request);
    }
}
