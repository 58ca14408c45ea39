package org.masswork.cadre.contactcard;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.platform.idempotency.IdempotencyKey;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.Role;

@Path("/api/v1/contact-cards")
@Tag(name = "Contact cards", description = "Contact cards (便民联系卡): the station team's names and phones, and one-time codes that confirm visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ContactCardResource {

    private final ContactCardService cards;
    private final CardFiguresService figures;

    ContactCardResource(ContactCardService cards, CardFiguresService figures) {
        this.cards = cards;
        this.figures = figures;
    }

    @POST
    @RolesAllowed({Role.CADRE, Role.STATION_LEADER, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN})
    @Operation(operationId = "issueContactCard",
            summary = "Issue a household a card showing the station's current team; it replaces the household's current card")
    @APIResponse(responseCode = "201", description = "Issued, with the one-time codes to print (only in this first answer)",
            content = @Content(schema = @Schema(implementation = IssuedContactCardView.class)))
    public Response issue(@Valid @NotNull IssueContactCardRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        IssuedContactCardView issued = cards.issue(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/contact-cards/" + issued.card().id())).entity(issued).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getContactCard", summary = "Read a contact card (never its codes)")
    @APIResponse(responseCode = "200", description = "The card",
            content = @Content(schema = @Schema(implementation = ContactCardView.class)))
    public ContactCardView get(@PathParam("id") UUID id) {
        return cards.get(id);
    }

    @GET
    @Operation(operationId = "listContactCardsOfHousehold", summary = "A household's cards, newest first")
    @APIResponse(responseCode = "200", description = "One page of cards")
    public Page<ContactCardView> ofHousehold(@QueryParam("householdId") @NotNull UUID householdId,
                                             @Valid @BeanParam PageQuery page) {
        return cards.ofHousehold(householdId, page);
    }

    @GET
    @Path("/needed")
    @Operation(operationId = "listHouseholdsNeedingCards",
            summary = "Households of a station with no card, or whose card does not show the current team (re-issue after rotation)")
    @APIResponse(responseCode = "200", description = "One page of households, in the order they were registered")
    public Page<CardNeededView> needed(@QueryParam("stationId") @NotNull UUID stationId, @QueryParam("reason") CardNeed reason,
                                       @Valid @BeanParam PageQuery page) {
        return cards.needed(stationId, reason, page);
    }

    @GET
    @Path("/figures/stations")
    @Operation(operationId = "cardFiguresPerStation", summary = "Cards issued and households covered per station, in the caller's scope")
    @APIResponse(responseCode = "200", description = "One page of stations, by name")
    public Page<StationCardFigures> perStation(@QueryParam("stationId") UUID stationId, @QueryParam("townshipId") UUID townshipId,
                                               @Valid @BeanParam PageQuery page) {
        return figures.perStation(stationId, townshipId, page);
    }

    @GET
    @Path("/figures/townships")
    @Operation(operationId = "cardFiguresPerTownship", summary = "Cards issued and households covered per township, in the caller's scope")
    @APIResponse(responseCode = "200", description = "One page of townships, by code")
    public Page<TownshipCardFigures> perTownship(@QueryParam("townshipId") UUID townshipId, @Valid @BeanParam PageQuery page) {
        return figures.perTownship(townshipId, page);
    }
}
