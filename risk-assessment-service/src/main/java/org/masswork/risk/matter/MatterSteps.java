package org.masswork.risk.matter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.language.Text;

/** Starts a step of the review: the matter locked, the caller allowed, the version current, the step legal. */
@ApplicationScoped
public class MatterSteps {

    private final MatterRepository matters;
    private final MatterAccess access;
    private final EntityManager entityManager;

    MatterSteps(MatterRepository matters, MatterAccess access, EntityManager entityManager) {
        this.matters = matters;
        this.access = access;
        this.entityManager = entityManager;
    }

    /** For a step that changes the matter: checks the version the client read and bumps it. */
    public Matter begin(UUID matterId, long version, MatterAction action) {
        Matter matter = matters.getForUpdate(matterId);
        access.requireManager(matter);
        if (matter.version != version) {
            throw new ConflictProblem("stale-version", Text.of("事项 %s 当前版本为 %d，而非 %d：已被他人修改，请重新加载".formatted(matterId, matter.version, version), "Matter %s is at version %d, not %d: someone changed it meanwhile; reload it"
                    .formatted(matterId, matter.version, version)));
        }
        MatterStateMachine.next(matter.status, action);
        entityManager.lock(matter, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return matter;
    }

    /** For a record added to the matter (a meeting, a survey): no version, but the step must be legal now. */
    public Matter beginAddition(UUID matterId, MatterAction action) {
        Matter matter = matters.getForUpdate(matterId);
        access.requireManager(matter);
        MatterStateMachine.next(matter.status, action);
        return matter;
    }

    public void apply(Matter matter, MatterAction action) {
        matter.status = MatterStateMachine.next(matter.status, action);
    }
}
