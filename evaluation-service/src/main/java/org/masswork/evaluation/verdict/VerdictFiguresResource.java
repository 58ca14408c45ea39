package org.masswork.evaluation.verdict;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.evaluation.figures.FiguresGrouping;
import org.masswork.evaluation.round.HalfYear;

@Path("/api/v1/verdict-figures")
@Tag(name = "Verdicts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class VerdictFiguresResource {

    private final VerdictService verdicts;

    VerdictFiguresResource(VerdictService verdicts) {
        this.verdicts = verdicts;
    }

    @GET
    @Operation(operationId = "getVerdictFigures",
            summary = "Evaluation results of a year or half year: grades and consequences for the province, per county or per township",
            description = "The verdicts of the closed rounds of a year (2026) or half year (2026-H1): cadres per grade, not graded, "
                    + "promoted, admonished, cancelled or postponed. Province roles read the province (PROVINCE, one row), a row per "
                    + "county (COUNTY), or with `countyId` one county's (TOWNSHIP only with `countyId`: 400 otherwise). County roles "
                    + "(admin, inspector, organisation department) read their county only: PROVINCE or another `countyId` is a 403, "
                    + "as is every other role. groupBy STATION or CADRE is a 400 naming groupBy.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = VerdictFiguresReport.class)))
    public VerdictFiguresReport figures(
            @QueryParam("period") @NotNull @Parameter(required = true, description = "A year (2026) or half year (2026-H1)")
            @Pattern(regexp = HalfYear.YEAR_OR_HALF_PATTERN, message = "{masswork.year-or-half-year}") @Size(max = 7) String period,
            @QueryParam("groupBy") @DefaultValue("COUNTY") @Parameter(description = "PROVINCE (one row), COUNTY or TOWNSHIP",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"PROVINCE", "COUNTY", "TOWNSHIP"},
                            defaultValue = "COUNTY", maxLength = 8)) FiguresGrouping groupBy,
            @QueryParam("countyId") @Parameter(description = "Narrows to one county: province roles; a county role's own county only")
            UUID countyId) {
        return verdicts.figures(period, groupBy, countyId);
    }
}
