package org.masswork.cases.casefile;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.platform.idempotency.IdempotencyKey;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.Role;

@Path("/api/v1/cases")
@Tag(name = "Cases", description = "Villagers' opinions, problems, disputes, errands and petitions, owned by the station until closed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class CaseResource {

    private final CaseService cases;

    CaseResource(CaseService cases) {
        this.cases = cases;
    }

    @POST
    @Operation(operationId = "openCase", summary = "File a case at a station of the directory")
    @APIResponse(responseCode = "201", description = "Filed; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response open(@Valid @NotNull OpenCaseRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        CaseView created = cases.open(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/cases/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCase", summary = "Read a case; the villager's data is masked unless the caller handles it")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public CaseView get(@PathParam("id") UUID id) {
        return cases.get(id);
    }

    @GET
    @Operation(operationId = "searchCases", summary = "Search the cases the caller may see, newest first")
    @APIResponse(responseCode = "200", description = "One page of cases")
    public Page<CaseSummaryView> search(@Valid @BeanParam CaseFilter filter, @Valid @BeanParam PageQuery page) {
        return cases.search(filter, page);
    }

    @GET
    @Path("/work-lists/my-station")
    @RolesAllowed({Role.CADRE, Role.STATION_LEADER})
    @Operation(operationId = "listOpenCasesOfMyStation", summary = "The open cases of the caller's station, nearest due first")
    @APIResponse(responseCode = "200", description = "One page of cases")
    public Page<CaseSummaryView> openAtMyStation(@Valid @BeanParam PageQuery page) {
        return cases.openAtMyStation(page);
    }

    @GET
    @Path("/work-lists/escalated-to-my-township")
    @RolesAllowed(Role.TOWNSHIP_OFFICER)
    @Operation(operationId = "listCasesEscalatedToMyTownship",
            summary = "The open cases of the caller's township escalated above the station, nearest due first")
    @APIResponse(responseCode = "200", description = "One page of cases")
    public Page<CaseSummaryView> escalatedToMyTownship(@Valid @BeanParam PageQuery page) {
        return cases.escalatedToMyTownship(page);
    }
}
