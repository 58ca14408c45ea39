package org.masswork.cases.deadline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.masswork.cases.casefile.CaseFile;
import org.masswork.cases.casefile.CaseFileRepository;
import org.masswork.platform.outbox.Outbox;

/**
 * Marks deadlines that passed unmet and emits {@link CaseOverdue} once per deadline. Each deadline is
 * marked in its own transaction under its case's row lock (the lock every change of the case takes
 * first), so replicas running the job at once, or a cadre meeting the deadline meanwhile, cannot mark
 * it twice or wrongly.
 */
@ApplicationScoped
public class OverdueJob {

    private static final int BATCH = 500;

    private final DeadlineRepository deadlines;
    private final CaseFileRepository cases;
    private final EntityManager entityManager;
    private final Outbox outbox;

    OverdueJob(DeadlineRepository deadlines, CaseFileRepository cases, EntityManager entityManager, Outbox outbox) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Scheduled(identity = "case-overdue-scan", every = "${masswork.cases.overdue-scan-interval:1m}",
            delayed = "${masswork.cases.overdue-scan-interval:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        markOverdue(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Marks up to one batch of deadlines passed at {@code now}; returns how many this call marked. */
    public int markOverdue(OffsetDateTime now) {
        List<UUID> passed = QuarkusTransaction.requiringNew().call(() -> deadlines.passedUnmarked(now, BATCH));
        int marked = 0;
        for (UUID id : passed) {
            if (QuarkusTransaction.requiringNew().call(() -> markOne(id, now))) {
                marked++;
            }
        }
        return marked;
    }

    private boolean markOne(UUID deadlineId, OffsetDateTime now) {
        CaseDeadline deadline = deadlines.findById(deadlineId);
        CaseFile file = cases.getForUpdate(deadline.caseId);
        entityManager.refresh(deadline, LockModeType.PESSIMISTIC_WRITE);
        if (deadline.metAt != null || deadline.overdueAt != null) {
            return false;
        }
        deadline.overdueAt = now;
        // Not through the entity: the job must not bump the version a cadre's next change is checked against.
        entityManager.createNativeQuery("update case_file set overdue = true where id = :id")
                .setParameter("id", file.id).executeUpdate();
        outbox.append(new CaseOverdue(file.facts(now), file.level, deadline.kind, deadline.dueAt));
        return true;
    }
}
