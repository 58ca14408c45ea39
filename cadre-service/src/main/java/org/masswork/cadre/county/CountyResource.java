package org.masswork.cadre.county;

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
import org.masswork.platform.idempotency.IdempotencyKey;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.Role;

@Path("/api/v1/counties")
@Tag(name = "Counties", description = "The counties (县) of the province one deployment serves")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class CountyResource {

    static final String REGISTER_EXAMPLE = """
            {"code": "QS", "name": "青山县", "zone": "Asia/Shanghai", "recordedAt": "2026-02-01T09:00:00+08:00"}""";
    static final String READ_SCOPE = "The province's roles read every county; a county's roles only their own (another "
            + "county's is a 404, as an unknown id).";

    private final CountyService counties;

    CountyResource(CountyService counties) {
        this.counties = counties;
    }

    @POST
    @RolesAllowed(Role.PROVINCE_ADMIN)
    @Operation(operationId = "registerCounty", summary = "Register a county",
            description = "Registers a county of the province by its unique code (409 county-code-taken) with the zone its "
                    + "dates are counted in (400 for an unknown zone). Announced as CountyRegistered. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Registered; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = CountyView.class)))
    public Response register(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegisterCountyRequest.class),
                    examples = @ExampleObject(name = "county", value = REGISTER_EXAMPLE)))
            @Valid @NotNull RegisterCountyRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        CountyView created = counties.register(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/counties/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCounty", summary = "Read a county", description = "A county with its code, name and zone. " + READ_SCOPE)
    @APIResponse(responseCode = "200", description = "The county",
            content = @Content(schema = @Schema(implementation = CountyView.class)))
    public CountyView get(@PathParam("id") UUID id) {
        return counties.get(id);
    }

    @GET
    @Operation(operationId = "listCounties", summary = "List counties, by code",
            description = "One page of counties by code. " + READ_SCOPE)
    @APIResponse(responseCode = "200", description = "One page of counties")
    public Page<CountyView> list(@Valid @BeanParam PageQuery page) {
        return counties.list(page);
    }
}
