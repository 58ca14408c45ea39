package org.masswork.cadre.scope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.function.Predicate;
import org.masswork.cadre.assignment.ActiveAssignment;
import org.masswork.cadre.assignment.AssignmentRepository;
import org.masswork.cadre.county.CountyClock;
import org.masswork.platform.security.StationAssignments;

/** Who serves which station, from the assignments this service owns: a token's station claim counts only by them. */
@ApplicationScoped
public class ServingAssignments implements StationAssignments {

    private final AssignmentRepository assignments;
    private final AssignmentReadThisRequest readThisRequest;
    private final CountyClock clock;

    ServingAssignments(AssignmentRepository assignments, AssignmentReadThisRequest readThisRequest, CountyClock clock) {
        this.assignments = assignments;
        this.readThisRequest = readThisRequest;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean serves(UUID cadreId, UUID stationId) {
        Predicate<ActiveAssignment> servingToday = a -> a.serves(stationId, clock.today(a.countyId()));
        return readThisRequest.serves(cadreId, servingToday)
                .orElseGet(() -> assignments.activeAt(cadreId, stationId).filter(servingToday).isPresent());
    }
}
