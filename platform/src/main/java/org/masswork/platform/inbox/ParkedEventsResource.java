package org.masswork.platform.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.security.Role;

/**
 * The operators' view of a service's parked events. Each service serves it under a path of its own (the gateway
 * routes by path), by a subclass that names the path: {@code /api/v1/admin/<service>/parked-events}. The OpenAPI
 * generator does not see the roles of a method a resource inherits, so these descriptions end with them themselves
 * ({@link #ROLES}; each service's OpenApiDocumentTest holds them to the {@code @RolesAllowed}).
 */
public abstract class ParkedEventsResource {

    private static final String TAG = "Operations";
    private static final String ROLES = " Roles: COUNTY_ADMIN, OPERATOR.";

    @Inject
    ParkedEvents parked;

    @Inject
    CallerScope caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COUNTY_ADMIN, Role.OPERATOR})
    @Tag(name = TAG)
    @Operation(operationId = "listParkedEvents", summary = "Events this service parked after they kept failing, newest first",
            description = "Each event with its type, aggregate, error and first and last "
                    + "attempt; never its payload." + ROLES)
    @APIResponse(responseCode = "200", description = "One page of parked events")
    public Page<ParkedEventView> listParkedEvents(
            @Parameter(description = "Also list events already replayed") @QueryParam("includeResolved") @DefaultValue("false")
            boolean includeResolved,
            @Valid @BeanParam PageQuery page) {
        return parked.list(includeResolved, page);
    }

    @POST
    @Path("/{id}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COUNTY_ADMIN, Role.OPERATOR})
    @Tag(name = TAG)
    @Operation(operationId = "replayParkedEvent", summary = "Replay one parked event",
            description = "An incoming event is applied through the inbox, so it takes "
                    + "effect once even if it was applied meanwhile; an outgoing one goes back to the outbox. If it fails "
                    + "again it stays parked with the new error (422 `replay-failed`)." + ROLES)
    @APIResponse(responseCode = "200", description = "The parked event, now resolved",
            content = @Content(schema = @Schema(implementation = ParkedEventView.class)))
    public ParkedEventView replayParkedEvent(@PathParam("id") UUID id) {
        return parked.replay(id, caller.subject());
    }

    @POST
    @Path("/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COUNTY_ADMIN, Role.OPERATOR})
    @Tag(name = TAG)
    @Operation(operationId = "replayAllParkedEvents", summary = "Replay every parked event not yet resolved, oldest first",
            description = "Those that fail again stay parked and are counted." + ROLES)
    @APIResponse(responseCode = "200", description = "How many were replayed and how many failed again",
            content = @Content(schema = @Schema(implementation = ParkedEvents.ReplaySummary.class)))
    public ParkedEvents.ReplaySummary replayAllParkedEvents() {
        return parked.replayAll(caller.subject());
    }
}
