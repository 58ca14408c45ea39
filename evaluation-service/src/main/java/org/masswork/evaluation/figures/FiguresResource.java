package org.masswork.evaluation.figures;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/figures")
@Tag(name = "Objective figures", description = "Per cadre and station per month, kept from cadre-service's and case-service's events")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FiguresResource {

    private final FiguresService figures;

    FiguresResource(FiguresService figures) {
        this.figures = figures;
    }

    @GET
    @Path("/cadres/{cadreId}")
    @Operation(operationId = "getCadreFigures", summary = "A cadre's figures for a month",
            description = "The cadre's month: station days due and attended, visits (confirmed, per role of the five) and households "
                    + "covered, and the cases of the stations they served. "
                    + "The cadre may read their own, a township officer those of cadres stationed in their township, county roles "
                    + "any (403 otherwise).")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = CadreFiguresView.class)))
    public CadreFiguresView cadre(@PathParam("cadreId") UUID cadreId,
                                  @QueryParam("month") @NotNull @Parameter(required = true) @Pattern(regexp = Months.PATTERN) @Size(max = 7) String month) {
        return figures.cadre(cadreId, Months.parse("month", month));
    }

    @GET
    @Path("/stations/{stationId}")
    @Operation(operationId = "getStationFigures", summary = "A station team's figures for a month",
            description = "The station team's month: its cadres' station days, visits and households covered, and its cases. A "
                    + "station's team, its "
                    + "township's officers and county roles may read it (403 otherwise).")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = StationFiguresView.class)))
    public StationFiguresView station(@PathParam("stationId") UUID stationId,
                                      @QueryParam("month") @NotNull @Parameter(required = true) @Pattern(regexp = Months.PATTERN) @Size(max = 7) String month) {
        return figures.station(stationId, Months.parse("month", month));
    }
}
