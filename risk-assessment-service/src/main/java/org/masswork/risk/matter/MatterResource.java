package org.masswork.risk.matter;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.platform.idempotency.IdempotencyKey;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.problem.Problem;
import org.masswork.platform.security.Role;
import org.masswork.risk.matter.rules.ApprovalRefusedProblem;

@Path("/api/v1/matters")
@Tag(name = "Matters", description = "Policies, major decisions and projects under stability risk review (社会稳定风险评估)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class MatterResource {

    private final MatterService matters;

    MatterResource(MatterService matters) {
        this.matters = matters;
    }

    @POST
    @RolesAllowed(Role.DECISION_OWNER)
    @Operation(operationId = "registerMatter", summary = "Propose a matter for review, owned by the caller's department")
    @APIResponse(responseCode = "201", description = "Registered; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public Response register(@Valid @NotNull RegisterMatterRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        MatterView created = matters.register(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/matters/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMatter", summary = "Read a matter with its analysis, measures, decision and alerts")
    @APIResponse(responseCode = "200", description = "The matter",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public MatterView get(@PathParam("id") UUID id) {
        return matters.get(id);
    }

    @GET
    @Operation(operationId = "listMatters", summary = "List the matters the caller may see, filtered by status")
    @APIResponse(responseCode = "200", description = "One page of matters")
    public Page<MatterView> list(@QueryParam("status") MatterStatus status, @Valid @BeanParam PageQuery page) {
        return matters.list(status, page);
    }

    @GET
    @Path("/{id}/risk-proposal")
    @Operation(operationId = "proposeRiskLevel", summary = "The risk level the system proposes now, with its reasons and evidence")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(schema = @Schema(implementation = RiskProposal.class)))
    public RiskProposal proposal(@PathParam("id") UUID id) {
        return matters.proposal(id);
    }

    @POST
    @Path("/{id}/assessment-plan")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "planAssessment", summary = "Set the assessment plan; the first opens the assessment")
    @APIResponse(responseCode = "200", description = "The matter",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public MatterView plan(@PathParam("id") UUID id, @Valid @NotNull AssessmentPlanRequest request) {
        return matters.plan(id, request);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "transitionMatter", summary = "Start gathering opinion, carry out an approved matter, or reassess a postponed one")
    @APIResponse(responseCode = "200", description = "The matter",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public MatterView transition(@PathParam("id") UUID id, @Valid @NotNull MatterTransitionRequest request) {
        return matters.transition(id, request);
    }

    @POST
    @Path("/{id}/analysis")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "recordAnalysis", summary = "Record the four criteria, risk factors and mitigation measures")
    @APIResponse(responseCode = "200", description = "The matter",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public MatterView analyse(@PathParam("id") UUID id, @Valid @NotNull AnalysisRequest request) {
        return matters.analyse(id, request);
    }

    @POST
    @Path("/{id}/risk-level")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "setRiskLevel", summary = "Set the risk level: the proposal, or another with a recorded reason")
    @APIResponse(responseCode = "200", description = "The matter",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public MatterView setRiskLevel(@PathParam("id") UUID id, @Valid @NotNull RiskLevelRequest request) {
        return matters.setRiskLevel(id, request);
    }

    @PUT
    @Path("/{id}/measures/{measureId}/owner")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "assignMeasure", summary = "Assign who answers for a mitigation measure")
    @APIResponse(responseCode = "200", description = "The matter",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public MatterView assignMeasure(@PathParam("id") UUID id, @PathParam("measureId") UUID measureId,
                                    @Valid @NotNull AssignMeasureRequest request) {
        return matters.assignMeasure(id, measureId, request);
    }

    @POST
    @Path("/{id}/report")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "writeReport", summary = "Record the assessment report")
    @APIResponse(responseCode = "200", description = "The matter",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public MatterView report(@PathParam("id") UUID id, @Valid @NotNull ReportRequest request) {
        return matters.report(id, request);
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "recordDecision", summary = "Record the collective decision, held to the three rules")
    @APIResponse(responseCode = "200", description = "The matter, with the rules as evaluated in decisionRules",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    @APIResponse(responseCode = "422", description = "A rule refuses the decision: `type` names the first of the three rules that "
            + "blocks approving it, `blockedBy` and `rules` say which and on what figures; or a MEDIUM matter's measures lack owners",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ApprovalRefusedProblem.class)))
    public MatterView decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        return matters.decide(id, request);
    }
}
