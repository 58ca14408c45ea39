package org.masswork.risk.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.platform.security.Role;

@Path("/api/v1/risk-figures")
@Tag(name = "Risk figures", description = "Hearings and consultation meetings held, matters assessed, vetoed, postponed, approved")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COUNTY_ADMIN, Role.INSPECTOR, Role.ORG_DEPT, Role.TOWNSHIP_OFFICER})
public class RiskFiguresResource {

    private final RiskFiguresService figures;

    RiskFiguresResource(RiskFiguresService figures) {
        this.figures = figures;
    }

    @GET
    @Operation(operationId = "riskFigures", summary = "The review figures per township in a period (both dates included)",
            description = "Per township: hearings and consultation meetings held (by the day held), matters assessed, vetoed, "
                    + "postponed and approved (by the day of the decision); a matter counts in each township it affects. "
                    + "COUNTY_ADMIN, INSPECTOR and ORG_DEPT see any township, or all; a TOWNSHIP_OFFICER their own township "
                    + "only (another townshipId is a 403).")
    @APIResponse(responseCode = "200", description = "One row per township with any figure; a township officer sees their own",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RiskFigures.class,
                    maxItems = RiskFiguresService.MAX_TOWNSHIPS)))
    public List<RiskFigures> figures(@Parameter(required = true) @NotNull @QueryParam("from") LocalDate from,
                                     @Parameter(required = true) @NotNull @QueryParam("to") LocalDate to,
                                     @QueryParam("townshipId") UUID townshipId) {
        return figures.figures(from, to, townshipId);
    }
}
