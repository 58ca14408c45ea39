package org.masswork.cases.station;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;

@Path("/api/v1/station-directory")
@Tag(name = "Station directory", description = "The stations cases can be filed for, as learnt from cadre-service")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class StationDirectoryResource {

    private final StationDirectoryService directory;

    StationDirectoryResource(StationDirectoryService directory) {
        this.directory = directory;
    }

    @GET
    @Path("/{stationId}")
    @Operation(operationId = "getKnownStation", summary = "Read a station of the directory",
            description = "A station of this service's directory, as cadre-service announced it (StationRegistered), with its village "
                    + "and township. Every signed-in caller may read their county's directory; a station of another county is a 404.")
    @APIResponse(responseCode = "200", description = "The station",
            content = @Content(schema = @Schema(implementation = KnownStationView.class)))
    public KnownStationView get(@PathParam("stationId") UUID stationId) {
        return directory.get(stationId);
    }

    @GET
    @Path("/{stationId}/cadres")
    @Operation(operationId = "listStationCadres",
            summary = "The cadres serving the station today (leader first), from cadre-service's assignments",
            description = "The cadres serving the station today, leader first, as this service knows them from cadre-service's "
                    + "assignment events. Every signed-in caller may read their county's directory; a station of another county is a 404.")
    @APIResponse(responseCode = "200", description = "At most a team's few cadres", content = @Content(schema = @Schema(
            type = SchemaType.ARRAY, implementation = StationCadreView.class, maxItems = StationCadreRepository.MAX_SERVING)))
    public List<StationCadreView> cadres(@PathParam("stationId") UUID stationId) {
        return directory.cadres(stationId);
    }

    @GET
    @Operation(operationId = "listKnownStations", summary = "List the stations of the directory, filtered by township",
            description = "One page of the stations of this service's directory, of a township if asked. Every signed-in caller may read "
                    + "their county's directory.")
    @APIResponse(responseCode = "200", description = "One page of stations")
    public Page<KnownStationView> list(@QueryParam("townshipId") UUID townshipId, @Valid @BeanParam PageQuery page) {
        return directory.list(townshipId, page);
    }
}
