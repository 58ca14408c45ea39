package org.masswork.cases.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.masswork.cases.casefile.CaseAccess;
import org.masswork.cases.casefile.CaseFile;
import org.masswork.cases.casefile.CaseFileRepository;
import org.masswork.cases.casefile.CaseView;
import org.masswork.cases.casefile.CaseViews;
import org.masswork.cases.deadline.DeadlineService;
import org.masswork.cases.station.StationTeam;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.privacy.PersonalDataAudit;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

/** Moves cases through their lifecycle and announces each move. */
@ApplicationScoped
public class LifecycleService {

    private final CaseSteps steps;
    private final CaseFileRepository cases;
    private final TimelineRepository timeline;
    private final CaseAccess access;
    private final CaseViews views;
    private final DeadlineService deadlines;
    private final Outbox outbox;
    private final StationTeam team;

    LifecycleService(CaseSteps steps, CaseFileRepository cases, TimelineRepository timeline, CaseAccess access,
                     CaseViews views, DeadlineService deadlines, Outbox outbox, StationTeam team) {
        this.steps = steps;
        this.cases = cases;
        this.timeline = timeline;
        this.access = access;
        this.views = views;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.team = team;
    }

    @Transactional
    public CaseView transition(UUID caseId, TransitionRequest request) {
        CaseAction action = request.action().step();
        if (action == CaseAction.REJECT && isBlank(request.reason())) {
            throw new InvalidInputProblem("reason", Text.of("不受理诉求时必填", "is required to not accept a case"));
        }
        if (action == CaseAction.RESOLVE && request.method() == null) {
            throw new InvalidInputProblem("method", Text.of("办结诉求时必填", "is required to resolve a case"));
        }
        if (action == CaseAction.HAND_OVER && request.handlerCadreId() == null) {
            throw new InvalidInputProblem("handlerCadreId", Text.of("移交诉求时必填", "is required to hand a case over"));
        }
        if (request.handlerCadreId() != null && action != CaseAction.ACCEPT && action != CaseAction.HAND_OVER) {
            throw new InvalidInputProblem("handlerCadreId", Text.of("只在 ACCEPT 或 HAND_OVER 时注明责任干部", "names the cadre in charge only to ACCEPT or HAND_OVER"));
        }
        CaseFile file = steps.begin(caseId, request.version(), action, false);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String actor = access.actor();
        switch (request.action()) {
            case ACCEPT -> {
                file.handlerCadreId = handler(file, request.handlerCadreId() != null ? request.handlerCadreId()
                        : access.cadreId().orElse(null));
                steps.apply(file, action, file.level, request.method(), request.note());
                file.acceptedAt = now;
                deadlines.afterAccept(file, now);
                outbox.append(new CaseAccepted(file.facts(now), file.level, file.handlerCadreId, actor));
            }
            case REJECT -> {
                steps.apply(file, action, file.level, request.method(), join(request.reason(), request.note()));
                file.rejectionReason = request.reason().strip();
                deadlines.afterReject(file, now);
                outbox.append(new CaseRejected(file.facts(now), file.level, actor));
            }
            case START -> steps.apply(file, action, file.level, request.method(), request.note());
            case ESCALATE -> {
                var from = file.level;
                steps.apply(file, action, CaseStateMachine.up(from, request.toLevel()), request.method(), request.note());
                outbox.append(new CaseEscalated(file.facts(now), from, file.level, actor));
            }
            case DE_ESCALATE -> {
                var from = file.level;
                steps.apply(file, action, CaseStateMachine.down(from, request.toLevel()), request.method(), request.note());
                outbox.append(new CaseDeescalated(file.facts(now), from, file.level, actor));
            }
            case RESOLVE -> {
                steps.apply(file, action, file.level, request.method(), request.note());
                file.resolvedAt = now;
                file.onTime = file.dueAt == null || !now.isAfter(file.dueAt);
                deadlines.afterResolve(file, now);
                outbox.append(new CaseResolved(file.facts(now), file.level, request.method(), file.onTime,
                        file.handlerCadreId, actor));
            }
            case CLOSE -> {
                steps.apply(file, action, file.level, request.method(), request.note());
                file.closedAt = now;
                file.closedAtLevel = file.level;
                outbox.append(new CaseClosed(file.facts(now), file.closedAtLevel, Boolean.TRUE.equals(file.onTime),
                        file.recordedAt, file.resolvedAt, actor));
            }
            case REOPEN -> reopen(file, ReopenReason.HANDLER_DECISION, request.note());
            case HAND_OVER -> {
                file.handlerCadreId = handler(file, request.handlerCadreId());
                steps.apply(file, action, file.level, request.method(), request.note());
            }
        }
        cases.flush();
        return views.view(file, PersonalDataAudit.UPDATE);
    }

    /** Reopens a resolved or closed case: it must be resolved again, and rated again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopen(CaseFile file, ReopenReason reason, String note) {
        steps.apply(file, CaseAction.REOPEN, file.level, null, note);
        file.resolvedAt = null;
        file.closedAt = null;
        file.closedAtLevel = null;
        file.onTime = null;
        file.satisfaction = null;
        file.ratedAt = null;
        file.ratedByProxy = null;
        file.reopenCount++;
        deadlines.afterReopen(file);
        outbox.append(new CaseReopened(file.facts(OffsetDateTime.now(ZoneOffset.UTC)), file.level, reason, file.reopenCount));
    }

    @Transactional
    public Page<TimelineEntryView> timeline(UUID caseId, PageQuery page) {
        access.requireVisible(cases.get(caseId));
        return Page.of(timeline.ofCase(caseId), page, TimelineEntryView::of);
    }

    /** The cadre put in charge must serve the case's station today; none is named when a county or township role accepts. */
    private UUID handler(CaseFile file, UUID cadreId) {
        if (cadreId != null && cadreId.equals(file.concernsCadreId)) {
            throw new RuleViolationProblem("handler-concerned", Text.of("干部 " + cadreId + " 是该信访所涉干部，不能担任其责任干部", "Cadre " + cadreId + " is who the petition is about"
                    + " and cannot be put in charge of it"), "handlerCadreId");
        }
        if (cadreId != null && !team.serves(cadreId, file.stationId)) {
            throw new RuleViolationProblem("handler-not-serving", Text.of("干部 " + cadreId + " 今天不在工作站 " + file.stationId + " 服务：诉求的责任干部须是其工作站的干部", "Cadre " + cadreId + " does not serve station "
                    + file.stationId + " today: the cadre in charge of a case is one of its station's cadres"), "handlerCadreId");
        }
        return cadreId;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String join(String reason, String note) {
        return isBlank(note) ? reason : reason + "; " + note;
    }
}
