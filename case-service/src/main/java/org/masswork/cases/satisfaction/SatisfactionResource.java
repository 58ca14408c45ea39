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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.cases.casefile.CaseAccess;
import org.masswork.cases.casefile.CaseView;

@Path("/api/v1/cases/{caseId}/satisfaction")
@Tag(name = "Satisfaction", description = "The villager's rating of the result")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class SatisfactionResource {

    static final String RETURN_CALL_EXAMPLE = """
            {"version": 6, "note": "电话回访，村民表示已理解处理结果"}""";

    static final String RATE_EXAMPLE = """
            {"version": 4, "rating": "SATISFIED", "note": "问题解决及时"}""";

    private final SatisfactionService satisfaction;

    SatisfactionResource(SatisfactionService satisfaction) {
        this.satisfaction = satisfaction;
    }

    @POST
    @Operation(operationId = "rateCase",
            summary = "Rate a resolved or closed case, as the villager or as a handler on their behalf; unsatisfied may reopen it",
            description = "Rates a resolved or closed case once (409 already-rated), as its villager or as a handler on their behalf; an "
                    + "unsatisfied rating may reopen the case and asks for a return call. version is the one the client read "
                    + "(409 stale-version).")
    @APIResponse(responseCode = "200", description = "The case after the rating",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public CaseView rate(@PathParam("caseId") UUID caseId,
                         @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 schema = @Schema(implementation = RateCaseRequest.class),
                                 examples = @ExampleObject(name = "satisfied", value = RATE_EXAMPLE)))
                         @Valid @NotNull RateCaseRequest request) {
        return satisfaction.rate(caseId, request);
    }

    @POST
    @Path("/return-call")
    @Operation(operationId = "recordReturnCall",
            summary = "Record the return call an unsatisfied rating asks for, by a handler other than the resolver",
            description = "Records the return call (回访) an unsatisfied rating asks for (409 no-return-call-due), by a handler other "
                    + "than the one who resolved the case (422 return-call-by-another). " + CaseAccess.HANDLERS)
    @APIResponse(responseCode = "200", description = "The case after the return call",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public CaseView returnCall(@PathParam("caseId") UUID caseId,
                               @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                       schema = @Schema(implementation = ReturnCallRequest.class),
                                       examples = @ExampleObject(name = "return call", value = RETURN_CALL_EXAMPLE)))
                               @Valid @NotNull ReturnCallRequest request) {
        return satisfaction.returnCall(caseId, request);
    }
}
