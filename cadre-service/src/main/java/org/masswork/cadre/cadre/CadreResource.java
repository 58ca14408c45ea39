package org.masswork.cadre.cadre;

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

@Path("/api/v1/cadres")
@Tag(name = "Cadres", description = "Officials who may be stationed in villages; phones masked outside their scope")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class CadreResource {

    static final String REGISTER_EXAMPLE = """
            {"name": "李明", "phone": "13800138000", "departmentId": "5c2e8f1a-7b3d-4c6e-9f0a-1b2c3d4e5f6a",
             "rank": "SECTION_LEVEL", "backbone": true, "partyMember": true, "recordedAt": "2026-02-20T10:00:00+08:00"}""";

    private final CadreService cadres;

    CadreResource(CadreService cadres) {
        this.cadres = cadres;
    }

    @POST
    @RolesAllowed(Role.COUNTY_ADMIN)
    @Operation(operationId = "registerCadre", summary = "Register a cadre",
            description = "Registers a cadre of a known department (422 unknown-department) with rank, backbone and party membership. "
                    + "Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Registered; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = CadreView.class)))
    public Response register(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = RegisterCadreRequest.class),
                                     examples = @ExampleObject(name = "cadre", value = REGISTER_EXAMPLE)))
                             @Valid @NotNull RegisterCadreRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        CadreView created = cadres.register(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/cadres/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCadre", summary = "Read a cadre, with station experience derived from assignments",
            description = "A cadre with their days of station work over all assignments and their current station. The phone is in full "
                    + "for the cadre themself, their station's team, their township's officers and county roles, masked for "
                    + "others. " + WorkScope.DIRECTORY)
    @APIResponse(responseCode = "200", description = "The cadre",
            content = @Content(schema = @Schema(implementation = CadreView.class)))
    public CadreView get(@PathParam("id") UUID id) {
        return cadres.get(id);
    }

    @GET
    @Operation(operationId = "listCadres", summary = "List cadres, filtered by department or by being free of an assignment",
            description = "One page of cadres, of a department or only those free of an active assignment; phones masked as for "
                    + "getCadre. " + WorkScope.DIRECTORY)
    @APIResponse(responseCode = "200", description = "One page of cadres")
    public Page<CadreView> list(@QueryParam("departmentId") UUID departmentId, @QueryParam("unassigned") boolean unassigned,
                                  @Valid @BeanParam PageQuery page) {
        return cadres.list(departmentId, unassigned, page);
    }
}
