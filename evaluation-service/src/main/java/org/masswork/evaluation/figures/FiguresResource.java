package org.masswork.evaluation.figures;

import io.quarkus.security.Authenticated;
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

@Path("/api/v1/work-figures")
@Tag(name = "Work figures", description = "Station days, visits and cases for the province, per county, township, station or cadre, kept from "
        + "cadre-service's and case-service's events")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FiguresResource {

    private final FiguresService figures;

    FiguresResource(FiguresService figures) {
        this.figures = figures;
    }

    @GET
    @Operation(operationId = "getWorkFigures",
            summary = "Work figures of a period, for the province, per county, or per township, station or cadre",
            description = "The days from `from` to `to`, both included, in the county's calendar (at most 366): station days due "
                    + "and attended, visits made and confirmed (per role of the five), households visited, and the cases of the "
                    + "group's stations (a cadre's: of the stations they served). One row per group with any figure, narrowed by "
                    + "county, township, station or cadre. Every row names its county. Province roles read the province "
                    + "(PROVINCE, one row), a row per county (COUNTY) or, with `countyId`, one county's rows at any level (below "
                    + "COUNTY without `countyId`: 400). County roles read their county only (PROVINCE or another `countyId` is a "
                    + "403); a township officer their township, its stations and the cadres stationed in it (another is a 403); a "
                    + "cadre their own figures, and their station's while they serve it (not per cadre). An unknown station or "
                    + "cadre is a 404.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = WorkFiguresReport.class)))
    public WorkFiguresReport figures(
            @QueryParam("from") @NotNull @Parameter(required = true, description = "The first day, e.g. 2026-01-01") LocalDate from,
            @QueryParam("to") @NotNull @Parameter(required = true, description = "The last day, included, e.g. 2026-03-31") LocalDate to,
            @QueryParam("groupBy") @DefaultValue("COUNTY") @Parameter(description = "What one row covers") FiguresGrouping groupBy,
            @QueryParam("countyId") @Parameter(description = "Narrows to one county: province roles; a county role's own county only")
            UUID countyId,
            @QueryParam("townshipId") UUID townshipId,
            @QueryParam("stationId") UUID stationId,
            @QueryParam("cadreId") UUID cadreId) {
        return figures.report(from, to, groupBy, countyId, townshipId, stationId, cadreId);
    }
}
