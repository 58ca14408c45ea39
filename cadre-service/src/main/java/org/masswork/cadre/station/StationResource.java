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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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

    private final StationService stations;

    StationResource(StationService stations) {
        this.stations = stations;
    }

    @POST
    @RolesAllowed(Role.COUNTY_ADMIN)
    @Operation(operationId = "registerStation", summary = "Register the station of a village or community")
    @APIResponse(responseCode = "201", description = "Registered; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = StationView.class)))
    public Response register(@Valid @NotNull RegisterStationRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        StationView created = stations.register(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/stations/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStation", summary = "Read a station")
    @APIResponse(responseCode = "200", description = "The station",
            content = @Content(schema = @Schema(implementation = StationView.class)))
    public StationView get(@PathParam("id") UUID id) {
        return stations.get(id);
    }

    @GET
    @Operation(operationId = "listStations", summary = "List stations, filtered by township")
    @APIResponse(responseCode = "200", description = "One page of stations")
    public Page<StationView> list(@QueryParam("townshipId") UUID townshipId, @Valid @BeanParam PageQuery page) {
        return stations.list(townshipId, page);
    }
}
