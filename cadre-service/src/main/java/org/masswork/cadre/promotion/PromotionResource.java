package org.masswork.cadre.promotion;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cadres/{cadreId}/promotion-eligibility")
@Tag(name = "Promotion eligibility", description = "The station-work and people's-evaluation conditions for promotion")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PromotionResource {

    private final PromotionService promotions;

    PromotionResource(PromotionService promotions) {
        this.promotions = promotions;
    }

    @GET
    @Operation(operationId = "getPromotionEligibility",
            summary = "Whether a cadre has a year of station work and passed their latest people's evaluation, with the reasons if not",
            description = "Whether the cadre may be promoted: at least a year of station work and a pass in their latest people's "
                    + "evaluation, with the reasons when not. The cadre may ask for themself, county roles for anyone (403 "
                    + "otherwise).")
    @APIResponse(responseCode = "200", description = "The verdict and its reasons",
            content = @Content(schema = @Schema(implementation = PromotionEligibility.class)))
    public PromotionEligibility eligibility(@PathParam("cadreId") UUID cadreId) {
        return promotions.eligibility(cadreId);
    }
}
