package org.masswork.evaluation.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import org.masswork.evaluation.EvaluationRules;
import org.masswork.platform.security.StationAssignments;

/**
 * Who serves which station today, from the stationings learnt from cadre-service's events: the record a cadre's
 * station claim is checked against ({@link org.masswork.platform.security.CallerScope#station()}).
 */
@ApplicationScoped
public class StationingRecord implements StationAssignments {

    private final StationingRepository stationings;
    private final EvaluationRules rules;

    StationingRecord(StationingRepository stationings, EvaluationRules rules) {
        this.stationings = stationings;
        this.rules = rules;
    }

    @Override
    @Transactional
    public boolean serves(UUID cadreId, UUID stationId) {
        return stationings.count("cadreId = ?1 and stationId = ?2 and role is not null and endedOn is null and startsOn <= ?3",
                cadreId, stationId, LocalDate.now(rules.zone())) > 0;
    }
}
