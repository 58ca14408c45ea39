package org.masswork.cadre.visit;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.platform.idempotency.IdempotencyKey;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.Role;

@Path("/api/v1/visits")
@Tag(name = "Visits", description = "Household visits (走访) by stationed cadres, confirmed by the household or not")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class VisitResource {

    private static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";
    static final String CONFIRM_EXAMPLE = """
            {"countersignatureRef": "DC-2026-0315"}""";

    static final String RECORD_EXAMPLE = """
            {"householdId": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "visitedOn": "2026-03-06",
             "roles": ["POLICY_PUBLICIST", "DISPUTE_MEDIATOR"], "findings": "宣讲医保缴费政策；调解与邻居宅基地纠纷",
             "followUpNeeded": true, "confirmation": {"code": "482913"}, "recordedAt": "2026-03-06T11:20:00+08:00"}""";

    private final VisitService visits;
    private final FiveRoleFiguresService fiveRoles;

    VisitResource(VisitService visits, FiveRoleFiguresService fiveRoles) {
        this.visits = visits;
        this.fiveRoles = fiveRoles;
    }

    @POST
    @RolesAllowed({Role.CADRE, Role.STATION_LEADER})
    @Operation(operationId = "recordVisit", summary = "Record the calling cadre's visit to a household of their station",
            description = "The calling cadre (the token's cadre claim) records a visit to a household of their station (422 "
                    + "household-outside-cadre-station), not before their assignment there (422 visit-before-assignment), with "
                    + "the roles it served (五大员) and the findings; a confirmation (the card's one-time code or a countersignature) "
                    + "may come with it or later. Accepts an Idempotency-Key and a recordedAt.")
    @APIResponse(responseCode = "201", description = "Recorded; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = VisitView.class)))
    public Response record(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = RecordVisitRequest.class),
                                   examples = @ExampleObject(name = "visit confirmed by card", value = RECORD_EXAMPLE)))
                           @Valid @NotNull RecordVisitRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        VisitView created = visits.record(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/visits/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/{id}/confirmation")
    @RolesAllowed({Role.CADRE, Role.STATION_LEADER})
    @Operation(operationId = "confirmVisit", summary = "Confirm a recorded visit with the household's one-time code or countersignature",
            description = "Confirms a visit with exactly one of the household card's one-time code or a countersignature reference (400 "
                    + "confirmation); a wrong, used or locked code is a 422, an already confirmed visit a 409. "
                    + WorkScope.RECORD_SCOPE)
    @APIResponse(responseCode = "200", description = "The confirmed visit",
            content = @Content(schema = @Schema(implementation = VisitView.class)))
    public VisitView confirm(@PathParam("id") UUID id,
                             @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = ConfirmationRequest.class),
                                     examples = @ExampleObject(name = "countersigned", value = CONFIRM_EXAMPLE)))
                             @Valid @NotNull ConfirmationRequest request) {
        return visits.confirmLater(id, request);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVisit", summary = "Read a visit",
            description = "A visit with its household, cadre, roles served, findings and confirmation. " + WorkScope.RECORD_SCOPE)
    @APIResponse(responseCode = "200", description = "The visit",
            content = @Content(schema = @Schema(implementation = VisitView.class)))
    public VisitView get(@PathParam("id") UUID id) {
        return visits.get(id);
    }

    @GET
    @Operation(operationId = "listVisits", summary = "List visits in the caller's scope, newest first",
            description = "One page of visits, newest first, filtered by station, township, village, household, cadre, dates, "
                    + "confirmation and follow-up. " + WorkScope.LIST_SCOPE)
    @APIResponse(responseCode = "200", description = "One page of visits")
    public Page<VisitView> list(@QueryParam("stationId") UUID stationId, @QueryParam("townshipId") UUID townshipId,
                                @QueryParam("villageId") UUID villageId, @QueryParam("householdId") UUID householdId,
                                @QueryParam("cadreId") UUID cadreId, @QueryParam("from") LocalDate from,
                                @QueryParam("to") LocalDate to, @QueryParam("confirmed") Boolean confirmed,
                                @QueryParam("followUpNeeded") Boolean followUpNeeded, @Valid @BeanParam PageQuery page) {
        return visits.list(new VisitFilter(null, stationId, townshipId, villageId, householdId, cadreId, from, to, confirmed,
                followUpNeeded), page);
    }

    @GET
    @Path("/five-roles")
    @Operation(operationId = "listFiveRoleWork",
            summary = "Visits of a month in each of the five roles (五员), per cadre, station or township in the caller's scope",
            description = "Per cadre (at a station), station or township, the month's visits in each of the five roles, from the "
                    + "roles the visits were recorded with; groups without a visit are left out. " + WorkScope.LIST_SCOPE)
    @APIResponse(responseCode = "200", description = "One page of groups with at least one visit in the month; a visit in two roles counts for each")
    public Page<FiveRoleWork> fiveRoles(
            @QueryParam("month") @NotNull @Pattern(regexp = MONTH) @Parameter(required = true, description = "YYYY-MM", schema = @Schema(maxLength = 7, pattern = MONTH)) String month,
            @QueryParam("groupBy") @DefaultValue("CADRE") @Parameter(description = "Summed per cadre (at a station), station or township") FiveRoleGrouping groupBy,
            @QueryParam("stationId") UUID stationId, @QueryParam("townshipId") UUID townshipId,
            @Valid @BeanParam PageQuery page) {
        return fiveRoles.figures(YearMonth.parse(month), groupBy, stationId, townshipId, page);
    }

    @GET
    @Path("/coverage")
    @Operation(operationId = "visitCoverage", summary = "Share of a village's households visited in a year, all visits and confirmed ones",
            description = "The share of the village's households visited in the year (default this year), by any visit and by confirmed "
                    + "ones. " + WorkScope.STATION_SCOPE)
    @APIResponse(responseCode = "200", description = "The coverage",
            content = @Content(schema = @Schema(implementation = VisitCoverageView.class)))
    public VisitCoverageView coverage(@QueryParam("villageId") @NotNull @Parameter(required = true) UUID villageId,
                                      @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return visits.coverage(villageId, year);
    }
}
