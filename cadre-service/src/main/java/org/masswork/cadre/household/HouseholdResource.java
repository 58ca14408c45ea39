package org.masswork.cadre.household;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.platform.idempotency.IdempotencyKey;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.Role;

@Path("/api/v1/households")
@Tag(name = "Households", description = "Households (户) of a village, with their key-household tags; names, addresses and phones are personal data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class HouseholdResource {

    static final String UPDATE_EXAMPLE = """
            {"version": 2, "headName": "张大山", "address": "东村3组12号", "phone": "13912345678",
             "memberCount": 1, "tags": ["ELDERLY_ALONE", "LOW_INCOME"]}""";

    static final String REGISTER_EXAMPLE = """
            {"villageId": "2f3e4d5c-6b7a-4899-8a7b-6c5d4e3f2a1b", "headName": "张大山", "address": "东村3组12号",
             "phone": "13912345678", "memberCount": 2, "tags": ["ELDERLY_ALONE"], "recordedAt": "2026-03-01T09:30:00+08:00"}""";

    private final HouseholdService households;

    HouseholdResource(HouseholdService households) {
        this.households = households;
    }

    @POST
    @RolesAllowed({Role.CADRE, Role.STATION_LEADER, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN})
    @Operation(operationId = "registerHousehold", summary = "Register a household of a village that has its station",
            description = "Registers a household of a village that has its station (422 village-without-station); head's name, address "
                    + "and phone are stored encrypted. " + WorkScope.STATION_SCOPE + " Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Registered; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = HouseholdView.class)))
    public Response register(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = RegisterHouseholdRequest.class),
                                     examples = @ExampleObject(name = "household", value = REGISTER_EXAMPLE)))
                             @Valid @NotNull RegisterHouseholdRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        HouseholdView created = households.register(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/households/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getHousehold", summary = "Read a household",
            description = "A household with its head, address, phone, size and key-household tags, in full (and audited) for those who "
                    + "see its station's personal data, masked otherwise. " + WorkScope.RECORD_SCOPE)
    @APIResponse(responseCode = "200", description = "The household",
            content = @Content(schema = @Schema(implementation = HouseholdView.class)))
    public HouseholdView get(@PathParam("id") UUID id) {
        return households.get(id);
    }

    @GET
    @Operation(operationId = "listHouseholds", summary = "List the households of a station or village, optionally only those with a key-household tag",
            description = "One page of the households of a station or of a village (one of the two is required), optionally only those with "
                    + "a tag; personal data as for getHousehold. " + WorkScope.STATION_SCOPE)
    @APIResponse(responseCode = "200", description = "One page of households, in the order they were registered")
    public Page<HouseholdView> list(@QueryParam("stationId") UUID stationId, @QueryParam("villageId") UUID villageId,
                                    @QueryParam("tag") HouseholdTag tag, @Valid @BeanParam PageQuery page) {
        return households.list(stationId, villageId, tag, page);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.CADRE, Role.STATION_LEADER, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN})
    @Operation(operationId = "updateHousehold", summary = "Change a household's head, address, phone, size or tags (optimistic locking)",
            description = "Replaces the household's head, address, phone, size and tags; only those who see its personal data may (403). "
                    + "version is the one the client read (409 stale-version). " + WorkScope.RECORD_SCOPE)
    @APIResponse(responseCode = "200", description = "The household as changed",
            content = @Content(schema = @Schema(implementation = HouseholdView.class)))
    public HouseholdView update(@PathParam("id") UUID id,
                                @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = UpdateHouseholdRequest.class),
                                        examples = @ExampleObject(name = "household", value = UPDATE_EXAMPLE)))
                                @Valid @NotNull UpdateHouseholdRequest request) {
        return households.update(id, request);
    }
}
