package org.masswork.cases.open311;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
import java.time.OffsetDateTime;
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
import org.masswork.cases.casefile.CaseAccess;
import org.masswork.cases.casefile.CaseCategory;
import org.masswork.platform.idempotency.IdempotencyKey;
import org.masswork.platform.security.Role;

/** Open311 GeoReport v2 for the county's other systems, so their existing Open311 clients work unchanged. */
@Path("/api/v1/open311")
@Tag(name = "Open311", description = "GeoReport v2 view of cases: services are categories, requests are cases")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class Open311Resource {

    static final String CREATE_EXAMPLE = """
            {"service_code": "ROADS", "address_id": "0b7d9e2a-1c3f-4a5b-9c8d-7e6f5a4b3c2d", "description": "村口桥面塌陷",
             "last_name": "王", "first_name": "五", "phone": "13900001111"}""";

    private final Open311Mapping open311;

    Open311Resource(Open311Mapping open311) {
        this.open311 = open311;
    }

    @GET
    @Path("/services.json")
    @Operation(operationId = "open311Services", summary = "GeoReport v2 service list: the case categories",
            description = "The GeoReport v2 service list: one service per case category, with its Chinese name.")
    @APIResponse(responseCode = "200", description = "The services",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Service.class, maxItems = 20)))
    public List<Open311Service> services() {
        return open311.services();
    }

    @GET
    @Path("/requests.json")
    @Operation(operationId = "open311Requests", summary = "GeoReport v2 service requests the caller may see, newest first, at most 100",
            description = "At most 100 GeoReport v2 service requests of the cases the caller may see, newest first, filtered by ids, "
                    + "service code, dates and status (open or closed). Nothing personal is returned. " + CaseAccess.VISIBILITY)
    @APIResponse(responseCode = "200", description = "The requests",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Request.class, maxItems = 100)))
    public List<Open311Request> requests(@QueryParam("service_request_id") @Size(max = 4000) String serviceRequestIds,
                                         @QueryParam("service_code") CaseCategory serviceCode,
                                         @QueryParam("start_date") OffsetDateTime startDate,
                                         @QueryParam("end_date") OffsetDateTime endDate,
                                         @QueryParam("status") @Size(max = 10) String status) {
        return open311.requests(serviceRequestIds, serviceCode, startDate, endDate, status);
    }

    @GET
    @Path("/requests/{id}.json")
    @Operation(operationId = "open311Request", summary = "One GeoReport v2 service request, as a one-element list",
            description = "One GeoReport v2 service request, as GeoReport answers it: a one-element list. Nothing personal is returned. "
                    + CaseAccess.VISIBILITY)
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Request.class, maxItems = 1)))
    public List<Open311Request> request(@PathParam("id") UUID id) {
        return open311.request(id);
    }

    @POST
    @Path("/requests.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.SYSTEM, Role.COUNTY_ADMIN})
    @Operation(operationId = "open311CreateRequest", summary = "GeoReport v2: open a case; address_id names the station",
            description = "Opens a PROBLEM case from another county system through the GeoReport v2 form: service_code is the "
                    + "category, address_id the station (422 unknown-station), description the problem; the name (last_name, "
                    + "first_name) defaults to 匿名. api_key is accepted and ignored. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Opened, as a one-element list",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Created.class, maxItems = 1)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = Open311Form.class),
            examples = @ExampleObject(name = "pothole", value = CREATE_EXAMPLE)))
    public Response create(@Valid @BeanParam Open311Form form, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        Open311Created created = open311.open(form, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/open311/requests/" + created.serviceRequestId() + ".json"))
                .entity(List.of(created)).build();
    }
}
