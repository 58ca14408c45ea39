package org.masswork.evaluation.verdict;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;

@Path("/api/v1/rounds/{roundId}/verdicts")
@Tag(name = "Verdicts", description = "Grades and consequences of closed rounds, with their inputs")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class VerdictResource {

    private final VerdictService verdicts;

    VerdictResource(VerdictService verdicts) {
        this.verdicts = verdicts;
    }

    @GET
    @Operation(operationId = "listVerdicts", summary = "A round's verdicts ranked by total score, by township or grade",
            description = "One page of the round's verdicts ranked by total score, of a township or grade if asked. County roles see "
                    + "all; a township officer their own township, and another township is a 403.")
    @APIResponse(responseCode = "200", description = "One page of the ranking")
    public Page<VerdictView> ranking(@PathParam("roundId") UUID roundId, @QueryParam("townshipId") UUID townshipId,
                                     @QueryParam("grade") Grade grade, @Valid @BeanParam PageQuery page) {
        return verdicts.ranking(roundId, townshipId, grade, page);
    }

    @GET
    @Path("/report")
    @Operation(operationId = "getRoundReport", summary = "Grade distribution and consequences per township and for the county",
            description = "The round's grade distribution and consequences per township and for the county. County roles only (403 "
                    + "otherwise).")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = RoundReportView.class)))
    public RoundReportView report(@PathParam("roundId") UUID roundId) {
        return verdicts.report(roundId);
    }
}
