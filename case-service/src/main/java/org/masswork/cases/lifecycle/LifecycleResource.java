package org.masswork.cases.lifecycle;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.masswork.cases.casefile.CaseView;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;

@Path("/api/v1/cases/{caseId}")
@Tag(name = "Case lifecycle", description = "Accept, handle, escalate, resolve and close a case; its timeline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class LifecycleResource {

    static final String TRANSITION_EXAMPLE = """
            {"action": "RESOLVE", "version": 3, "method": "VISIT_AND_TALK", "note": "双方达成调解协议"}""";

    private final LifecycleService lifecycle;

    LifecycleResource(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @Path("/transitions")
    @Operation(operationId = "transitionCase",
            summary = "Move a case: accept, reject, start, escalate, de-escalate, resolve, close, reopen or hand over",
            description = "The steps without a body of their own: ACCEPT (handler defaults to the accepting cadre), REJECT (needs a "
                    + "reason), START, ESCALATE one rung or to a named level, DE_ESCALATE, RESOLVE (needs a method), CLOSE, "
                    + "REOPEN, HAND_OVER (needs handlerCadreId, a cadre serving the station). Any other action is a 400 naming "
                    + "`action`; a step the case's status does not allow is a 409 illegal-transition. " + CaseAccess.HANDLERS)
    @APIResponse(responseCode = "200", description = "The case after the step",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public CaseView transition(@PathParam("caseId") UUID caseId,
                               @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                       schema = @Schema(implementation = TransitionRequest.class),
                                       examples = @ExampleObject(name = "resolve", value = TRANSITION_EXAMPLE)))
                               @Valid @NotNull TransitionRequest request) {
        return lifecycle.transition(caseId, request);
    }

    @GET
    @Path("/timeline")
    @Operation(operationId = "getCaseTimeline", summary = "Read the steps of a case, oldest first",
            description = "One page of the case's steps, oldest first: who did what, when, at which level. " + CaseAccess.VISIBILITY)
    @APIResponse(responseCode = "200", description = "One page of the timeline")
    public Page<TimelineEntryView> timeline(@PathParam("caseId") UUID caseId, @Valid @BeanParam PageQuery page) {
        return lifecycle.timeline(caseId, page);
    }
}
