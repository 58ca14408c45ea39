package org.masswork.risk.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.masswork.risk.RiskRules;

/**
 * Each county's days: those of its own zone as cadre-service announced it (CountyRegistered), or of the service's
 * configured zone ({@code masswork.risk.zone}) for a county not known here, such as the default county.
 */
@ApplicationScoped
public class CountyCalendar {

    private final KnownCountyRepository counties;
    private final RiskRules rules;

    CountyCalendar(KnownCountyRepository counties, RiskRules rules) {
        this.counties = counties;
        this.rules = rules;
    }

    public ZoneId zoneOf(UUID countyId) {
        return counties.findByIdOptional(countyId).map(county -> ZoneId.of(county.zone)).orElse(rules.zone());
    }

    public LocalDate today(UUID countyId) {
        return LocalDate.now(zoneOf(countyId));
    }

    /** The zone of the counties not known here, for queries that read the known ones' zones themselves. */
    public ZoneId defaultZone() {
        return rules.zone();
    }
}
