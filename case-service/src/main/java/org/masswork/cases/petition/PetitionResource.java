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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cases/{caseId}/petition")
@Tag(name = "Petitions", description = "Petitions by proxy or accompanied (代理信访、陪同上访) and their time limits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class PetitionResource {

    private final PetitionService petitions;

    PetitionResource(PetitionService petitions) {
        this.petitions = petitions;
    }

    @GET
    @Operation(operationId = "getPetition", summary = "Read a petition case's mode, due dates, reviews and outcome")
    @APIResponse(responseCode = "200", description = "The petition",
            content = @Content(schema = @Schema(implementation = PetitionView.class)))
    public PetitionView get(@PathParam("caseId") UUID caseId) {
        return petitions.get(caseId);
    }

    @POST
    @Path("/extension")
    @Operation(operationId = "extendPetitionReply", summary = "Extend the written reply once, by at most 30 days, with a reason")
    @APIResponse(responseCode = "200", description = "The petition with its new due date",
            content = @Content(schema = @Schema(implementation = PetitionView.class)))
    public PetitionView extend(@PathParam("caseId") UUID caseId, @Valid @NotNull ExtendReplyRequest request) {
        return petitions.extendReply(caseId, request);
    }

    @POST
    @Path("/review-steps")
    @Operation(operationId = "recordPetitionReviewStep", summary = "Record a review (复查) or re-review (复核) request or answer")
    @APIResponse(responseCode = "200", description = "The petition",
            content = @Content(schema = @Schema(implementation = PetitionView.class)))
    public PetitionView reviewStep(@PathParam("caseId") UUID caseId, @Valid @NotNull ReviewStepRequest request) {
        return petitions.recordReviewStep(caseId, request);
    }

    @POST
    @Path("/outcome")
    @Operation(operationId = "recordPetitionOutcome", summary = "Record how the petition ended, e.g. 息访息诉")
    @APIResponse(responseCode = "200", description = "The petition",
            content = @Content(schema = @Schema(implementation = PetitionView.class)))
    public PetitionView outcome(@PathParam("caseId") UUID caseId, @Valid @NotNull PetitionOutcomeRequest request) {
        return petitions.recordOutcome(caseId, request);
    }
}
