package org.masswork.cadre.scope;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.masswork.cadre.assignment.ActiveAssignment;

/**
 * A cadre's active assignment (or that they have none) as a write of this request already read it with the rest of
 * what it needs: a visit reads it in the same query as the household. Whether that cadre serves a station today
 * ({@link ServingAssignments}, which the token's station claim is checked by) is then answered from it instead of
 * being asked of the database again: the same record, read in the same transaction.
 */
@RequestScoped
public class AssignmentReadThisRequest {

    private UUID cadreId;
    private Optional<ActiveAssignment> assignment = Optional.empty();

    /** What the query found of the cadre's active assignment: a cadre holds at most one. */
    public void read(UUID cadreId, Optional<ActiveAssignment> assignment) {
        this.cadreId = cadreId;
        this.assignment = assignment;
    }

    /** Whether the cadre's active assignment is a serving one, if this request read it; else empty. */
    Optional<Boolean> serves(UUID cadre, Predicate<ActiveAssignment> serving) {
        if (cadreId == null || !cadreId.equals(cadre)) {
            return Optional.empty();
        }
        return Optional.of(assignment.filter(serving).isPresent());
    }
}
