package org.masswork.cadre.pairing;

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

@Path("/api/v1/pairing-figures")
@Tag(name = "Pairings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PairingFiguresResource {

    private final PairingService pairings;

    PairingFiguresResource(PairingService pairings) {
        this.pairings = pairings;
    }

    @GET
    @Operation(operationId = "getPairingFigures",
            summary = "How many sister and brother pairs there are now, for the province, per county or per township, in the caller's scope",
            description = "Sister and brother pairs as of now: one PROVINCE row, one row per county (COUNTY), or one row per township "
                    + "with a pair (groupBy PROVINCE, COUNTY or TOWNSHIP; another level is a 400 naming groupBy). Counted in the "
                    + "caller's scope: county roles their county (one COUNTY row) or the township asked for, a township officer their "
                    + "own township (another is a 403), a station's team its village; a countyId of another county, or PROVINCE, is a "
                    + "403 to a county's roles. Province roles count every county, or the one countyId names; TOWNSHIP or a "
                    + "townshipId needs a countyId (400).")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = PairingFiguresReport.class)))
    public PairingFiguresReport figures(
            @QueryParam("groupBy") @DefaultValue("COUNTY") @Parameter(description = "PROVINCE (one row), COUNTY (one row per county) or TOWNSHIP", schema = @Schema(type = SchemaType.STRING, enumeration = {"PROVINCE", "COUNTY", "TOWNSHIP"}, defaultValue = "COUNTY", maxLength = 8)) FiguresGrouping groupBy,
            @QueryParam("countyId") @Parameter(description = "Only this county") UUID countyId,
            @QueryParam("townshipId") @Parameter(description = "Only this township") UUID townshipId) {
        return pairings.figures(groupBy, countyId, townshipId);
    }
}
