package org.masswork.cases.petition;

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

@Path("/api/v1/cases/{caseId}/petition")
@Tag(name = "Petitions", description = "Petitions by proxy or accompanied (代理信访、陪同上访) and their time limits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class PetitionResource {

    static final String OUTCOME_EXAMPLE = """
            {"version": 8, "outcome": "ENDED_SATISFIED", "note": "信访人签署息访息诉承诺书"}""";

    static final String REVIEW_EXAMPLE = """
            {"version": 7, "step": "REVIEW_REQUESTED", "note": "信访人对答复意见不服，申请复查"}""";

    static final String EXTEND_EXAMPLE = """
            {"version": 5, "days": 30, "reason": "涉及多个部门，需联合调查"}""";

    private final PetitionService petitions;

    PetitionResource(PetitionService petitions) {
        this.petitions = petitions;
    }

    @GET
    @Operation(operationId = "getPetition", summary = "Read a petition case's mode, due dates, reviews and outcome",
            description = "A petition (信访) case's mode, reply and handling due dates, review steps and outcome; a case that is not a "
                    + "petition is a 404. " + CaseAccess.VISIBILITY)
    @APIResponse(responseCode = "200", description = "The petition",
            content = @Content(schema = @Schema(implementation = PetitionView.class)))
    public PetitionView get(@PathParam("caseId") UUID caseId) {
        return petitions.get(caseId);
    }

    @POST
    @Path("/extension")
    @Operation(operationId = "extendPetitionReply", summary = "Extend the written reply once, by at most 30 days, with a reason",
            description = "Extends the written reply once (422 one-extension-only), by at most 30 days, before it is due (422 "
                    + "reply-deadline-passed), with a reason. " + CaseAccess.HANDLERS)
    @APIResponse(responseCode = "200", description = "The petition with its new due date",
            content = @Content(schema = @Schema(implementation = PetitionView.class)))
    public PetitionView extend(@PathParam("caseId") UUID caseId,
                               @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                       schema = @Schema(implementation = ExtendReplyRequest.class),
                                       examples = @ExampleObject(name = "extension", value = EXTEND_EXAMPLE)))
                               @Valid @NotNull ExtendReplyRequest request) {
        return petitions.extendReply(caseId, request);
    }

    @POST
    @Path("/review-steps")
    @Operation(operationId = "recordPetitionReviewStep", summary = "Record a review (复查) or re-review (复核) request or answer",
            description = "Records a review (复查) or re-review (复核) request or answer, in order and within its window (422 "
                    + "review-step-out-of-order, review-window-closed). " + CaseAccess.HANDLERS)
    @APIResponse(responseCode = "200", description = "The petition",
            content = @Content(schema = @Schema(implementation = PetitionView.class)))
    public PetitionView reviewStep(@PathParam("caseId") UUID caseId,
                                   @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                           schema = @Schema(implementation = ReviewStepRequest.class),
                                           examples = @ExampleObject(name = "review requested", value = REVIEW_EXAMPLE)))
                                   @Valid @NotNull ReviewStepRequest request) {
        return petitions.recordReviewStep(caseId, request);
    }

    @POST
    @Path("/outcome")
    @Operation(operationId = "recordPetitionOutcome", summary = "Record how the petition ended, e.g. 息访息诉",
            description = "Records how the petition ended, e.g. 息访息诉 (the petitioner satisfied); one that already ended so is a 409 "
                    + "petition-already-ended. " + CaseAccess.HANDLERS)
    @APIResponse(responseCode = "200", description = "The petition",
            content = @Content(schema = @Schema(implementation = PetitionView.class)))
    public PetitionView outcome(@PathParam("caseId") UUID caseId,
                                @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = PetitionOutcomeRequest.class),
                                        examples = @ExampleObject(name = "ended satisfied", value = OUTCOME_EXAMPLE)))
                                @Valid @NotNull PetitionOutcomeRequest request) {
        return petitions.recordOutcome(caseId, request);
    }
}
