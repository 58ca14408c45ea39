package org.masswork.cadre.ledger;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.cadre.scope.WorkScope;

@Path("/api/v1/village-ledgers")
@Tag(name = "Village ledgers", description = "The village ledger (民情台账): households, key households, cards, visits and cases")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class VillageLedgerResource {

    private final VillageLedgerService ledgers;

    VillageLedgerResource(VillageLedgerService ledgers) {
        this.ledgers = ledgers;
    }

    @GET
    @Path("/{villageId}")
    @Operation(operationId = "getVillageLedger", summary = "The ledger of a village; visit figures for a year (default this year)",
            description = "The village's ledger (民情台账): its households and key households per tag, cards, and the year's visit "
                    + "coverage, visits and cases. "
                    + WorkScope.STATION_SCOPE)
    @APIResponse(responseCode = "200", description = "The ledger",
            content = @Content(schema = @Schema(implementation = VillageLedgerView.class)))
    public VillageLedgerView get(@PathParam("villageId") UUID villageId, @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return ledgers.ledger(villageId, year);
    }
}
