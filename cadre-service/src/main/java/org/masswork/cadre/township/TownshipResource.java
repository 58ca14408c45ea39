package org.masswork.cadre.township;

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

@Path("/api/v1/townships")
@Tag(name = "Townships", description = "Townships (乡镇) of the county")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class TownshipResource {

    static final String REGISTER_EXAMPLE = """
            {"code": "QF", "name": "清风镇", "recordedAt": "2026-02-01T09:00:00+08:00"}""";

    private final TownshipService townships;

    TownshipResource(TownshipService townships) {
        this.townships = townships;
    }

    @POST
    @RolesAllowed(Role.COUNTY_ADMIN)
    @Operation(operationId = "registerTownship", summary = "Register a township",
            description = "Registers a township by its unique code (409 township-code-taken). Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Registered; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = TownshipView.class)))
    public Response register(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegisterTownshipRequest.class),
                    examples = @ExampleObject(name = "township", value = REGISTER_EXAMPLE)))
            @Valid @NotNull RegisterTownshipRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        TownshipView created = townships.register(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/townships/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTownship", summary = "Read a township",
            description = "A township with its code and name. " + WorkScope.DIRECTORY)
    @APIResponse(responseCode = "200", description = "The township",
            content = @Content(schema = @Schema(implementation = TownshipView.class)))
    public TownshipView get(@PathParam("id") UUID id) {
        return townships.get(id);
    }

    @GET
    @Operation(operationId = "listTownships", summary = "List townships, by code",
            description = "One page of townships by code. " + WorkScope.DIRECTORY)
    @APIResponse(responseCode = "200", description = "One page of townships")
    public Page<TownshipView> list(@Valid @BeanParam PageQuery page) {
        return townships.list(page);
    }
}
