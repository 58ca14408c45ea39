package org.masswork.cadre.village;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

@Path("/api/v1/villages")
@Tag(name = "Villages", description = "Villages (行政村) and communities (社区), each with its type")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class VillageResource {

    static final String CHANGE_TYPE_EXAMPLE = """
            {"type": "ORDINARY", "reason": "2026年通过脱贫验收", "version": 1}""";

    static final String REGISTER_EXAMPLE = """
            {"townshipId": "7d6c5b4a-3f2e-4d1c-9b0a-8f7e6d5c4b3a", "code": "QF-DC", "name": "东村",
             "kind": "VILLAGE", "type": "POOR", "recordedAt": "2026-02-05T09:00:00+08:00"}""";

    private final VillageService villages;

    VillageResource(VillageService villages) {
        this.villages = villages;
    }

    @POST
    @RolesAllowed(Role.COUNTY_ADMIN)
    @Operation(operationId = "registerVillage", summary = "Register a village or community with its type",
            description = "Registers a village or community of a known township (422 unknown-township) by its unique code (409 "
                    + "village-code-taken), with its type (difficult, disorderly, poor, specialised, ordinary), which the matching "
                    + "rule reads. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Registered; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = VillageView.class)))
    public Response register(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = RegisterVillageRequest.class),
                                     examples = @ExampleObject(name = "village", value = REGISTER_EXAMPLE)))
                             @Valid @NotNull RegisterVillageRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        VillageView created = villages.register(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/villages/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVillage", summary = "Read a village or community",
            description = "A village or community with its kind and type. " + WorkScope.DIRECTORY)
    @APIResponse(responseCode = "200", description = "The village",
            content = @Content(schema = @Schema(implementation = VillageView.class)))
    public VillageView get(@PathParam("id") UUID id) {
        return villages.get(id);
    }

    @PUT
    @Path("/{id}/type")
    @RolesAllowed(Role.COUNTY_ADMIN)
    @Operation(operationId = "changeVillageType", summary = "Reclassify a village; the change is kept in its history",
            description = "Changes the village's type with a reason, kept in its history; the same type is a 409 same-type. version is "
                    + "the one the client read (409 stale-version).")
    @APIResponse(responseCode = "200", description = "The village with its new type",
            content = @Content(schema = @Schema(implementation = VillageView.class)))
    public VillageView changeType(@PathParam("id") UUID id,
                                  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                          schema = @Schema(implementation = ChangeVillageTypeRequest.class),
                                          examples = @ExampleObject(name = "out of poverty", value = CHANGE_TYPE_EXAMPLE)))
                                  @Valid @NotNull ChangeVillageTypeRequest request) {
        return villages.changeType(id, request);
    }

    @GET
    @Path("/{id}/type-history")
    @Operation(operationId = "getVillageTypeHistory", summary = "Every change of a village's type, oldest first",
            description = "Every change of the village's type with its reason, who changed it and when, oldest first. "
                    + WorkScope.DIRECTORY)
    @APIResponse(responseCode = "200", description = "The changes (at most 100)", content = @Content(schema = @Schema(
            type = SchemaType.ARRAY, implementation = VillageTypeChangeView.class, maxItems = VillageService.MAX_HISTORY)))
    public List<VillageTypeChangeView> typeHistory(@PathParam("id") UUID id) {
        return villages.typeHistory(id);
    }

    @GET
    @Operation(operationId = "listVillages", summary = "List villages and communities, filtered by township and type",
            description = "One page of villages and communities, of a township and a type if asked. " + WorkScope.DIRECTORY)
    @APIResponse(responseCode = "200", description = "One page of villages")
    public Page<VillageView> list(@QueryParam("townshipId") UUID townshipId, @QueryParam("type") VillageType type,
                                  @Valid @BeanParam PageQuery page) {
        return villages.list(townshipId, type, page);
    }
}
