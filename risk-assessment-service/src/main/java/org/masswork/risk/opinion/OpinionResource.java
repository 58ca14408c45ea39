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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

    static final String MANAGERS = "A DECISION_OWNER acts on the matters of the department in their `department` claim only; "
            + "a matter the caller may not see is a 404.";

    static final String MEETING_EXAMPLE = """
            {"kind": "HEARING", "heldOn": "2026-07-25", "stationId": "6a1e3f2b-8c4d-4e5f-9a0b-1c2d3e4f5a6b",
             "townshipId": "0b7e4c1a-2d3f-4a5b-8c6d-7e8f9a0b1c2d", "place": "东沟村村委会会议室",
             "participants": [{"name": "张三丰", "phone": "13812345678", "villageId": "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f"}],
             "opinions": [{"topic": "COMPENSATION", "stance": "SUPPORT_WITH_CONDITIONS", "count": 60},
                          {"topic": "GRAVES", "stance": "OPPOSE", "count": 12},
                          {"topic": "RESETTLEMENT", "stance": "NOT_UNDERSTOOD", "count": 8}],
             "recordedAt": "2026-07-25T16:00:00+08:00"}""";

    static final String SURVEY_EXAMPLE = """
            {"villageId": "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "method": "DOOR_TO_DOOR", "householdsReached": 80,
             "support": 50, "oppose": 6, "supportWithConditions": 20, "notUnderstood": 4}""";

    private final OpinionService opinions;

    OpinionResource(OpinionService opinions) {
        this.opinions = opinions;
    }

    @POST
    @Path("/meetings")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "recordMeeting", summary = "Record a hearing or consultation meeting with its participants and opinions",
            description = "A hearing (听证会) or consultation meeting (恳谈会) held in an affected township, at a station or the "
                    + "township, while gathering opinion or during the analysis: its participants (personal data) and the opinions "
                    + "voiced by topic and stance (SUPPORT, OPPOSE, SUPPORT_WITH_CONDITIONS, NOT_UNDERSTOOD). Emits HearingHeld "
                    + "(counts only). Accepts an Idempotency-Key. " + MANAGERS)
    @APIResponse(responseCode = "201", description = "Recorded; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response recordMeeting(@PathParam("matterId") UUID matterId,
                                  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                          schema = @Schema(implementation = RecordMeetingRequest.class),
                                          examples = @ExampleObject(name = "hearing", value = MEETING_EXAMPLE)))
                                  @Valid @NotNull RecordMeetingRequest request,
                                  @Valid @BeanParam IdempotencyKey idempotencyKey) {
        MeetingView created = opinions.recordMeeting(matterId, request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/matters/" + matterId + "/meetings/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/meetings")
    @Operation(operationId = "listMeetings", summary = "List the meetings held for a matter",
            description = "One page of the matter's meetings by date. Participants' names and phones in full (and audited) "
                    + "for the owning department and county roles, masked for anyone else. Visible to "
                    + "DECISION_OWNER of the owning department, COUNTY_ADMIN, INSPECTOR, ORG_DEPT, SYSTEM, and once decided "
                    + "TOWNSHIP_OFFICER of an affected township; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "One page of meetings")
    public Page<MeetingView> meetings(@PathParam("matterId") UUID matterId, @Valid @BeanParam PageQuery page) {
        return opinions.meetings(matterId, page);
    }

    @POST
    @Path("/surveys")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "recordSurvey", summary = "Record door-to-door visits or a survey of an affected village",
            description = "Households reached in an affected village and how many support, oppose, support with conditions "
                    + "or do not understand the matter; together at most the households reached (422 "
                    + "survey-exceeds-households). Accepts an Idempotency-Key. " + MANAGERS)
    @APIResponse(responseCode = "201", description = "Recorded; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    public Response recordSurvey(@PathParam("matterId") UUID matterId,
                                 @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                         schema = @Schema(implementation = RecordSurveyRequest.class),
                                         examples = @ExampleObject(name = "door to door", value = SURVEY_EXAMPLE)))
                                 @Valid @NotNull RecordSurveyRequest request,
                                 @Valid @BeanParam IdempotencyKey idempotencyKey) {
        SurveyView created = opinions.recordSurvey(matterId, request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/matters/" + matterId + "/surveys/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/surveys")
    @Operation(operationId = "listSurveys", summary = "List the village surveys of a matter",
            description = "One page of the matter's village surveys (counts only, no personal data). Visible to "
                    + "DECISION_OWNER of the owning department, COUNTY_ADMIN, INSPECTOR, ORG_DEPT, SYSTEM, and once "
                    + "decided TOWNSHIP_OFFICER of an affected township; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "One page of surveys")
    public Page<SurveyView> surveys(@PathParam("matterId") UUID matterId, @Valid @BeanParam PageQuery page) {
        return opinions.surveys(matterId, page);
    }
}
