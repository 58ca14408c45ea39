package org.masswork.cadre.contactcard;

import io.quarkus.security.Authenticated;
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
import org.masswork.cadre.figures.FiguresGrouping;
import org.masswork.cadre.scope.WorkScope;

@Path("/api/v1/card-figures")
@Tag(name = "Contact cards")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CardFiguresResource {

    private final CardFiguresService figures;

    CardFiguresResource(CardFiguresService figures) {
        this.figures = figures;
    }

    @GET
    @Operation(operationId = "getCardFigures",
            summary = "Stations, households, households covered by a current card and cards issued now, for the province, per "
                    + "county, township or station, in the caller's scope",
            description = "Contact cards as of now: one PROVINCE row, one row per county (COUNTY), or one row per township or per "
                    + "station (groupBy PROVINCE, COUNTY, TOWNSHIP or STATION; another level is a 400 naming groupBy, and a grouping "
                    + "giving more than 2000 rows a 400 asking to narrow by townshipId). " + WorkScope.LIST_SCOPE + " A county's "
                    + "roles count their county only (one COUNTY row; a countyId of another county, or PROVINCE, is a 403). "
                    + "Province roles count every county, or the one countyId names; TOWNSHIP, STATION or a townshipId or stationId "
                    + "needs a countyId (400). Each row counts only what the caller may see.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = CardFiguresReport.class)))
    public CardFiguresReport figures(
            @QueryParam("groupBy") @DefaultValue("COUNTY") @Parameter(description = "PROVINCE (one row), COUNTY (one row per county), TOWNSHIP or STATION", schema = @Schema(type = SchemaType.STRING, enumeration = {"PROVINCE", "COUNTY", "TOWNSHIP", "STATION"}, defaultValue = "COUNTY", maxLength = 8)) FiguresGrouping groupBy,
            @QueryParam("countyId") @Parameter(description = "Only this county") UUID countyId,
            @QueryParam("townshipId") @Parameter(description = "Only this township") UUID townshipId,
            @QueryParam("stationId") @Parameter(description = "Only this station") UUID stationId) {
        return figures.figures(groupBy, countyId, townshipId, stationId);
    }
}
