package org.masswork.cases.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.masswork.cases.CaseRules;
import org.masswork.cases.casefile.CaseFile;
import org.masswork.cases.casefile.CaseKind;
import org.masswork.platform.persistence.InsertBatch;

/**
 * Computes and stores a case's due dates. Petitions follow the petition regulations (信访工作条例):
 * acceptance decided within 15 days of receipt, a written reply within 60 days of acceptance
 * (extendable once by at most 30 days); other cases have the county's handling time. The case's own
 * {@code dueAt}, which the work lists sort by, is always its nearest deadline not yet met (a received petition's
 * acceptance included); once every one is met it keeps the last.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeadlineService {

    public static final Duration PETITION_ACCEPTANCE = Duration.ofDays(15);
    public static final Duration PETITION_WRITTEN_REPLY = Duration.ofDays(60);
    public static final int PETITION_MAX_EXTENSION_DAYS = 30;
    /** Review (复查) and re-review (复核): requested within 30 days, answered within 30 days. */
    public static final Duration REVIEW_WINDOW = Duration.ofDays(30);

    private final DeadlineRepository deadlines;
    private final CaseRules rules;
    private final InsertBatch inserts;

    DeadlineService(DeadlineRepository deadlines, CaseRules rules, InsertBatch inserts) {
        this.deadlines = deadlines;
        this.rules = rules;
        this.inserts = inserts;
    }

    /** The deadline whose meeting resolves the case, and says whether it was resolved on time. */
    public static DeadlineKind resolutionKind(CaseKind kind) {
        return switch (kind) {
            case PETITION -> DeadlineKind.WRITTEN_REPLY;
            case ERRAND -> DeadlineKind.ERRAND;
            default -> DeadlineKind.HANDLING;
        };
    }

    /** At intake, from the time the station received the matter; {@code errandDueAt} may be null. */
    public void openAtIntake(CaseFile file, OffsetDateTime errandDueAt) {
        // The case's only deadline yet: it is the nearest, no need to ask the database. Written with the new case.
        CaseDeadline first = switch (file.kind) {
            case PETITION -> deadline(file, DeadlineKind.ACCEPTANCE, file.recordedAt.plus(PETITION_ACCEPTANCE));
            case ERRAND -> deadline(file, DeadlineKind.ERRAND,
                    errandDueAt != null ? errandDueAt : file.recordedAt.plus(rules.errandTime()));
            default -> deadline(file, DeadlineKind.HANDLING, file.recordedAt.plus(rules.handlingTime()));
        };
        inserts.add(first);
        file.dueAt = first.dueAt;
    }

    public void afterAccept(CaseFile file, OffsetDateTime at) {
        if (file.kind == CaseKind.PETITION) {
            meet(file, DeadlineKind.ACCEPTANCE, at);
            open(file, DeadlineKind.WRITTEN_REPLY, at.plus(PETITION_WRITTEN_REPLY));
        }
    }

    /** A case not accepted has nothing more to do: every open deadline counts as met. */
    public void afterReject(CaseFile file, OffsetDateTime at) {
        deadlines.ofCase(file.id).stream().filter(d -> d.metAt == null).forEach(d -> d.metAt = at);
        file.overdue = false;
    }

    public void afterResolve(CaseFile file, OffsetDateTime at) {
        meet(file, resolutionKind(file.kind), at);
    }

    /** A reopened case must be resolved again, against the same due date. */
    public void afterReopen(CaseFile file) {
        deadlines.find(file.id, resolutionKind(file.kind)).ifPresent(d -> d.metAt = null);
        file.overdue = deadlines.anyOverdueOpen(file.id);
    }

    public CaseDeadline open(CaseFile file, DeadlineKind kind, OffsetDateTime dueAt) {
        CaseDeadline deadline = deadline(file, kind, dueAt);
        deadlines.persist(deadline);
        refreshDue(file);
        return deadline;
    }

    /** A deadline moved (a written reply extended): the case's nearest one may have changed. */
    public void moved(CaseFile file) {
        refreshDue(file);
    }

    private static CaseDeadline deadline(CaseFile file, DeadlineKind kind, OffsetDateTime dueAt) {
        CaseDeadline deadline = new CaseDeadline();
        deadline.id = UUID.randomUUID();
        deadline.caseId = file.id;
        deadline.kind = kind;
        deadline.stationId = file.stationId;
        deadline.townshipId = file.townshipId;
        deadline.countyId = file.countyId;
        deadline.dueAt = dueAt;
        return deadline;
    }

    public void meet(CaseFile file, DeadlineKind kind, OffsetDateTime at) {
        deadlines.find(file.id, kind).filter(d -> d.metAt == null).ifPresent(d -> {
            d.metAt = at;
            deadlines.flush();
            file.overdue = deadlines.anyOverdueOpen(file.id);
            refreshDue(file);
        });
    }

    private void refreshDue(CaseFile file) {
        deadlines.ofCase(file.id).stream().filter(d -> d.metAt == null).map(d -> d.dueAt)
                .min(OffsetDateTime::compareTo).ifPresent(nearest -> file.dueAt = nearest);
    }

    public List<CaseDeadline> ofCase(UUID caseId) {
        return deadlines.ofCase(caseId);
    }
}
