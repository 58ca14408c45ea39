package org.masswork.cases.petition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.masswork.cases.casefile.CaseAccess;
import org.masswork.cases.casefile.CaseFile;
import org.masswork.cases.casefile.CaseFileRepository;
import org.masswork.cases.deadline.CaseDeadline;
import org.masswork.cases.deadline.DeadlineKind;
import org.masswork.cases.deadline.DeadlineRepository;
import org.masswork.cases.deadline.DeadlineService;
import org.masswork.cases.deadline.DeadlineView;
import org.masswork.cases.lifecycle.CaseAction;
import org.masswork.cases.lifecycle.CaseSteps;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.persistence.InsertBatch;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

/**
 * Petitions by proxy or accompanied, under the petition regulations' time limits: one extension of the
 * written reply of at most 30 days with a reason; review requested within 30 days of the written reply
 * and answered within 30 days; re-review likewise after the review; after the re-review the same facts
 * are not accepted again.
 */
@ApplicationScoped
public class PetitionService {

    private final PetitionRepository petitions;
    private final CaseFileRepository cases;
    private final DeadlineRepository deadlineRows;
    private final DeadlineService deadlines;
    private final CaseSteps steps;
    private final CaseAccess access;
    private final Outbox outbox;
    private final InsertBatch inserts;

    PetitionService(PetitionRepository petitions, CaseFileRepository cases, DeadlineRepository deadlineRows,
                    DeadlineService deadlines, CaseSteps steps, CaseAccess access, Outbox outbox, InsertBatch inserts) {
        this.petitions = petitions;
        this.cases = cases;
        this.deadlineRows = deadlineRows;
        this.deadlines = deadlines;
        this.steps = steps;
        this.access = access;
        this.outbox = outbox;
        this.inserts = inserts;
    }

