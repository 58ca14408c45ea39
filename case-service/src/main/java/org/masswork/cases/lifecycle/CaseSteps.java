package org.masswork.cases.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.masswork.cases.casefile.CaseAccess;
import org.masswork.cases.casefile.CaseFile;
import org.masswork.cases.casefile.CaseFileRepository;
import org.masswork.cases.casefile.CaseStatus;
import org.masswork.cases.casefile.EscalationLevel;
import org.masswork.platform.language.Text;
import org.masswork.platform.persistence.InsertBatch;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.security.Role;

/**
 * How every change of a case begins and is recorded, whichever feature makes it: the case is locked,
 * the caller's scope, the client's version and the state machine are checked, and the step goes into
 * the timeline (a new row, written with the step's other new rows by the {@link InsertBatch}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseSteps {

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final InsertBatch inserts;

    CaseSteps(CaseFileRepository cases, CaseAccess access, InsertBatch inserts) {
        this.cases = cases;
        this.access = access;
        this.inserts = inserts;
    }

    /** Loads the case for a step by one of its handlers, or also by its own villager when {@code villagerMayAct}. */
    public CaseFile begin(UUID caseId, long version, CaseAction action, boolean villagerMayAct) {
        CaseFile file = cases.getForUpdate(caseId);
        if (!(villagerMayAct && access.ownCase(file))) {
            access.requireHandler(file);
        }
        if (file.version != version) {
            throw new ConflictProblem("stale-version", Text.of("诉求 %s 当前版本为 %d，而非 %d：已被他人修改，请重新加载".formatted(caseId, file.version, version), "Case %s is at version %d, not %d: someone changed it meanwhile; reload it"
                    .formatted(caseId, file.version, version)));
        }
        CaseStateMachine.next(file.status, action);
        return file;
    }

    /** Moves the case by the state machine and writes the step into the timeline. */
    public TimelineEntry apply(CaseFile file, CaseAction action, EscalationLevel toLevel, HandlingMethod method, String note) {
        CaseStatus fromStatus = file.status;
        EscalationLevel fromLevel = file.level;
        file.status = CaseStateMachine.next(file.status, action);
        file.level = toLevel;
        return record(file, action, fromStatus, fromLevel, method, note);
    }

    public TimelineEntry record(CaseFile file, CaseAction action, CaseStatus fromStatus, EscalationLevel fromLevel,
                                HandlingMethod method, String note) {
        return record(file, action, fromStatus, fromLevel, method, note, access.actor(), access.actorRole());
    }

    /**
     * A step another service's event makes, with no caller: {@code actor} names the service (the event's source).
     * The case must be locked; the state machine decides as for a caller's step.
     */
    public TimelineEntry applyFromEvent(CaseFile file, CaseAction action, String actor, String note) {
        CaseStatus fromStatus = file.status;
        file.status = CaseStateMachine.next(file.status, action);
        return record(file, action, fromStatus, file.level, null, note, actor, Role.SYSTEM);
    }

    private TimelineEntry record(CaseFile file, CaseAction action, CaseStatus fromStatus, EscalationLevel fromLevel,
                                 HandlingMethod method, String note, String actor, String actorRole) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.caseId = file.id;
        entry.at = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actor = actor;
        entry.actorRole = actorRole;
        entry.action = action;
        entry.fromStatus = fromStatus;
        entry.toStatus = file.status;
        entry.fromLevel = fromLevel;
        entry.toLevel = file.level;
        entry.method = method;
        entry.note = note;
        entry.handlerCadreId = file.handlerCadreId;
        // Every step changes the case, and so its version, also one that only adds a timeline entry.
        file.lastStepAt = entry.at;
        inserts.add(entry);
        return entry;
    }
}
