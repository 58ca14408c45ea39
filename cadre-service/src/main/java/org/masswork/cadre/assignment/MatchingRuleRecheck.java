package org.masswork.cadre.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.masswork.cadre.cadre.CadreRepository;
import org.masswork.cadre.department.DepartmentRepository;
import org.masswork.cadre.station.StationRepository;
import org.masswork.cadre.village.VillageReclassified;

/** When a village changes type, its team is checked again against the matching rule (包村原则). */
@ApplicationScoped
public class MatchingRuleRecheck {

    private final AssignmentRepository assignments;
    private final StationRepository stations;
    private final CadreRepository cadres;
    private final DepartmentRepository departments;

    MatchingRuleRecheck(AssignmentRepository assignments, StationRepository stations,
                        CadreRepository cadres, DepartmentRepository departments) {
        this.assignments = assignments;
        this.stations = stations;
        this.cadres = cadres;
        this.departments = departments;
    }

    void recheck(@Observes VillageReclassified reclassified) {
        stations.find("villageId", reclassified.villageId()).firstResultOptional().ifPresent(station -> {
            for (Assignment assignment : assignments.activeForStation(station.id)) {
                boolean matches = departments.get(cadres.get(assignment.cadreId).departmentId).kind.matches(reclassified.toType());
                if (!matches && !assignment.matchingException) {
                    assignment.matchingException = true;
                    assignment.exceptionReason = "Village reclassified from " + reclassified.fromType() + " to " + reclassified.toType();
                } else if (matches && assignment.matchingException) {
                    assignment.matchingException = false;
                    assignment.exceptionReason = null;
                }
            }
        });
    }
}
