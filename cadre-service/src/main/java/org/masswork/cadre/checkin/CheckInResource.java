package org.masswork.cadre.checkin;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.YearMonth;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.platform.idempotency.IdempotencyKey;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.Role;

@Path("/api/v1")
@Tag(name = "Station days", description = "Check-ins at the station; the 25th–27th of each month are station days. A check-in"
        + " received after its credit window (by default the end of the next day, county calendar) is late: it counts only"
        + " once confirmed, a team member's by the station's leader, the leader's own by an officer of the station's township")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class CheckInResource {

    static final String CONFIRM_EXAMPLE = """
            {"reason": "当天在站接待群众，本人见到；手机无信号，次日晚才上传"}""";

    static final String CHECK_IN_EXAMPLE = """
            {"cadreId": "6a1f7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "stationId": "0b7d9e2a-1c3f-4a5b-9c8d-7e6f5a4b3c2d",
             "recordedAt": "2026-03-06T08:45:00+08:00"}""";

    private static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";

    private final CheckInService checkIns;
    private final AttendanceService attendance;

    CheckInResource(CheckInService checkIns, AttendanceService attendance) {
        this.checkIns = checkIns;
        this.attendance = attendance;
    }

    @POST
    @Path("/check-ins")
    @RolesAllowed({Role.CADRE, Role.STATION_LEADER, Role.COUNTY_ADMIN})
    @Operation(operationId = "checkIn", summary = "A cadre checks in at their station",
            description = "Records a cadre's presence at their station: a station day, or an extra visit when the day is already counted. "
                    + "A cadre checks in for themself (a county admin for anyone); the cadre must serve the station (422 "
                    + "not-on-station), not before the assignment started and at most a few days late (422 before-assignment, "
                    + "check-in-too-old). Accepts an Idempotency-Key and a recordedAt.")
    @APIResponse(responseCode = "201", description = "Recorded as a station day or an extra visit; credited if received"
            + " within the credit window of its day, else late (not counted, no StationDayAttended) until confirmed"
            + " (by the station's leader; the leader's own by an officer of the station's township). A replay with the same"
            + " Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = CheckInView.class)))
    public Response checkIn(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = CheckInRequest.class),
                                    examples = @ExampleObject(name = "station day", value = CHECK_IN_EXAMPLE)))
                            @Valid @NotNull CheckInRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        CheckInView created = checkIns.checkIn(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/check-ins/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/check-ins/{id}/confirmation")
    @RolesAllowed({Role.STATION_LEADER, Role.TOWNSHIP_OFFICER})
    @Operation(operationId = "confirmLateCheckIn",
            summary = "Confirm a late check-in, which then counts (a station day: StationDayAttended once): a team member's by"
                    + " the station's leader, the leader's own by an officer of the station's township",
            description = "A check-in received after the credit window of its day does not count until it is confirmed with "
                    + "a reason, by someone other than its cadre. A team member's is confirmed by the station's current leader "
                    + "(by the assignments: 404 for another station's check-in, 422 not-station-leader when they no longer "
                    + "lead it). A leader does not confirm their own (422 own-check-in): an officer (TOWNSHIP_OFFICER) of the "
                    + "station's township does, the township taken from the station's record and the leader from its "
                    + "assignments; while the station has no leader, the officer confirms any of its check-ins. A check-in of "
                    + "another township, or none, is 403 to an officer, and a team member's at a station with a leader 422 "
                    + "leader-confirms-team. The confirmer is kept (confirmedBy: the leader; confirmedByOfficer: the "
                    + "officer's account) with the time and the reason. 409 check-in-credited when it counts already. "
                    + "Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "The check-in, credited; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = CheckInView.class)))
    @APIResponse(responseCode = "422", description = "The confirmer may not confirm this check-in: own-check-in (a leader's own),"
            + " not-station-leader (no longer leads the station), leader-confirms-team (an officer, for a team member's while the station has a leader)")
    public CheckInView confirm(@PathParam("id") UUID id,
                               @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                       schema = @Schema(implementation = ConfirmCheckInRequest.class),
                                       examples = @ExampleObject(name = "seen at the station", value = CONFIRM_EXAMPLE)))
                               @Valid @NotNull ConfirmCheckInRequest request,
                               @Valid @BeanParam IdempotencyKey idempotencyKey) {
        return checkIns.confirm(id, request, idempotencyKey.value);
    }

    @GET
    @Path("/check-ins")
    @Operation(operationId = "listCheckIns", summary = "Check-ins of a month in the caller's scope, by day; late ones waiting for confirmation if asked",
            description = "The month's check-ins by day, each with whether it counts (on time, late and waiting, confirmed); "
                    + "pending=true lists only the late ones waiting for confirmation. " + WorkScope.LIST_SCOPE)
    @APIResponse(responseCode = "200", description = "One page of check-ins")
    public Page<CheckInView> list(
            @QueryParam("month") @NotNull @Pattern(regexp = MONTH) @Parameter(required = true, description = "YYYY-MM", schema = @Schema(maxLength = 7, pattern = MONTH)) String month,
            @QueryParam("stationId") UUID stationId, @QueryParam("townshipId") UUID townshipId,
            @QueryParam("pending") @Parameter(description = "Only late check-ins not yet confirmed") boolean pending,
            @Valid @BeanParam PageQuery page) {
        return checkIns.list(YearMonth.parse(month), stationId, townshipId, pending, page);
    }

    @GET
    @Path("/attendance")
    @Operation(operationId = "listCadreAttendance",
            summary = "Monthly station-day attendance per cadre: credited days, and late days waiting for confirmation",
            description = "Per cadre, the station days due in the month, those credited and the late ones waiting for "
                    + "confirmation. " + WorkScope.LIST_SCOPE)
    @APIResponse(responseCode = "200", description = "One page of cadres")
    public Page<CadreAttendance> perCadre(
            @QueryParam("month") @NotNull @Pattern(regexp = MONTH) @Parameter(required = true, description = "YYYY-MM", schema = @Schema(maxLength = 7, pattern = MONTH)) String month,
            @QueryParam("stationId") UUID stationId, @QueryParam("townshipId") UUID townshipId,
            @Valid @BeanParam PageQuery page) {
        return attendance.perCadre(YearMonth.parse(month), stationId, townshipId, false, page);
    }

    @GET
    @Path("/attendance/missed")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.INSPECTOR, Role.ORG_DEPT})
    @Operation(operationId = "listMissedStationDays", summary = "Cadres who missed station days in a month",
            description = "The cadres credited with fewer station days than due in the month (a late day not yet confirmed "
                    + "is missed). " + WorkScope.LIST_SCOPE)
    @APIResponse(responseCode = "200", description = "One page of cadres with fewer station days credited than due (a late day not yet confirmed is missed)")
    public Page<CadreAttendance> missed(
            @QueryParam("month") @NotNull @Pattern(regexp = MONTH) @Parameter(required = true, description = "YYYY-MM", schema = @Schema(maxLength = 7, pattern = MONTH)) String month,
            @QueryParam("townshipId") UUID townshipId, @Valid @BeanParam PageQuery page) {
        return attendance.perCadre(YearMonth.parse(month), null, townshipId, true, page);
    }

    @GET
    @Path("/attendance/stations")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.INSPECTOR, Role.ORG_DEPT})
    @Operation(operationId = "listStationAttendance", summary = "Monthly station-day attendance per station: credited days, and late days waiting",
            description = "Per station, the station days due in the month, those credited to its team and the late ones waiting. "
                    + WorkScope.LIST_SCOPE)
    @APIResponse(responseCode = "200", description = "One page of stations")
    public Page<StationAttendance> perStation(
            @QueryParam("month") @NotNull @Pattern(regexp = MONTH) @Parameter(required = true, description = "YYYY-MM", schema = @Schema(maxLength = 7, pattern = MONTH)) String month,
            @QueryParam("townshipId") UUID townshipId, @Valid @BeanParam PageQuery page) {
        return attendance.perStation(YearMonth.parse(month), townshipId, page);
    }
}
