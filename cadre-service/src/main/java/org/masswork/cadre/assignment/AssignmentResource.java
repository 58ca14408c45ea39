package org.masswork.cadre.assignment;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

@Path("/api/v1/assignments")
@Tag(name = "Teams and rotation", description = "Cadres stationed at stations for two-year terms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class AssignmentResource {

    static final String END_EXAMPLE = """
            {"endedOn": "2028-02-29", "reason": "ROTATION", "note": "两年期满轮换", "version": 3}""";

    static final String ASSIGN_EXAMPLE = """
            {"cadreId": "6a1f7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "stationId": "0b7d9e2a-1c3f-4a5b-9c8d-7e6f5a4b3c2d",
             "role": "LEADER", "startsOn": "2026-03-01", "firstSecretary": true, "recordedAt": "2026-02-27T09:00:00+08:00"}""";

    private final AssignmentService assignments;

    AssignmentResource(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @POST
    @RolesAllowed(Role.COUNTY_ADMIN)
    @Operation(operationId = "assignCadre", summary = "Station a cadre at a station for a two-year term",
            description = "Stations a cadre for a two-year term from startsOn. A cadre holds one active assignment (409 cadre-already-assigned); "
                    + "a station has at most three active cadres (422 team-full) and one leader, section-level or a backbone (409 "
                    + "station-has-leader, 422 leader-rank); a department kind that does not match the village type (包村原则) needs "
                    + "an exceptionReason (422 matching-rule). Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Assigned; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "422", description = "A rule is broken: team full, leader rank, matching rule,"
            + " a station the cadre served before without a returnReason, unknown cadre or station")
    public Response assign(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = AssignCadreRequest.class),
                                   examples = @ExampleObject(name = "first secretary", value = ASSIGN_EXAMPLE)))
                           @Valid @NotNull AssignCadreRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        AssignmentView created = assignments.assign(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/assignments/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAssignment", summary = "Read an assignment",
            description = "An assignment with its station, role, term and how it ended. The cadre may read their own; anyone else: " + WorkScope.RECORD_SCOPE)
    @APIResponse(responseCode = "200", description = "The assignment",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    public AssignmentView get(@PathParam("id") UUID id) {
        return assignments.get(id);
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed(Role.COUNTY_ADMIN)
    @Operation(operationId = "endAssignment", summary = "End a term (rotation, promotion, recall)",
            description = "Ends the term on endedOn with the reason (rotation, promotion, recall, other); an ended one is a 409 assignment-ended. "
                    + "version is the one the client read (409 stale-version).")
    @APIResponse(responseCode = "200", description = "The ended assignment",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    public AssignmentView end(@PathParam("id") UUID id,
                              @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                      schema = @Schema(implementation = EndAssignmentRequest.class),
                                      examples = @ExampleObject(name = "rotation", value = END_EXAMPLE)))
                              @Valid @NotNull EndAssignmentRequest request) {
        return assignments.end(id, request);
    }

    @GET
    @Path("/ending")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.ORG_DEPT, Role.INSPECTOR})
    @Operation(operationId = "listEndingTerms", summary = "Active terms ending within N days (and those already past), for rotation",
            description = "Active terms whose two years end within withinDays (default 90), and those already past their end, soonest "
                    + "first, for planning the rotation. " + WorkScope.LIST_SCOPE)
    @APIResponse(responseCode = "200", description = "One page of assignments, soonest end first")
    public Page<AssignmentView> ending(@QueryParam("withinDays") @DefaultValue("90") @Min(0) @Max(730) int withinDays,
                                       @QueryParam("townshipId") UUID townshipId, @Valid @BeanParam PageQuery page) {
        return assignments.endingWithin(withinDays, townshipId, page);
    }

    @GET
    @Path("/matching-exceptions")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.ORG_DEPT, Role.INSPECTOR})
    @Operation(operationId = "listMatchingExceptions", summary = "Assignments that break the department-kind ↔ village-type rule, with their reasons",
            description = "Assignments whose department kind does not match the village type (包村原则), with the reason recorded for "
                    + "each; only active ones unless activeOnly=false. " + WorkScope.LIST_SCOPE)
    @APIResponse(responseCode = "200", description = "One page of assignments, newest first")
    public Page<AssignmentView> matchingExceptions(@QueryParam("townshipId") UUID townshipId,
                                                   @QueryParam("activeOnly") @DefaultValue("true") boolean activeOnly,
                                                   @Valid @BeanParam PageQuery page) {
        return assignments.matchingExceptions(townshipId, activeOnly, page);
    }
}
