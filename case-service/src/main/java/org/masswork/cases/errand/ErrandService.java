package org.masswork.cases.errand;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.masswork.cases.casefile.CaseAccess;
import org.masswork.cases.casefile.CaseFile;
import org.masswork.cases.casefile.CaseFileRepository;
import org.masswork.cases.casefile.CaseKind;
import org.masswork.cases.casefile.CaseView;
import org.masswork.cases.casefile.CaseViews;
import org.masswork.cases.lifecycle.CaseAction;
import org.masswork.cases.lifecycle.CaseSteps;
import org.masswork.cases.lifecycle.TimelineRepository;
import org.masswork.platform.privacy.PersonalDataAudit;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

/** Errands by proxy (代办事项): the steps the cadre takes at the departments, on the villager's behalf. */
@ApplicationScoped
public class ErrandService {

    private final ErrandStepRepository errandSteps;
    private final CaseFileRepository cases;
    private final TimelineRepository timeline;
    private final CaseSteps steps;
    private final CaseAccess access;
    private final CaseViews views;

    ErrandService(ErrandStepRepository errandSteps, CaseFileRepository cases, TimelineRepository timeline,
                  CaseSteps steps, CaseAccess access, CaseViews views) {
        this.errandSteps = errandSteps;
        this.cases = cases;
        this.timeline = timeline;
        this.steps = steps;
        this.access = access;
        this.views = views;
    }

    @Transactional
    public ErrandView get(UUID caseId) {
        CaseFile file = access.requireVisible(cases.get(caseId));
        if (file.kind != CaseKind.ERRAND) {
            throw new NotFoundProblem(Text.of("代办事项", "errand"), caseId);
        }
        return view(file);
    }

    @Transactional
    public ErrandView recordStep(UUID caseId, RecordErrandStepRequest request) {
        CaseFile file = requireErrand(steps.begin(caseId, request.version(), CaseAction.RECORD_ERRAND_STEP, false));
        ErrandStep step = new ErrandStep();
        step.id = UUID.randomUUID();
        step.caseId = file.id;
        step.department = request.department().strip();
        step.action = request.action().strip();
        step.note = request.note();
        step.doneAt = doneAt(request.doneAt());
        step.recordedBy = access.actor();
        errandSteps.persist(step);
        steps.record(file, CaseAction.RECORD_ERRAND_STEP, file.status, file.level, null, step.department + ": " + step.action);
        cases.flush();
        return view(file);
    }

    private ErrandView view(CaseFile file) {
        // The consent names the villager: shown as the case shows it, masked or in full and audited.
        CaseView shown = views.view(file, PersonalDataAudit.READ);
        String outcome = file.resolvedAt == null ? null
                : timeline.last(file.id, CaseAction.RESOLVE).map(entry -> entry.note).orElse(null);
        return new ErrandView(file.id, shown.consent(), file.dueAt,
                errandSteps.ofCase(file.id).stream().map(ErrandView.Step::of).toList(), outcome, file.version);
    }

    private static CaseFile requireErrand(CaseFile file) {
        if (file.kind != CaseKind.ERRAND) {
            throw new RuleViolationProblem("not-an-errand", Text.of("诉求 " + file.id + " 不是代办事项", "Case " + file.id + " is not an errand by proxy"));
        }
        return file;
    }

    private static OffsetDateTime doneAt(OffsetDateTime doneAt) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (doneAt != null && doneAt.isAfter(now.plusMinutes(5))) {
            throw new InvalidInputProblem("doneAt", Text.of("不得晚于当前时间", "must not be in the future"));
        }
        return doneAt != null ? doneAt : now;
    }
}
