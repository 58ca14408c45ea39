package org.masswork.cadre.assignment;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
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
import org.masswork.cadre.scope.WorkScope;
import org.masswork.platform.security.Role;

@Path("/api/v1/stations/{stationId}")
@Tag(name = "Teams and rotation")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class StationTeamResource {

    private static final int MAX_CANDIDATES = 50;

    private final AssignmentService assignments;

    StationTeamResource(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @GET
    @Path("/team")
    @Operation(operationId = "getStationTeam", summary = "The station's active team and its staffing issues",
            description = "The station's active cadres with their roles and terms, and what its staffing lacks (fewer than two cadres, "
                    + "no leader). " + WorkScope.STATION_SCOPE)
    @APIResponse(responseCode = "200", description = "The team", content = @Content(schema = @Schema(implementation = TeamView.class)))
    public TeamView team(@PathParam("stationId") UUID stationId) {
        return assignments.team(stationId);
    }

    @GET
    @Path("/replacement-candidates")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.ORG_DEPT})
    @Operation(operationId = "listReplacementCandidates",
            summary = "Free cadres whose department kind matches the village type, best first",
            description = "Cadres without an active assignment whose department kind matches the station's village type, best first, at "
                    + "most limit. " + WorkScope.STATION_SCOPE)
    @APIResponse(responseCode = "200", description = "Candidates, ranked, at most `limit`", content = @Content(schema = @Schema(
            type = SchemaType.ARRAY, implementation = ReplacementCandidate.class, maxItems = MAX_CANDIDATES)))
    public List<ReplacementCandidate> candidates(@PathParam("stationId") UUID stationId,
                                                 @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(MAX_CANDIDATES) int limit) {
        return assignments.replacementCandidates(stationId, limit);
    }
}
