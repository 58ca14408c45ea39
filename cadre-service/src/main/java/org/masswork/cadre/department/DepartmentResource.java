package org.masswork.cadre.department;

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

@Path("/api/v1/departments")
@Tag(name = "Departments", description = "County and township departments that cadres come from, with their kind")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class DepartmentResource {

    static final String REGISTER_EXAMPLE = """
            {"name": "县农业农村局", "kind": "ECONOMIC", "level": "COUNTY", "recordedAt": "2026-02-01T09:00:00+08:00"}""";

    private final DepartmentService departments;

    DepartmentResource(DepartmentService departments) {
        this.departments = departments;
    }

    @POST
    @RolesAllowed(Role.COUNTY_ADMIN)
    @Operation(operationId = "registerDepartment", summary = "Register a department with its kind",
            description = "Registers a county or township department with its kind (party and government, political and legal, "
                    + "economic, technical), which the matching rule (包村原则) reads; a township department names its township "
                    + "(422 department-township, unknown-township). Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Registered; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    public Response register(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = RegisterDepartmentRequest.class),
                                     examples = @ExampleObject(name = "county department", value = REGISTER_EXAMPLE)))
                             @Valid @NotNull RegisterDepartmentRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        DepartmentView created = departments.register(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/departments/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDepartment", summary = "Read a department",
            description = "A department with its kind and level. " + WorkScope.DIRECTORY)
    @APIResponse(responseCode = "200", description = "The department",
            content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    public DepartmentView get(@PathParam("id") UUID id) {
        return departments.get(id);
    }

    @GET
    @Operation(operationId = "listDepartments", summary = "List departments, filtered by kind",
            description = "One page of departments, of one kind if asked. " + WorkScope.DIRECTORY)
    @APIResponse(responseCode = "200", description = "One page of departments")
    public Page<DepartmentView> list(@QueryParam("kind") DepartmentKind kind,
                                  @Valid @BeanParam PageQuery page) {
        return departments.list(kind, page);
    }
}
