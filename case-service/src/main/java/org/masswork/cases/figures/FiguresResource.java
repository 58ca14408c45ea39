package org.masswork.cases.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.platform.security.Role;

@Path("/api/v1/case-figures")
@Tag(name = "Case figures", description = "The county report's case figures per county, township and station")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COUNTY_ADMIN, Role.INSPECTOR, Role.ORG_DEPT, Role.SYSTEM, Role.TOWNSHIP_OFFICER, Role.STATION_LEADER, Role.CADRE})
public class FiguresResource {

    private final FiguresService figures;
    private final QuarterlyAnalysisService analysis;

    FiguresResource(FiguresService figures, QuarterlyAnalysisService analysis) {
        this.figures = figures;
        this.analysis = analysis;
    }

    @GET
    @RolesAllowed({Role.COUNTY_ADMIN, Role.INSPECTOR, Role.ORG_DEPT, Role.SYSTEM, Role.TOWNSHIP_OFFICER, Role.STATION_LEADER,
            Role.CADRE, Role.PROVINCE_ADMIN, Role.PROVINCE_INSPECTOR})
    @Operation(operationId = "getCaseFigures",
            summary = "Figures of the cases received in a period, for the county or grouped by township or station",
            description = "Cases received from `from` to `to`, both days included, days of the county's calendar (from 00:00 "
                    + "to the day after `to` 00:00, county time; at most 366 days): opinions collected, problems and disputes "
                    + "solved, errands, petitions, closed and closed at the station, on-time, satisfaction and days to close, "
                    + "for the county (one row) or per township or station (a row per group with cases, by name). Every row names "
                    + "its county. County roles ask for any township or station of their county; a township officer or a "
                    + "station's cadre gets their own, and another is a 403, as are another countyId and PROVINCE. Province "
                    + "roles read the province as one row (PROVINCE) or a row per county with cases (COUNTY), or one county "
                    + "named by countyId at any level; TOWNSHIP, STATION, townshipId and stationId need a countyId (400).")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = CaseFiguresReport.class)))
    public CaseFiguresReport figures(
            @QueryParam("from") @NotNull @Parameter(required = true, description = "The first day, county calendar (2026-01-01)")
            LocalDate from,
            @QueryParam("to") @NotNull @Parameter(required = true, description = "The last day, included; at most 366 days "
                    + "after from") LocalDate to,
            @QueryParam("countyId") @Parameter(description = "The county, for province roles; a county role's own or a 403")
            UUID countyId,
            @QueryParam("townshipId") UUID townshipId,
            @QueryParam("stationId") UUID stationId,
            @QueryParam("groupBy") @DefaultValue("COUNTY") @Parameter(description = "PROVINCE (one row, province roles), "
                    + "COUNTY (one row, or a row per county for province roles), TOWNSHIP or STATION")
            FiguresGrouping groupBy) {
        return figures.figures(from, to, countyId, townshipId, stationId, groupBy);
    }

    @GET
    @Path("/quarterly-analysis")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.INSPECTOR, Role.ORG_DEPT, Role.SYSTEM, Role.TOWNSHIP_OFFICER})
    @Operation(operationId = "getQuarterlyAnalysis",
            summary = "The quarterly analysis (民情汇总分析): top categories by township and their change, clusters, widespread problems",
            description = "The quarter's analysis (民情汇总分析): each township's top categories and their change on the quarter before, "
                    + "clusters of one category in one village, and problems widespread across villages. County roles ask for the "
                    + "county or a township; a township officer gets their own, and another is a 403.")
    @APIResponse(responseCode = "200", description = "The analysis",
            content = @Content(schema = @Schema(implementation = QuarterlyAnalysis.class)))
    public QuarterlyAnalysis quarterly(
            @QueryParam("year") @NotNull @Parameter(required = true) @Min(2000) @Max(2100) Integer year,
            @QueryParam("quarter") @NotNull @Parameter(required = true) @Min(1) @Max(4) Integer quarter,
            @QueryParam("townshipId") UUID townshipId,
            @QueryParam("topPerTownship") @DefaultValue("3") @Min(1) @Max(12) int topPerTownship,
            @QueryParam("clusterMinCases") @DefaultValue("5") @Min(2) @Max(10000) int clusterMinCases,
            @QueryParam("widespreadMinVillages") @DefaultValue("10") @Min(2) @Max(100000) int widespreadMinVillages) {
        return analysis.analyse(year, quarter, townshipId, topPerTownship, clusterMinCases, widespreadMinVillages);
    }
}
