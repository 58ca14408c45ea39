package org.masswork.cadre.report;

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

@Path("/api/v1/monthly-reports")
@Tag(name = "Monthly reports", description = "The station's monthly people's-situation report (民情信息), submitted by its leader")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class MonthlyReportResource {

    private static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";

    private final MonthlyReportService reports;

    MonthlyReportResource(MonthlyReportService reports) {
        this.reports = reports;
    }

    @POST
    @RolesAllowed(Role.STATION_LEADER)
    @Operation(operationId = "submitMonthlyReport", summary = "Submit the station's report of a month that is over (once per station and month)")
    @APIResponse(responseCode = "201", description = "Submitted; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = MonthlyReportView.class)))
    public Response submit(@Valid @NotNull SubmitMonthlyReportRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        MonthlyReportView created = reports.submit(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/monthly-reports/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/draft")
    @Operation(operationId = "draftMonthlyReport", summary = "The figures a station's report of a month would carry now")
    @APIResponse(responseCode = "200", description = "The compiled figures",
            content = @Content(schema = @Schema(implementation = MonthlyFigures.class)))
    public MonthlyFigures draft(@QueryParam("stationId") @NotNull UUID stationId,
                                @QueryParam("month") @NotNull @Pattern(regexp = MONTH) @Parameter(description = "YYYY-MM",
                                        schema = @Schema(maxLength = 7, pattern = MONTH)) String month) {
        return reports.draft(stationId, YearMonth.parse(month));
    }

    @GET
    @Path("/missing")
    @Operation(operationId = "listMissingMonthlyReports",
            summary = "Stations in the caller's scope that did not submit the month's report by the deadline")
    @APIResponse(responseCode = "200", description = "One page of stations")
    public Page<MissingReportView> missing(@QueryParam("month") @NotNull @Pattern(regexp = MONTH) @Parameter(description = "YYYY-MM",
                                                   schema = @Schema(maxLength = 7, pattern = MONTH)) String month,
                                           @QueryParam("townshipId") UUID townshipId, @Valid @BeanParam PageQuery page) {
        return reports.missing(YearMonth.parse(month), townshipId, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMonthlyReport", summary = "Read a submitted monthly report")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = MonthlyReportView.class)))
    public MonthlyReportView get(@PathParam("id") UUID id) {
        return reports.get(id);
    }

    @GET
    @Operation(operationId = "listMonthlyReports", summary = "Submitted reports in the caller's scope, newest month first")
    @APIResponse(responseCode = "200", description = "One page of reports")
    public Page<MonthlyReportView> list(@QueryParam("stationId") UUID stationId, @QueryParam("townshipId") UUID townshipId,
                                        @QueryParam("month") @Pattern(regexp = MONTH) @Parameter(description = "YYYY-MM",
                                                schema = @Schema(maxLength = 7, pattern = MONTH)) String month,
                                        @Valid @BeanParam PageQuery page) {
        return reports.list(stationId, townshipId, month == null ? null : YearMonth.parse(month), page);
    }
}
