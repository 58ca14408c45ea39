package org.masswork.cases.satisfaction;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.masswork.cases.casefile.CaseView;

@Path("/api/v1/cases/{caseId}/satisfaction")
@Tag(name = "Satisfaction", description = "The villager's rating of the result")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class SatisfactionResource {

    private final SatisfactionService satisfaction;

    SatisfactionResource(SatisfactionService satisfaction) {
        this.satisfaction = satisfaction;
    }

    @POST
    @Operation(operationId = "rateCase",
            summary = "Rate a resolved or closed case, as the villager or as a handler on their behalf; unsatisfied may reopen it")
    @APIResponse(responseCode = "200", description = "The case after the rating",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public CaseView rate(@PathParam("caseId") UUID caseId, @Valid @NotNull RateCaseRequest request) {
        return satisfaction.rate(caseId, request);
    }

    @POST
    @Path("/return-call")
    @Operation(operationId = "recordReturnCall",
            summary = "Record the return call an unsatisfied rating asks for, by a handler other than the resolver")
    @APIResponse(responseCode = "200", description = "The case after the return call",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public CaseView returnCall(@PathParam("caseId") UUID caseId, @Valid @NotNull ReturnCallRequest request) {
        return satisfaction.returnCall(caseId, request);
    }
}
