package org.masswork.cadre.station;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.platform.idempotency.IdempotencyKey;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.Role;

@Path("/api/v1/stations")
@Tag(name = "Stations", description = "Mass-work stations (群众工作站), one per village or community")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class StationResource {

    static final String REGISTER_EXAMPLE = """
            {"villageId": "2f3e4d5c-6b7a-4899-8a7b-6c5d4e3f2a1b", "name": "东村群众工作站", "address": "东村村委会一楼",
             "recordedAt": "2026-02-10T09:00:00+08:00"}""";

    private final StationService stations;

    StationResource(StationService stations) {
        this.stations = stations;
    }

    @POST
    @RolesAllowed(Role.COUNTY_ADMIN)
    @Operation(operationId = "registerStation", summary = "Register the station of a village or community",
            description = "Registers the station of a known village or community (422 unknown-village); a village has one station (409 "
                    + "station-exists-for-village). Announced as StationRegistered. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Registered; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = StationView.class)))
    public Response register(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = RegisterStationRequest.class),
                                     examples = @ExampleObject(name = "station", value = REGISTER_EXAMPLE)))
                             @Valid @NotNull RegisterStationRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        StationView created = stations.register(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/stations/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStation", summary = "Read a station",
            description = "A station with its village and township. " + WorkScope.DIRECTORY)
    @APIResponse(responseCode = "200", description = "The station",
            content = @Content(schema = @Schema(implementation = StationView.class)))
    public StationView get(@PathParam("id") UUID id) {
        return stations.get(id);
    }

    @GET
    @Operation(operationId = "listStations", summary = "List stations, filtered by township",
            description = "One page of stations, of a township if asked. " + WorkScope.DIRECTORY)
    @APIResponse(responseCode = "200", description = "One page of stations")
    public Page<StationView> list(@QueryParam("townshipId") UUID townshipId, @Valid @BeanParam PageQuery page) {
        return stations.list(townshipId, page);
    }
}
