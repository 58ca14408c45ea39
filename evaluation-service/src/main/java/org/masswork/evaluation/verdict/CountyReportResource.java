package org.masswork.evaluation.verdict;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.evaluation.round.HalfYear;

@Path("/api/v1/rounds/report")
@Tag(name = "Verdicts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CountyReportResource {

    private final VerdictService verdicts;

    CountyReportResource(VerdictService verdicts) {
        this.verdicts = verdicts;
    }

    @GET
    @Operation(operationId = "getCountyEvaluationReport",
            summary = "The county's figures for a year or half year: grades, promoted, admonished, cancelled or postponed",
            description = "The county's figures over the closed rounds of a year (2026) or half year (2026-H1): grades per township and "
                    + "for the county, promoted, admonished, cancelled or postponed. County roles only (403 otherwise).")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = CountyReportView.class)))
    public CountyReportView report(@QueryParam("period") @NotNull @Parameter(required = true)
                                   @Pattern(regexp = HalfYear.YEAR_OR_HALF_PATTERN, message = "{masswork.year-or-half-year}")
                                   @Size(max = 7) String period) {
        return verdicts.countyReport(period);
    }
}
