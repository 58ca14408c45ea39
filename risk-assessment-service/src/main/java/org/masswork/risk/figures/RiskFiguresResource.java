package org.masswork.risk.figures;

import jakarta.annotation.security.RolesAllowed;
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

@Path("/api/v1/risk-figures")
@Tag(name = "Risk figures", description = "Hearings and consultation meetings held, matters assessed, vetoed, not carried out, "
        + "postponed, approved")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COUNTY_ADMIN, Role.INSPECTOR, Role.ORG_DEPT, Role.TOWNSHIP_OFFICER, Role.PROVINCE_ADMIN,
        Role.PROVINCE_INSPECTOR})
public class RiskFiguresResource {

    private final RiskFiguresService figures;

    RiskFiguresResource(RiskFiguresService figures) {
        this.figures = figures;
    }

    @GET
    @Operation(operationId = "getRiskFigures", summary = "The review figures of a period, for a county, per township or per county of the province",
            description = "From `from` to `to`, both days included, days of the county's calendar (at most 366 days): "
                    + "hearings and consultation meetings held (by the day held), matters assessed, vetoed, not carried out "
                    + "(不开展 blocked approval), postponed and approved (by the day of the decision, county time). COUNTY (the "
                    + "default) is one row in which a matter affecting several townships counts once; TOWNSHIP a row per "
                    + "township with any figure, in which it counts in each township it affects. Every day is a day of the "
                    + "matter's county, in its own zone. COUNTY_ADMIN, INSPECTOR and ORG_DEPT see any township of their "
                    + "county, or all of it; a TOWNSHIP_OFFICER their own township only (another townshipId is a 403); "
                    + "another countyId, or PROVINCE, is a 403 for them. PROVINCE_ADMIN and PROVINCE_INSPECTOR read every "
                    + "county: COUNTY is a row per county with any figure (one row with countyId), PROVINCE one row for all "
                    + "counties (a matter counts once, in its county); TOWNSHIP and townshipId need countyId (400).")
    @APIResponse(responseCode = "200", description = "The figures; a township officer's are their own township's",
            content = @Content(schema = @Schema(implementation = RiskFiguresReport.class)))
    public RiskFiguresReport figures(
            @QueryParam("from") @NotNull @Parameter(required = true, description = "The first day, county calendar (2026-01-01)")
            LocalDate from,
            @QueryParam("to") @NotNull @Parameter(required = true, description = "The last day, included; at most 366 days "
                    + "after from") LocalDate to,
            @QueryParam("countyId") @Parameter(description = "One county: a county role's own (another is a 403); "
                    + "for a province role the county to read") UUID countyId,
            @QueryParam("townshipId") UUID townshipId,
            @QueryParam("groupBy") @DefaultValue("COUNTY") @Parameter(description = "COUNTY (one row; a row per county "
                    + "for a province role without countyId), TOWNSHIP, or PROVINCE (province roles: one row)")
            FiguresGrouping groupBy) {
        return figures.figures(from, to, countyId, townshipId, groupBy);
    }
}
