package org.masswork.cases.satisfaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.masswork.cases.CaseRules;
import org.masswork.cases.casefile.CaseAccess;
import org.masswork.cases.casefile.CaseFile;
import org.masswork.cases.casefile.CaseFileRepository;
import org.masswork.cases.casefile.CaseView;
import org.masswork.cases.casefile.CaseViews;
import org.masswork.cases.lifecycle.CaseAction;
import org.masswork.cases.lifecycle.CaseSteps;
import org.masswork.cases.lifecycle.LifecycleService;
import org.masswork.cases.lifecycle.ReopenReason;
import org.masswork.cases.lifecycle.TimelineRepository;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.privacy.PersonalDataAudit;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

/**
 * The villager rates a resolved or closed case, or a handler records their rating for them (marked by
 * proxy). An unsatisfied rating within the reopen window after the resolution reopens the case, and any
 * unsatisfied rating asks for a return call (回访) by someone other than the cadre in charge and the one who
 * resolved it.
 */
@ApplicationScoped
public class SatisfactionService {

    private final CaseSteps steps;
    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final CaseViews views;
    private final LifecycleService lifecycle;
    private final CaseRules rules;
    private final TimelineRepository timeline;
    private final Outbox outbox;

    SatisfactionService(CaseSteps steps, CaseFileRepository cases, CaseAccess access, CaseViews views,
                        LifecycleService lifecycle, CaseRules rules, TimelineRepository timeline, Outbox outbox) {
        this.steps = steps;
        this.cases = cases;
        this.access = access;
        this.views = views;
        this.lifecycle = lifecycle;
        this.rules = rules;
        this.timeline = timeline;
        this.outbox = outbox;
    }

    @Transactional
    public CaseView rate(UUID caseId, RateCaseRequest request) {
        CaseFile file = steps.begin(caseId, request.version(), CaseAction.RATE, true);
        if (file.satisfaction != null) {
            throw new ConflictProblem("already-rated", Text.of("诉求 " + caseId + " 已被评价为" + file.satisfaction.label(), "Case " + caseId + " was already rated " + file.satisfaction));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean byProxy = !access.ownCase(file);
        file.satisfaction = request.rating();
        file.ratedAt = now;
        file.ratedByProxy = byProxy;
        file.returnCallDue = request.rating() == Satisfaction.UNSATISFIED;
        String note = request.rating().label() + (byProxy ? " (代评)" : "")
                + (request.note() == null || request.note().isBlank() ? "" : ": " + request.note());
        steps.record(file, CaseAction.RATE, file.status, file.level, null, note);
        boolean reopen = request.rating() == Satisfaction.UNSATISFIED
                && !now.isAfter(file.resolvedAt.plus(rules.reopenWindow()));
        outbox.append(new SatisfactionRated(file.facts(now), request.rating(), byProxy, reopen, file.level));
        if (reopen) {
            lifecycle.reopen(file, ReopenReason.UNSATISFIED_RATING, null);
        }
        cases.flush();
        return views.view(file, PersonalDataAudit.UPDATE);
    }

    /** The return call an unsatisfied rating asks for, by a handler other than the cadre in charge and the resolver. */
    @Transactional
    public CaseView returnCall(UUID caseId, ReturnCallRequest request) {
        CaseFile file = steps.begin(caseId, request.version(), CaseAction.RETURN_CALL, false);
        if (!file.returnCallDue) {
            throw new ConflictProblem("no-return-call-due", Text.of("诉求 " + caseId + " 没有待回访的不满意评价", "Case " + caseId + " has no unsatisfied rating awaiting a return call"));
        }
        String resolver = timeline.last(caseId, CaseAction.RESOLVE).map(entry -> entry.actor).orElse(null);
        boolean handler = file.handlerCadreId != null && access.cadreId().filter(file.handlerCadreId::equals).isPresent();
        if (handler || access.actor().equals(resolver)) {
            throw new RuleViolationProblem("return-call-by-another",
                    Text.of("回访须由责任干部和办结人以外的人进行", "The return call is made by someone other than the cadre in charge and the one who resolved the case"));
        }
        file.returnCallDue = false;
        steps.record(file, CaseAction.RETURN_CALL, file.status, file.level, null, request.note().strip());
        cases.flush();
        return views.view(file, PersonalDataAudit.UPDATE);
    }
}
