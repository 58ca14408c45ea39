package org.masswork.evaluation.supervision;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.evaluation.figures.Months;
import org.masswork.platform.idempotency.IdempotencyKey;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.Role;

@Path("/api/v1/supervision-reviews")
@Tag(name = "Supervision", description = "Monthly supervision and review (督查讲评) of station teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class SupervisionResource {

    static final String REVIEW_EXAMPLE = """
            {"stationId": "0b7d9e2a-1c3f-4a5b-9c8d-7e6f5a4b3c2d", "month": "2026-05", "attendanceOk": true,
             "diaryOk": true, "ledgerOk": false, "caseHandlingOk": true, "score": 86, "comments": "台账更新不及时",
             "recordedAt": "2026-06-03T15:00:00+08:00"}""";

    private final SupervisionService supervision;

    SupervisionResource(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @POST
    @RolesAllowed({Role.INSPECTOR, Role.COUNTY_ADMIN})
    @Operation(operationId = "recordSupervisionReview", summary = "Record the month's review of a station team",
            description = "The month's review of a station team (监督考核): attendance, diary, ledger and case handling checked, a score "
                    + "of 0 to 100 and comments; once per station and month (409 station-reviewed-this-month). Accepts an Idempotency-Key and a recordedAt.")
    @APIResponse(responseCode = "201", description = "Recorded, with the month's figures filled in",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    public Response record(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = RecordReviewRequest.class),
                                   examples = @ExampleObject(name = "review", value = REVIEW_EXAMPLE)))
                           @Valid @NotNull RecordReviewRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        ReviewView created = supervision.record(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/supervision-reviews/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSupervisionReview", summary = "Read a review",
            description = "A review with its checks, score and comments; a station outside the caller's scope is a 403.")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    public ReviewView get(@PathParam("id") UUID id) {
        return supervision.get(id);
    }

    @GET
    @RolesAllowed({Role.INSPECTOR, Role.COUNTY_ADMIN, Role.ORG_DEPT, Role.TOWNSHIP_OFFICER})
    @Operation(operationId = "listSupervisionReviews", summary = "List reviews by month, township or station",
            description = "One page of reviews of a month, township or station. County roles choose any township; a township officer gets "
                    + "their own, and another township is a 403.")
    @APIResponse(responseCode = "200", description = "One page of reviews")
    public Page<ReviewView> list(@QueryParam("month") @Pattern(regexp = Months.PATTERN) @Size(max = 7) String month,
                                 @QueryParam("townshipId") UUID townshipId, @QueryParam("stationId") UUID stationId,
                                 @Valid @BeanParam PageQuery page) {
        return supervision.list(month == null ? null : Months.parse("month", month), townshipId, stationId, page);
    }

    @GET
    @Path("/unreviewed-stations")
    @RolesAllowed({Role.INSPECTOR, Role.COUNTY_ADMIN, Role.ORG_DEPT, Role.TOWNSHIP_OFFICER})
    @Operation(operationId = "listUnreviewedStations", summary = "The station teams not yet reviewed for a month",
            description = "The station teams with no review for the month. County roles choose any township; a township officer gets "
                    + "their own, and another township is a 403.")
    @APIResponse(responseCode = "200", description = "One page of stations")
    public Page<UnreviewedStationView> unreviewed(@QueryParam("month") @NotNull @Parameter(required = true) @Pattern(regexp = Months.PATTERN) @Size(max = 7) String month,
                                                  @QueryParam("townshipId") UUID townshipId, @Valid @BeanParam PageQuery page) {
        return supervision.unreviewed(Months.parse("month", month), townshipId, page);
    }
}
