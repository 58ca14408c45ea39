package org.masswork.evaluation.round;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.evaluation.verdict.CloseRoundRequest;
import org.masswork.evaluation.verdict.ConclusionService;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.Role;

@Path("/api/v1/rounds")
@Tag(name = "Evaluation rounds", description = "The people's semiannual evaluation (群众评议) of stationed cadres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class RoundResource {

    static final String CLOSE_EXAMPLE = """
            {"version": 2, "recordedAt": "2026-07-10T17:00:00+08:00"}""";

    static final String OPEN_EXAMPLE = """
            {"period": "2026-H1", "townshipId": "7d6c5b4a-3f2e-4d1c-9b0a-8f7e6d5c4b3a", "recordedAt": "2026-06-20T09:00:00+08:00"}""";

    private final RoundService rounds;
    private final ConclusionService conclusion;

    RoundResource(RoundService rounds, ConclusionService conclusion) {
        this.rounds = rounds;
        this.conclusion = conclusion;
    }

    @POST
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER})
    @Operation(operationId = "openRound", summary = "Open a round for a half year and draw the representatives",
            description = "Returns the one-time ballot codes this once, for printing; only their hashes are kept.")
    @APIResponse(responseCode = "201", description = "Opened, with the codes",
            content = @Content(schema = @Schema(implementation = OpenedRoundView.class)))
    public Response open(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 schema = @Schema(implementation = OpenRoundRequest.class),
                                 examples = @ExampleObject(name = "township round", value = OPEN_EXAMPLE)))
                         @Valid @NotNull OpenRoundRequest request) {
        OpenedRoundView opened = rounds.open(request);
        return Response.created(URI.create("/api/v1/rounds/" + opened.round().id())).entity(opened).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRound", summary = "Read a round with its ballot counts",
            description = "A round with its period, scope, status and ballot counts. A county round is read by county roles, a township's "
                    + "round also by that township's officers (403 otherwise).")
    @APIResponse(responseCode = "200", description = "The round",
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    public RoundView get(@PathParam("id") UUID id) {
        return rounds.get(id);
    }

    @GET
    @Operation(operationId = "listRounds", summary = "List rounds, newest first",
            description = "One page of rounds, newest first, of a half year or township if asked. County roles see all; a township "
                    + "officer their township's, and another township is a 403.")
    @APIResponse(responseCode = "200", description = "One page of rounds")
    public Page<RoundView> list(@QueryParam("period") @Pattern(regexp = HalfYear.PATTERN) @Size(max = 7) String period,
                                @QueryParam("townshipId") UUID townshipId, @Valid @BeanParam PageQuery page) {
        return rounds.list(period, townshipId, page);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER})
    @Operation(operationId = "closeRound", summary = "Close a round: ballots stop and every cadre gets a verdict",
            description = "Ends the balloting and gives every cadre of the round a verdict from their ballots and supervision scores "
                    + "(EvaluationConcluded or EvaluationNotGraded each, then EvaluationRoundClosed). Only those who run the round (the county admin; for a township's round, that "
                    + "township's officers) may (403). version is the one the client read (409). Accepts a recordedAt.")
    @APIResponse(responseCode = "200", description = "The closed round",
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    public RoundView close(@PathParam("id") UUID id,
                           @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = CloseRoundRequest.class),
                                   examples = @ExampleObject(name = "close", value = CLOSE_EXAMPLE)))
                           @Valid @NotNull CloseRoundRequest request) {
        return conclusion.close(id, request);
    }

    @GET
    @Path("/{id}/cadres/{cadreId}/results")
    @Operation(operationId = "getCadreBallotResults",
            summary = "A cadre's ballots: the count to the round's organisers while it is open, the figures once it is closed",
            description = "While the round is open everyone else gets 403 results-after-close. Once it is closed the cadre, "
                    + "their township's officers and county roles see the figures, from the configured minimum of valid ballots on.")
    @APIResponse(responseCode = "200", description = "The results",
            content = @Content(schema = @Schema(implementation = CadreResultsView.class)))
    public CadreResultsView results(@PathParam("id") UUID id, @PathParam("cadreId") UUID cadreId) {
        return rounds.results(id, cadreId);
    }
}
