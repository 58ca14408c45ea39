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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

    static final String OPEN_EXAMPLE = """
            {"kind": "DISPUTE", "channel": "STATION_DAY_WALK_IN", "category": "FAMILY_NEIGHBOUR_DISPUTE",
             "stationId": "0b7d9e2a-1c3f-4a5b-9c8d-7e6f5a4b3c2d",
             "villager": {"name": "张大山", "phone": "13912345678", "address": "东村3组12号"},
             "description": "与邻居因宅基地界线发生争执，请求调解", "recordedAt": "2026-03-06T09:40:00+08:00"}""";

    private final CaseService cases;

    CaseResource(CaseService cases) {
        this.cases = cases;
    }

    @POST
    @Operation(operationId = "openCase", summary = "File a case at a station of the directory",
            description = "Files an opinion, problem, dispute, errand or petition at a station of the directory (422 unknown-station): by "
                    + "the station's handlers, by another county system, or by a villager for themself. An errand or petition by "
                    + "proxy needs the villager's recorded consent (422 consent-required); only a petition has a petitionMode and "
                    + "names a cadre it concerns, only an errand an errandDueAt. The villager's data is stored encrypted. Announced "
                    + "as CaseOpened. Accepts an Idempotency-Key and a recordedAt.")
    @APIResponse(responseCode = "201", description = "Filed; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response open(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 schema = @Schema(implementation = OpenCaseRequest.class),
                                 examples = @ExampleObject(name = "dispute at a station day", value = OPEN_EXAMPLE)))
                         @Valid @NotNull OpenCaseRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        CaseView created = cases.open(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/cases/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCase", summary = "Read a case; the villager's data is masked unless the caller handles it",
            description = "The case with its status, level, deadlines and villager; the villager's name, phone and address in full (and "
                    + "audited) for those who handle it and the villager, masked for others. " + CaseAccess.VISIBILITY)
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public CaseView get(@PathParam("id") UUID id) {
        return cases.get(id);
    }

    @GET
    @Operation(operationId = "searchCases", summary = "Search the cases the caller may see, newest first",
            description = "One page of the cases the caller may see, newest first, filtered by status, kind, category, station, "
                    + "township, level, overdue, the period received and text. " + CaseAccess.VISIBILITY)
    @APIResponse(responseCode = "200", description = "One page of cases")
    public Page<CaseSummaryView> search(@Valid @BeanParam CaseFilter filter, @Valid @BeanParam PageQuery page) {
        return cases.search(filter, page);
    }

    @GET
    @Path("/work-lists/my-station")
    @RolesAllowed({Role.CADRE, Role.STATION_LEADER})
    @Operation(operationId = "listOpenCasesOfMyStation", summary = "The open cases of the caller's station, nearest due first",
            description = "One page of the open cases of the station in the caller's token (which they must serve), nearest due first; "
                    + "a caller without a station gets a 403.")
    @APIResponse(responseCode = "200", description = "One page of cases")
    public Page<CaseSummaryView> openAtMyStation(@Valid @BeanParam PageQuery page) {
        return cases.openAtMyStation(page);
    }

    @GET
    @Path("/work-lists/escalated-to-my-township")
    @RolesAllowed(Role.TOWNSHIP_OFFICER)
    @Operation(operationId = "listCasesEscalatedToMyTownship",
            summary = "The open cases of the caller's township escalated above the station, nearest due first",
            description = "One page of the open cases of the caller's township that are escalated above the station, nearest due first; "
                    + "a caller without a township gets a 403.")
    @APIResponse(responseCode = "200", description = "One page of cases")
    public Page<CaseSummaryView> escalatedToMyTownship(@Valid @BeanParam PageQuery page) {
        return cases.escalatedToMyTownship(page);
    }
}