    /** Part of the intake of a PETITION case, after its deadlines are opened. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void file(CaseFile file, PetitionMode mode) {
        Petition petition = new Petition();
        petition.caseId = file.id;
        petition.mode = mode;
        inserts.add(petition);
        // At intake the acceptance deadline is the petition's only one, so the case's due date.
        outbox.append(new PetitionFiled(file.facts(file.recordedAt), mode, file.dueAt));
    }

    @Transactional
    public PetitionView get(UUID caseId) {
        CaseFile file = access.requireVisible(cases.get(caseId));
        return view(file, petitions.findByIdOptional(caseId).orElseThrow(() -> new NotFoundProblem(Text.of("信访", "petition"), caseId)));
    }

    @Transactional
    public PetitionView extendReply(UUID caseId, ExtendReplyRequest request) {
        CaseFile file = steps.begin(caseId, request.version(), CaseAction.EXTEND_DEADLINE, false);
        Petition petition = petitions.get(caseId);
        if (petition.extensionDays != null) {
            throw new RuleViolationProblem("one-extension-only", Text.of("书面答复已延期过一次", "The written reply was already extended once"));
        }
        CaseDeadline reply = deadline(caseId, DeadlineKind.WRITTEN_REPLY);
        if (now().isAfter(reply.dueAt)) {
            throw new RuleViolationProblem("reply-deadline-passed", Text.of("书面答复期限为 " + reply.dueAt + "；延期须在此之前决定", "The written reply was due " + reply.dueAt
                    + "; an extension must be decided before that"));
        }
        reply.dueAt = reply.dueAt.plusDays(request.days());
        deadlines.moved(file);
        petition.extensionDays = request.days();
        petition.extensionReason = request.reason().strip();
        steps.record(file, CaseAction.EXTEND_DEADLINE, file.status, file.level, null,
                "+" + request.days() + "d: " + petition.extensionReason);
        return done(file, petition);
    }

    @Transactional
    public PetitionView recordReviewStep(UUID caseId, ReviewStepRequest request) {
        CaseFile file = steps.begin(caseId, request.version(), CaseAction.RECORD_REVIEW_STEP, false);
        Petition petition = petitions.get(caseId);
        if (petition.reReviewAnsweredAt != null) {
            throw new RuleViolationProblem("petition-final",
                    Text.of("复核已答复：同一事实不再受理", "The re-review was answered: the same facts are not accepted again"));
        }
        OffsetDateTime now = now();
        switch (request.step()) {
            case REVIEW_REQUESTED -> {
                requireOrder(petition.reviewRequestedAt == null, request.step());
                OffsetDateTime repliedAt = deadline(caseId, DeadlineKind.WRITTEN_REPLY).metAt;
                requireWithinWindow(repliedAt, now, "the written reply");
                petition.reviewRequestedAt = now;
                deadlines.open(file, DeadlineKind.REVIEW_ANSWER, now.plus(DeadlineService.REVIEW_WINDOW));
            }
            case REVIEW_ANSWERED -> {
                requireOrder(petition.reviewRequestedAt != null && petition.reviewAnsweredAt == null, request.step());
                petition.reviewAnsweredAt = now;
                deadlines.meet(file, DeadlineKind.REVIEW_ANSWER, now);
            }
            case RE_REVIEW_REQUESTED -> {
                requireOrder(petition.reviewAnsweredAt != null && petition.reReviewRequestedAt == null, request.step());
                requireWithinWindow(petition.reviewAnsweredAt, now, "the review");
                petition.reReviewRequestedAt = now;
                deadlines.open(file, DeadlineKind.RE_REVIEW_ANSWER, now.plus(DeadlineService.REVIEW_WINDOW));
            }
            case RE_REVIEW_ANSWERED -> {
                requireOrder(petition.reReviewRequestedAt != null, request.step());
                petition.reReviewAnsweredAt = now;
                deadlines.meet(file, DeadlineKind.RE_REVIEW_ANSWER, now);
            }
        }
        steps.record(file, CaseAction.RECORD_REVIEW_STEP, file.status, file.level, null,
                join(request.step().label(), request.note()));
        return done(file, petition);
    }

    @Transactional
    public PetitionView recordOutcome(UUID caseId, PetitionOutcomeRequest request) {
        CaseFile file = steps.begin(caseId, request.version(), CaseAction.RECORD_PETITION_OUTCOME, false);
        Petition petition = petitions.get(caseId);
        if (petition.outcome == PetitionOutcome.ENDED_SATISFIED) {
            throw new ConflictProblem("petition-already-ended", Text.of("该信访已以信访人满意办结", "The petition already ended with the petitioner satisfied"));
        }
        OffsetDateTime now = now();
        petition.outcome = request.outcome();
        petition.outcomeAt = now;
        steps.record(file, CaseAction.RECORD_PETITION_OUTCOME, file.status, file.level, null,
                join(request.outcome().label(), request.note()));
        if (request.outcome() == PetitionOutcome.ENDED_SATISFIED) {
            outbox.append(new PetitionEnded(file.facts(now), petition.mode, petition.outcome, file.level));
        }
        return done(file, petition);
    }

    private PetitionView done(CaseFile file, Petition petition) {
        cases.flush();
        return view(file, petition);
    }

    private PetitionView view(CaseFile file, Petition petition) {
        return PetitionView.of(petition, deadlines.ofCase(file.id).stream().map(DeadlineView::of).toList(), file.version);
    }

    private CaseDeadline deadline(UUID caseId, DeadlineKind kind) {
        return deadlineRows.find(caseId, kind).orElseThrow(() ->
                new IllegalStateException("petition " + caseId + " has no " + kind + " deadline"));
    }

    private static void requireOrder(boolean inOrder, ReviewStep step) {
        if (!inOrder) {
            throw new RuleViolationProblem("review-step-out-of-order",
                    Text.of(step.label() + "（" + step + "）不能接在已记录的步骤之后", step + " (" + step.englishLabel() + ") does not follow the steps recorded so far"), "step");
        }
    }

    private static void requireWithinWindow(OffsetDateTime start, OffsetDateTime now, String after) {
        if (start == null || now.isAfter(start.plus(DeadlineService.REVIEW_WINDOW))) {
            throw new RuleViolationProblem("review-window-closed",
                    Text.of("复查须在 " + after + " 起 30 日内申请", "A review is requested within 30 days of " + after), "step");
        }
    }

    private static String join(String label, String note) {
        return note == null || note.isBlank() ? label : label + ": " + note;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
