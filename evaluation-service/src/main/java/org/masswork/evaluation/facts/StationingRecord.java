package org.masswork.evaluation.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.masswork.evaluation.EvaluationRules;
import org.masswork.platform.county.KnownCounties;
import org.masswork.platform.security.StationAssignments;

/**
 * Who serves which station today, from the stationings learnt from cadre-service's events: the record a cadre's
 * station claim is checked against ({@link org.masswork.platform.security.CallerScope#station()}).
 */
@ApplicationScoped
public class StationingRecord implements StationAssignments {

    private final StationingRepository stationings;
    private final KnownCounties counties;
    private final EvaluationRules rules;

    StationingRecord(StationingRepository stationings, KnownCounties counties, EvaluationRules rules) {
        this.stationings = stationings;
        this.counties = counties;
        this.rules = rules;
    }

    /** Whether a stationing of the cadre at the station has begun by today in the station's county, and not ended. */
    @Override
    @Transactional
    public boolean serves(UUID cadreId, UUID stationId) {
        return stationings.list("cadreId = ?1 and stationId = ?2 and role is not null and endedOn is null", cadreId, stationId)
                .stream().anyMatch(stationing -> !stationing.startsOn.isAfter(counties.today(stationing.countyId, rules.zone())));
    }
}
