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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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

    private final AssignmentService assignments;

    AssignmentResource(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @POST
    @RolesAllowed(Role.COUNTY_ADMIN)
    @Operation(operationId = "assignCadre", summary = "Station a cadre at a station for a two-year term")
    @APIResponse(responseCode = "201", description = "Assigned; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "422", description = "A rule is broken: team full, leader rank, matching rule,"
            + " a station the cadre served before without a returnReason, unknown cadre or station")
    public Response assign(@Valid @NotNull AssignCadreRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        AssignmentView created = assignments.assign(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/assignments/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAssignment", summary = "Read an assignment")
    @APIResponse(responseCode = "200", description = "The assignment",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    public AssignmentView get(@PathParam("id") UUID id) {
        return assignments.get(id);
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed(Role.COUNTY_ADMIN)
    @Operation(operationId = "endAssignment", summary = "End a term (rotation, promotion, recall)")
    @APIResponse(responseCode = "200", description = "The ended assignment",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    public AssignmentView end(@PathParam("id") UUID id, @Valid @NotNull EndAssignmentRequest request) {
        return assignments.end(id, request);
    }

    @GET
    @Path("/ending")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.ORG_DEPT, Role.INSPECTOR})
    @Operation(operationId = "listEndingTerms", summary = "Active terms ending within N days (and those already past), for rotation")
    @APIResponse(responseCode = "200", description = "One page of assignments, soonest end first")
    public Page<AssignmentView> ending(@QueryParam("withinDays") @DefaultValue("90") @Min(0) @Max(730) int withinDays,
                                       @QueryParam("townshipId") UUID townshipId, @Valid @BeanParam PageQuery page) {
        return assignments.endingWithin(withinDays, townshipId, page);
    }

    @GET
    @Path("/matching-exceptions")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.ORG_DEPT, Role.INSPECTOR})
    @Operation(operationId = "listMatchingExceptions", summary = "Assignments that break the department-kind ↔ village-type rule, with their reasons")
    @APIResponse(responseCode = "200", description = "One page of assignments, newest first")
    public Page<AssignmentView> matchingExceptions(@QueryParam("townshipId") UUID townshipId,
                                                   @QueryParam("activeOnly") @DefaultValue("true") boolean activeOnly,
                                                   @Valid @BeanParam PageQuery page) {
        return assignments.matchingExceptions(townshipId, activeOnly, page);
    }
}
