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
@RolesAllowed({Role.COUNTY_ADMIN, Role.INSPECTOR, Role.ORG_DEPT, Role.TOWNSHIP_OFFICER})
public class RiskFiguresResource {

    private final RiskFiguresService figures;

    RiskFiguresResource(RiskFiguresService figures) {
        this.figures = figures;
    }

    @GET
    @Operation(operationId = "getRiskFigures", summary = "The review figures of a period, for the county or per township",
            description = "From `from` to `to`, both days included, days of the county's calendar (at most 366 days): "
                    + "hearings and consultation meetings held (by the day held), matters assessed, vetoed, not carried out "
                    + "(不开展 blocked approval), postponed and approved (by the day of the decision, county time). COUNTY (the "
                    + "default) is one row in which a matter affecting several townships counts once; TOWNSHIP a row per "
                    + "township with any figure, in which it counts in each township it affects. COUNTY_ADMIN, INSPECTOR and "
                    + "ORG_DEPT see any township, or all; a TOWNSHIP_OFFICER their own township only (another townshipId is "
                    + "a 403).")
    @APIResponse(responseCode = "200", description = "The figures; a township officer's are their own township's",
            content = @Content(schema = @Schema(implementation = RiskFiguresReport.class)))
    public RiskFiguresReport figures(
            @QueryParam("from") @NotNull @Parameter(required = true, description = "The first day, county calendar (2026-01-01)")
            LocalDate from,
            @QueryParam("to") @NotNull @Parameter(required = true, description = "The last day, included; at most 366 days "
                    + "after from") LocalDate to,
            @QueryParam("townshipId") UUID townshipId,
            @QueryParam("groupBy") @DefaultValue("COUNTY") @Parameter(description = "COUNTY (one row) or TOWNSHIP")
            FiguresGrouping groupBy) {
        return figures.figures(from, to, townshipId, groupBy);
    }
}
