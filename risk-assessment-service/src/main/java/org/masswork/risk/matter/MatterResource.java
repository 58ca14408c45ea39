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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

    static final String MANAGERS = "A DECISION_OWNER acts on the matters of the department in their `department` claim only; "
            + "a matter the caller may not see is a 404.";
    static final String READERS = "A matter is visible to DECISION_OWNER of the owning department and the county roles "
            + "(COUNTY_ADMIN, INSPECTOR, ORG_DEPT, SYSTEM), and once decided to TOWNSHIP_OFFICER of an affected township; "
            + "anyone else gets 404.";

    @POST
    @RolesAllowed(Role.DECISION_OWNER)
    @Operation(operationId = "registerMatter", summary = "Propose a matter for review, owned by the caller's department",
            description = "Registers a policy, major decision or construction project before it is decided; every affected "
                    + "village must be known from a registered station (422 unknown-village). Accepts an Idempotency-Key. "
                    + "The matter belongs to the department in the caller's `department` claim.")
    @APIResponse(responseCode = "201", description = "Registered; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public Response register(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = RegisterMatterRequest.class),
                                     examples = @ExampleObject(name = "highway", value = MatterExamples.REGISTER)))
                             @Valid @NotNull RegisterMatterRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        MatterView created = matters.register(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/matters/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMatter", summary = "Read a matter with its analysis, measures, decision and alerts",
            description = "The matter as it stands: the procedure's status, the analysis, the proposed and set level, the "
                    + "decision with the three rules as evaluated then (decisionRules), and the monitoring alerts. " + READERS)
    @APIResponse(responseCode = "200", description = "The matter",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public MatterView get(@PathParam("id") UUID id) {
        return matters.get(id);
    }

    @GET
    @Operation(operationId = "listMatters", summary = "List the matters the caller may see, filtered by status",
            description = "One page of the matters the caller may see, by planned decision date. " + READERS)
    @APIResponse(responseCode = "200", description = "One page of matters")
    public Page<MatterView> list(@QueryParam("status") MatterStatus status, @Valid @BeanParam PageQuery page) {
        return matters.list(status, page);
    }

    @GET
    @Path("/{id}/risk-proposal")
    @Operation(operationId = "proposeRiskLevel", summary = "The risk level the system proposes now, with its reasons and evidence",
            description = "The level the proposal rule gives now and every clause that holds, the weighed open cases of the "
                    + "affected villages, the opinions gathered, and the three rules evaluated now: which would block approval "
                    + "and on what figures. Visible to DECISION_OWNER of the owning department, COUNTY_ADMIN, INSPECTOR, "
                    + "ORG_DEPT and SYSTEM (404 for a matter the caller may not see, 403 for a township officer of a decided one).")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(schema = @Schema(implementation = RiskProposal.class)))
    public RiskProposal proposal(@PathParam("id") UUID id) {
        return matters.proposal(id);
    }

    @POST
    @Path("/{id}/assessment-plan")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "planAssessment", summary = "Set the assessment plan; the first opens the assessment",
            description = "Who assesses, how and by when; the first plan opens the assessment (AssessmentOpened), a later "
                    + "one replaces it until opinion gathering starts. " + MANAGERS)
    @APIResponse(responseCode = "200", description = "The matter",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public MatterView plan(@PathParam("id") UUID id,
                           @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = AssessmentPlanRequest.class),
                                   examples = @ExampleObject(name = "plan", value = MatterExamples.PLAN)))
                           @Valid @NotNull AssessmentPlanRequest request) {
        return matters.plan(id, request);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "transitionMatter", summary = "Start gathering opinion, carry out an approved matter, or reassess a postponed one",
            description = "The steps without a body of their own: START_GATHERING after the plan, CARRY_OUT an approved "
                    + "matter (monitoring starts), REASSESS a postponed one (back to the analysis; level, report and decision "
                    + "cleared). Any other action is a 400 naming the field `action`. " + MANAGERS)
    @APIResponse(responseCode = "200", description = "The matter",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public MatterView transition(@PathParam("id") UUID id,
                                 @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                         schema = @Schema(implementation = MatterTransitionRequest.class),
                                         examples = @ExampleObject(name = "start gathering", value = MatterExamples.TRANSITION)))
                                 @Valid @NotNull MatterTransitionRequest request) {
        return matters.transition(id, request);
    }

    @POST
    @Path("/{id}/analysis")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "recordAnalysis", summary = "Record the four criteria, risk factors and mitigation measures",
            description = "Legality (合法性), reasonableness (合理性), feasibility (可行性) and controllability (可控性), each "
                    + "scored 1 (fails it) to 5 (fully meets it) with findings; risk factors with likelihood and impact 1-5; "
                    + "measures, with owners or without. Replaces an earlier analysis and its measures. " + MANAGERS)
    @APIResponse(responseCode = "200", description = "The matter",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public MatterView analyse(@PathParam("id") UUID id,
                              @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                      schema = @Schema(implementation = AnalysisRequest.class),
                                      examples = @ExampleObject(name = "highway", value = MatterExamples.ANALYSIS)))
                              @Valid @NotNull AnalysisRequest request) {
        return matters.analyse(id, request);
    }

    @POST
    @Path("/{id}/risk-level")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "setRiskLevel", summary = "Set the risk level: the proposal, or another with a recorded reason",
            description = "Takes the system's proposal (no level given) or sets another level, which needs an "
                    + "overrideReason (422 override-needs-reason); both are kept (RiskLevelDetermined). " + MANAGERS)
    @APIResponse(responseCode = "200", description = "The matter",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public MatterView setRiskLevel(@PathParam("id") UUID id,
                                   @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                           schema = @Schema(implementation = RiskLevelRequest.class),
                                           examples = @ExampleObject(name = "override", value = MatterExamples.RISK_LEVEL)))
                                   @Valid @NotNull RiskLevelRequest request) {
        return matters.setRiskLevel(id, request);
    }

    @PUT
    @Path("/{id}/measures/{measureId}/owner")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "assignMeasure", summary = "Assign who answers for a mitigation measure",
            description = "Names the department or office that answers for the measure, from the analysis until the "
                    + "decision; a MEDIUM matter is approved only once every measure has one. " + MANAGERS)
    @APIResponse(responseCode = "200", description = "The matter",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public MatterView assignMeasure(@PathParam("id") UUID id, @PathParam("measureId") UUID measureId,
                                    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = AssignMeasureRequest.class),
                                            examples = @ExampleObject(name = "owner", value = MatterExamples.ASSIGN_MEASURE)))
                                    @Valid @NotNull AssignMeasureRequest request) {
        return matters.assignMeasure(id, measureId, request);
    }

    @POST
    @Path("/{id}/report")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "writeReport", summary = "Record the assessment report",
            description = "The assessment report's summary, once the level is set; the matter then goes to the collective "
                    + "decision. " + MANAGERS)
    @APIResponse(responseCode = "200", description = "The matter",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    public MatterView report(@PathParam("id") UUID id,
                             @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = ReportRequest.class),
                                     examples = @ExampleObject(name = "report", value = MatterExamples.REPORT)))
                             @Valid @NotNull ReportRequest request) {
        return matters.report(id, request);
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Role.DECISION_OWNER, Role.COUNTY_ADMIN})
    @Operation(operationId = "recordDecision", summary = "Record the collective decision, held to the three rules",
            description = "APPROVE, POSTPONE or VETO. The three rules are evaluated on the matter as the proposal shows them: "
                    + "an APPROVE any of them blocks is a 422 whose type names the rule (obvious-stability-risk-not-issued, "
                    + "unbalanced-project-not-approved, wasteful-work-not-started, policy-not-understood-postponed) with the "
                    + "figures that triggered it; a MEDIUM matter is approved only with every measure owned. The decision "
                    + "keeps the rules as evaluated (DecisionRecorded). " + MANAGERS)
    @APIResponse(responseCode = "200", description = "The matter, with the rules as evaluated in decisionRules",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    @APIResponse(responseCode = "422", description = "A rule refuses the decision: `type` names the first of the three rules that "
            + "blocks approving it, `blockedBy` and `rules` say which and on what figures; or a MEDIUM matter's measures lack owners",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ApprovalRefusedProblem.class)))
    public MatterView decide(@PathParam("id") UUID id,
                             @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = DecisionRequest.class),
                                     examples = @ExampleObject(name = "approve", value = MatterExamples.DECISION)))
                             @Valid @NotNull DecisionRequest request) {
        return matters.decide(id, request);
    }
}
