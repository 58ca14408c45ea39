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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.platform.idempotency.IdempotencyKey;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.Role;

@Path("/api/v1")
@Tag(name = "Station days", description = "Check-ins at the station; the 25th–27th of each month are station days. A check-in"
        + " received after its credit window (by default the end of the next day, county calendar) is late: it counts only"
        + " once the station's leader confirms it")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class CheckInResource {

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
    @Operation(operationId = "checkIn", summary = "A cadre checks in at their station")
    @APIResponse(responseCode = "201", description = "Recorded as a station day or an extra visit; credited if received"
            + " within the credit window of its day, else late (not counted, no StationDayAttended) until the station's"
            + " leader confirms it. A replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = CheckInView.class)))
    public Response checkIn(@Valid @NotNull CheckInRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        CheckInView created = checkIns.checkIn(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/check-ins/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/check-ins/{id}/confirmation")
    @RolesAllowed(Role.STATION_LEADER)
    @Operation(operationId = "confirmLateCheckIn",
            summary = "The station's leader confirms a colleague's late check-in, which then counts (a station day: StationDayAttended once)")
    @APIResponse(responseCode = "200", description = "The check-in, credited; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = CheckInView.class)))
    public CheckInView confirm(@PathParam("id") UUID id, @Valid @NotNull ConfirmCheckInRequest request,
                               @Valid @BeanParam IdempotencyKey idempotencyKey) {
        return checkIns.confirm(id, request, idempotencyKey.value);
    }

    @GET
    @Path("/check-ins")
    @Operation(operationId = "listCheckIns", summary = "Check-ins of a month in the caller's scope, by day; late ones waiting for confirmation if asked")
    @APIResponse(responseCode = "200", description = "One page of check-ins")
    public Page<CheckInView> list(
            @QueryParam("month") @NotNull @Pattern(regexp = MONTH) @Parameter(description = "YYYY-MM", schema = @Schema(maxLength = 7, pattern = MONTH)) String month,
            @QueryParam("stationId") UUID stationId, @QueryParam("townshipId") UUID townshipId,
            @QueryParam("pending") @Parameter(description = "Only late check-ins not yet confirmed") boolean pending,
            @Valid @BeanParam PageQuery page) {
        return checkIns.list(YearMonth.parse(month), stationId, townshipId, pending, page);
    }

    @GET
    @Path("/attendance")
    @Operation(operationId = "listCadreAttendance",
            summary = "Monthly station-day attendance per cadre: credited days, and late days waiting for the leader's confirmation")
    @APIResponse(responseCode = "200", description = "One page of cadres")
    public Page<CadreAttendance> perCadre(
            @QueryParam("month") @NotNull @Pattern(regexp = MONTH) @Parameter(description = "YYYY-MM", schema = @Schema(maxLength = 7, pattern = MONTH)) String month,
            @QueryParam("stationId") UUID stationId, @QueryParam("townshipId") UUID townshipId,
            @Valid @BeanParam PageQuery page) {
        return attendance.perCadre(YearMonth.parse(month), stationId, townshipId, false, page);
    }

    @GET
    @Path("/attendance/missed")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.INSPECTOR, Role.ORG_DEPT})
    @Operation(operationId = "listMissedStationDays", summary = "Cadres who missed station days in a month")
    @APIResponse(responseCode = "200", description = "One page of cadres with fewer station days credited than due (a late day not yet confirmed is missed)")
    public Page<CadreAttendance> missed(
            @QueryParam("month") @NotNull @Pattern(regexp = MONTH) @Parameter(description = "YYYY-MM", schema = @Schema(maxLength = 7, pattern = MONTH)) String month,
            @QueryParam("townshipId") UUID townshipId, @Valid @BeanParam PageQuery page) {
        return attendance.perCadre(YearMonth.parse(month), null, townshipId, true, page);
    }

    @GET
    @Path("/attendance/stations")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.INSPECTOR, Role.ORG_DEPT})
    @Operation(operationId = "listStationAttendance", summary = "Monthly station-day attendance per station: credited days, and late days waiting")
    @APIResponse(responseCode = "200", description = "One page of stations")
    public Page<StationAttendance> perStation(
            @QueryParam("month") @NotNull @Pattern(regexp = MONTH) @Parameter(description = "YYYY-MM", schema = @Schema(maxLength = 7, pattern = MONTH)) String month,
            @QueryParam("townshipId") UUID townshipId, @Valid @BeanParam PageQuery page) {
        return attendance.perStation(YearMonth.parse(month), townshipId, page);
    }
}
