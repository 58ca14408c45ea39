package org.masswork.evaluation.county;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.masswork.evaluation.EvaluationRules;

/**
 * The zone a county's days, months and half years are counted in: its own, as cadre-service registered it, or the
 * service's configured zone for a county not known yet (the default county, registered before counties had zones).
 */
@ApplicationScoped
public class CountyZones {

    private final KnownCountyRepository counties;
    private final EvaluationRules rules;

    CountyZones(KnownCountyRepository counties, EvaluationRules rules) {
        this.counties = counties;
        this.rules = rules;
    }

    public ZoneId zone(UUID countyId) {
        return counties.findByIdOptional(countyId).map(c -> ZoneId.of(c.zone)).orElse(rules.zone());
    }

    public LocalDate today(UUID countyId) {
        return LocalDate.now(zone(countyId));
    }
}
