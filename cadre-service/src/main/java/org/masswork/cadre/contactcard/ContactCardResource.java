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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.cadre.scope.WorkScope;
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

    static final String ISSUE_EXAMPLE = """
            {"householdId": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "recordedAt": "2026-03-06T10:15:00+08:00"}""";

    private final ContactCardService cards;
    ContactCardResource(ContactCardService cards) {
        this.cards = cards;
    }

    @POST
    @RolesAllowed({Role.CADRE, Role.STATION_LEADER, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN})
    @Operation(operationId = "issueContactCard",
            summary = "Issue a household a card showing the station's current team; it replaces the household's current card",
            description = "Issues a household a contact card (联系卡) naming the station's current team, with one-time codes the household "
                    + "gives to confirm visits; the codes are shown in this answer only. The station needs a team (422 "
                    + "station-without-team). " + WorkScope.STATION_SCOPE + " Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Issued, with the one-time codes to print (only in this first answer)",
            content = @Content(schema = @Schema(implementation = IssuedContactCardView.class)))
    public Response issue(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                  schema = @Schema(implementation = IssueContactCardRequest.class),
                                  examples = @ExampleObject(name = "card", value = ISSUE_EXAMPLE)))
                          @Valid @NotNull IssueContactCardRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        IssuedContactCardView issued = cards.issue(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/contact-cards/" + issued.card().id())).entity(issued).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getContactCard", summary = "Read a contact card (never its codes)",
            description = "A card with the team it shows and whether it is current; never its codes. " + WorkScope.RECORD_SCOPE)
    @APIResponse(responseCode = "200", description = "The card",
            content = @Content(schema = @Schema(implementation = ContactCardView.class)))
    public ContactCardView get(@PathParam("id") UUID id) {
        return cards.get(id);
    }

    @GET
    @Operation(operationId = "listContactCardsOfHousehold", summary = "A household's cards, newest first",
            description = "One page of the household's cards, newest first. " + WorkScope.RECORD_SCOPE)
    @APIResponse(responseCode = "200", description = "One page of cards")
    public Page<ContactCardView> ofHousehold(@QueryParam("householdId") @NotNull @Parameter(required = true) UUID householdId,
                                             @Valid @BeanParam PageQuery page) {
        return cards.ofHousehold(householdId, page);
    }

    @GET
    @Path("/needed")
    @Operation(operationId = "listHouseholdsNeedingCards",
            summary = "Households of a station with no card, or whose card does not show the current team (re-issue after rotation)",
            description = "The station's households that have no card, or whose card no longer shows the current team; reason narrows to "
                    + "one of these. Heads' names in full for those who see the station's personal data, masked otherwise. "
                    + WorkScope.STATION_SCOPE)
    @APIResponse(responseCode = "200", description = "One page of households, in the order they were registered")
    public Page<CardNeededView> needed(@QueryParam("stationId") @NotNull @Parameter(required = true) UUID stationId, @QueryParam("reason") CardNeed reason,
                                       @Valid @BeanParam PageQuery page) {
        return cards.needed(stationId, reason, page);
    }
}
