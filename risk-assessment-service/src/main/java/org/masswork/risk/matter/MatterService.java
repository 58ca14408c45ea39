package org.masswork.risk.matter;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.risk.directory.KnownVillage;
import org.masswork.risk.directory.KnownVillageRepository;
import org.masswork.risk.matter.rules.ApprovalRefused;
import org.masswork.risk.matter.rules.DecisionCheck;
import org.masswork.risk.matter.rules.MediumRiskMeasures;
import org.masswork.risk.matter.rules.RuleEvaluation;
import org.masswork.risk.matter.rules.ThreeRules;
import org.masswork.risk.monitoring.RiskAlertRepository;
import org.masswork.platform.language.Language;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class MatterService {

    private final MatterRepository matters;
    private final MeasureRepository measures;
    private final MatterDecisionRepository decisions;
    private final RiskAlertRepository alerts;
    private final KnownVillageRepository villages;
    private final MatterSteps steps;
    private final MatterAccess access;
    private final RiskProposer proposer;
    private final IdempotentCreates idempotency;
    private final Outbox outbox;

    MatterService(MatterRepository matters, MeasureRepository measures, MatterDecisionRepository decisions,
                  RiskAlertRepository alerts,
                  KnownVillageRepository villages, MatterSteps steps, MatterAccess access, RiskProposer proposer,
                  IdempotentCreates idempotency, Outbox outbox) {
        this.matters = matters;
        this.measures = measures;
        this.decisions = decisions;
        this.alerts = alerts;
        this.villages = villages;
        this.steps = steps;
        this.access = access;
        this.proposer = proposer;
        this.idempotency = idempotency;
        this.outbox = outbox;
    }

    /**
     * A department proposes a matter for review, in its county; every affected village must be known from the station
     * network of that county (another county's village is as unknown as a village without a station).
     */
    @Transactional
    public MatterView register(RegisterMatterRequest request, String idempotencyKey) {
        String department = access.department().orElseThrow(ForbiddenException::new);
        UUID county = access.county();
        return idempotency.once("register-matter:" + county + ":" + department, idempotencyKey, request, MatterView::id, this::get, () -> {
            Set<UUID> villageIds = new HashSet<>(request.villageIds());
            List<KnownVillage> known = villages.findAll(county, villageIds);
            if (known.size() != villageIds.size()) {
                Set<UUID> found = known.stream().map(v -> v.villageId).collect(Collectors.toSet());
                String unknown = villageIds.stream().filter(id -> !found.contains(id)).map(UUID::toString).sorted()
                        .collect(Collectors.joining(", "));
                throw new RuleViolationProblem("unknown-village", Text.of("以下村没有登记工作站：" + unknown, "No station is registered for village(s) " + unknown), "villageIds");
            }
            Matter matter = new Matter();
            matter.id = UUID.randomUUID();
            matter.countyId = county;
            matter.kind = request.kind();
            matter.title = request.title().strip();
            matter.description = request.description();
            matter.department = department;
            matter.status = MatterStateMachine.initial();
            matter.villageIds = villageIds;
            matter.townshipIds = known.stream().map(v -> v.townshipId).collect(Collectors.toSet());
            matter.householdsAffected = request.householdsAffected();
            matter.landMu = request.landMu();
            matter.housesToDemolish = request.housesToDemolish();
            matter.gravesToMove = request.gravesToMove();
            matter.budgetYuan = request.budgetYuan();
            matter.plannedDecisionOn = request.plannedDecisionOn();
            matter.markReceived(request.recordedAt());
            matters.persist(matter);
            matters.flush();
            return view(matter);
        });
    }

    @Transactional
    public MatterView get(UUID id) {
        Matter matter = matters.get(id);
        access.requireVisible(matter);
        return view(matter);
    }

    @Transactional
    public Page<MatterView> list(MatterStatus status, PageQuery page) {
        UUID county = access.county();
        UUID township = access.isCountyWide() ? null : access.townshipOfOfficer().orElse(null);
        String department = access.department().orElse(null);
        return Page.of(matters.search(county, access.isCountyWide(), department, township, status), page, this::view);
    }

    @Transactional
    public RiskProposal proposal(UUID id) {
        Matter matter = matters.get(id);
        access.requireManager(matter);
        return proposer.propose(matter).in(Language.current());
    }

    /** The assessment plan; the first one opens the assessment (AssessmentOpened). */
    @Transactional
    public MatterView plan(UUID id, AssessmentPlanRequest request) {
        Matter matter = steps.begin(id, request.version(), MatterAction.PLAN);
        boolean opening = matter.status == MatterStatus.REGISTERED;
        matter.assessor = request.assessor().strip();
        matter.assessmentPlan = request.plan();
        matter.assessmentDueOn = request.dueOn();
        steps.apply(matter, MatterAction.PLAN);
        if (opening) {
            outbox.append(new AssessmentOpened(matter.id, matter.countyId, matter.kind, matter.department, sorted(matter.townshipIds),
                    sorted(matter.villageIds), matter.plannedDecisionOn));
        }
        return flushed(matter);
    }

    /** The steps without a body of their own: start gathering opinion, carry out an approved matter, reassess a postponed one. */
    @Transactional
    public MatterView transition(UUID id, MatterTransitionRequest request) {
        MatterAction action = request.action().step();
        Matter matter = steps.begin(id, request.version(), action);
        if (action == MatterAction.CARRY_OUT && matter.decision != Decision.APPROVE
                || action == MatterAction.REASSESS && matter.decision != Decision.POSTPONE) {
            throw new ConflictProblem("illegal-transition", Text.of("决定为%s（%s）的事项不允许执行%s（%s）".formatted(matter.decision.label(), matter.decision, action.label(), action), "A matter decided %s (%s) does not allow the action %s (%s)"
                    .formatted(matter.decision, matter.decision.englishLabel(), action, action.englishLabel())));
        }
        if (action == MatterAction.CARRY_OUT) {
            matter.monitoringSince = OffsetDateTime.now(ZoneOffset.UTC);
        }
        if (action == MatterAction.REASSESS) {
            matter.proposedLevel = null;
            matter.proposalReasonsZh = null;
            matter.proposalReasonsEn = null;
            matter.riskLevel = null;
            matter.overrideReason = null;
            matter.levelSetAt = null;
            matter.reportSummary = null;
            matter.decision = null;
            matter.decisionMinutes = null;
            matter.decidedAt = null;
        }
        steps.apply(matter, action);
        return flushed(matter);
    }

    /** Records the analysis, replacing an earlier one with its risk factors and measures. */
    @Transactional
    public MatterView analyse(UUID id, AnalysisRequest request) {
        Matter matter = steps.begin(id, request.version(), MatterAction.RECORD_ANALYSIS);
        matter.legalityScore = request.legality().score();
        matter.legalityFindings = request.legality().findings();
        matter.reasonablenessScore = request.reasonableness().score();
        matter.reasonablenessFindings = request.reasonableness().findings();
        matter.feasibilityScore = request.feasibility().score();
        matter.feasibilityFindings = request.feasibility().findings();
        matter.controllabilityScore = request.controllability().score();
        matter.controllabilityFindings = request.controllability().findings();
        matter.riskFactors.clear();
        request.riskFactors().forEach(input -> {
            RiskFactor factor = new RiskFactor();
            factor.description = input.description().strip();
            factor.likelihood = input.likelihood();
            factor.impact = input.impact();
            matter.riskFactors.add(factor);
        });
        measures.deleteOfMatter(matter.id);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        request.measures().forEach(input -> {
            MitigationMeasure measure = new MitigationMeasure();
            measure.id = UUID.randomUUID();
            measure.countyId = matter.countyId;
            measure.matterId = matter.id;
            measure.description = input.description().strip();
            measure.owner = blankToNull(input.owner());
            measure.assignedAt = measure.owner == null ? null : now;
            measures.persist(measure);
        });
        steps.apply(matter, MatterAction.RECORD_ANALYSIS);
        return flushed(matter);
    }

    /** Sets the level: the system's proposal, or the assessor's own with a recorded reason. */
    @Transactional
    public MatterView setRiskLevel(UUID id, RiskLevelRequest request) {
        Matter matter = steps.begin(id, request.version(), MatterAction.SET_RISK_LEVEL);
        RiskProposal proposal = proposer.propose(matter);
        RiskLevel level = request.level() != null ? request.level() : proposal.level();
        String overrideReason = blankToNull(request.overrideReason());
        if (level != proposal.level() && overrideReason == null) {
            throw new RuleViolationProblem("override-needs-reason", Text.of("系统建议%s；定为%s须填写 overrideReason".formatted(proposal.level().label(), level.label()), "The system proposes %s; setting %s needs an overrideReason"
                    .formatted(proposal.level(), level)), "overrideReason");
        }
        matter.proposedLevel = proposal.level();
        matter.proposalReasonsZh = String.join("\n", proposal.reasonWordings().stream().map(Text::zh).toList());
        matter.proposalReasonsEn = String.join("\n", proposal.reasonWordings().stream().map(Text::en).toList());
        matter.riskLevel = level;
        matter.overrideReason = level == proposal.level() ? null : overrideReason;
        matter.levelSetAt = OffsetDateTime.now(ZoneOffset.UTC);
        steps.apply(matter, MatterAction.SET_RISK_LEVEL);
        outbox.append(new RiskLevelDetermined(matter.id, matter.countyId, matter.kind, proposal.level(), level, level != proposal.level(),
                sorted(matter.townshipIds)));
        return flushed(matter);
    }

    @Transactional
    public MatterView assignMeasure(UUID id, UUID measureId, AssignMeasureRequest request) {
        Matter matter = steps.begin(id, request.version(), MatterAction.ASSIGN_MEASURE);
        MitigationMeasure measure = measures.get(id, measureId);
        measure.owner = request.owner().strip();
        measure.assignedAt = OffsetDateTime.now(ZoneOffset.UTC);
        steps.apply(matter, MatterAction.ASSIGN_MEASURE);
        return flushed(matter);
    }

    @Transactional
    public MatterView report(UUID id, ReportRequest request) {
        Matter matter = steps.begin(id, request.version(), MatterAction.WRITE_REPORT);
        matter.reportSummary = request.summary();
        steps.apply(matter, MatterAction.WRITE_REPORT);
        return flushed(matter);
    }

    /**
     * The collective decision. The three rules are evaluated as the proposal shows them (on the set level): an
     * approval any of them blocks is refused (422 naming the rule, nothing written); a MEDIUM matter is approved only
     * with its measures assigned. The decision keeps the rules as evaluated, and DecisionRecorded carries them.
     */
    @Transactional
    public MatterView decide(UUID id, DecisionRequest request) {
        Matter matter = steps.begin(id, request.version(), MatterAction.DECIDE);
        List<RuleEvaluation> rules = proposer.propose(matter).rules();
        if (request.decision() == Decision.APPROVE && !ThreeRules.blocking(rules).isEmpty()) {
            throw new ApprovalRefused(rules);
        }
        MediumRiskMeasures.check(matter, request.decision(), measures.ofMatter(id));
        matter.decision = request.decision();
        matter.decisionMinutes = request.minutes();
        matter.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        steps.apply(matter, MatterAction.DECIDE);
        MatterDecision history = new MatterDecision();
        history.id = UUID.randomUUID();
        history.countyId = matter.countyId;
        history.matterId = matter.id;
        history.decision = matter.decision;
        history.riskLevel = matter.riskLevel;
        history.decidedAt = matter.decidedAt;
        history.checks = DecisionCheck.of(rules);
        decisions.persist(history);
        outbox.append(new DecisionRecorded(matter.id, matter.countyId, matter.kind, matter.decision, matter.riskLevel,
                sorted(matter.townshipIds), matter.decidedAt, rules));
        return flushed(matter);
    }

    private MatterView flushed(Matter matter) {
        matters.flush();
        return view(matter);
    }

    private MatterView view(Matter matter) {
        List<RuleEvaluation> decisionRules = !matter.decided() ? List.of()
                : decisions.latestOf(matter.id).map(decision -> DecisionCheck.evaluations(decision.checks)).orElse(List.of());
        return MatterView.of(matter, measures.ofMatter(matter.id),
                decisionRules.stream().map(rule -> rule.in(Language.current())).toList(), alerts.ofMatter(matter.id));
    }

    private static List<UUID> sorted(Set<UUID> ids) {
        return ids.stream().sorted().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
