package org.masswork.risk.opinion;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.platform.idempotency.IdempotencyKey;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.Role;

@Path("/api/v1/matters/{matterId}")
@Tag(name = "Opinion gathering", description = "Hearings (听证会), consultation meetings (恳谈会) and village surveys for a matter")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class OpinionResource {

    private final OpinionService opinions;

    OpinionResource(OpinionService opinions) {
        this.opinions = opinions;
    }

    @POST
    @Path("/meetings")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "recordMeeting", summary = "Record a hearing or consultation meeting with its participants and opinions")
    @APIResponse(responseCode = "201", description = "Recorded; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response recordMeeting(@PathParam("matterId") UUID matterId, @Valid @NotNull RecordMeetingRequest request,
                                  @Valid @BeanParam IdempotencyKey idempotencyKey) {
        MeetingView created = opinions.recordMeeting(matterId, request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/matters/" + matterId + "/meetings/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/meetings")
    @Operation(operationId = "listMeetings", summary = "List the meetings held for a matter")
    @APIResponse(responseCode = "200", description = "One page of meetings")
    public Page<MeetingView> meetings(@PathParam("matterId") UUID matterId, @Valid @BeanParam PageQuery page) {
        return opinions.meetings(matterId, page);
    }

    @POST
    @Path("/surveys")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "recordSurvey", summary = "Record door-to-door visits or a survey of an affected village")
    @APIResponse(responseCode = "201", description = "Recorded; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    public Response recordSurvey(@PathParam("matterId") UUID matterId, @Valid @NotNull RecordSurveyRequest request,
                                 @Valid @BeanParam IdempotencyKey idempotencyKey) {
        SurveyView created = opinions.recordSurvey(matterId, request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/matters/" + matterId + "/surveys/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/surveys")
    @Operation(operationId = "listSurveys", summary = "List the village surveys of a matter")
    @APIResponse(responseCode = "200", description = "One page of surveys")
    public Page<SurveyView> surveys(@PathParam("matterId") UUID matterId, @Valid @BeanParam PageQuery page) {
        return opinions.surveys(matterId, page);
    }
}
