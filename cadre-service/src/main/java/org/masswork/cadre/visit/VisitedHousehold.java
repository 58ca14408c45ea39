package org.masswork.cadre.visit;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.masswork.cadre.assignment.ActiveAssignment;

/**
 * Where a household lies, with the visiting cadre's active assignment (wherever it is, or none), read in one query
 * ({@link VisitRepository#householdFor}): no personal data of the household is read.
 */
public record VisitedHousehold(UUID id, UUID countyId, UUID stationId, UUID villageId, UUID townshipId,
                               UUID assignmentCadreId, UUID assignmentCountyId, UUID assignmentStationId, UUID assignmentTownshipId,
                               LocalDate assignmentStartsOn) {

    public Optional<ActiveAssignment> cadreAssignment() {
        return assignmentCadreId == null ? Optional.empty()
                : Optional.of(new ActiveAssignment(assignmentCadreId, assignmentCountyId, assignmentStationId, assignmentTownshipId, assignmentStartsOn));
    }
}
