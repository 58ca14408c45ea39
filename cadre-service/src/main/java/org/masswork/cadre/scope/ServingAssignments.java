package org.masswork.cadre.scope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.masswork.cadre.assignment.AssignmentRepository;
import org.masswork.cadre.county.CountyClock;
import org.masswork.platform.security.StationAssignments;

/** Who serves which station, from the assignments this service owns: a token's station claim counts only by them. */
@ApplicationScoped
public class ServingAssignments implements StationAssignments {

    private final AssignmentRepository assignments;
    private final CountyClock clock;

    ServingAssignments(AssignmentRepository assignments, CountyClock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean serves(UUID cadreId, UUID stationId) {
        return assignments.serving(cadreId, stationId, clock.today());
    }
}
