package org.masswork.cadre.county;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The county's calendar: station days (25th–27th) and terms are counted in local dates, not UTC. */
@ApplicationScoped
public class CountyClock {

    private final ZoneId zone;
    private final Clock clock;

    CountyClock(@ConfigProperty(name = "masswork.cadre.zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.zone = zone;
        this.clock = Clock.system(zone);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate dateOf(OffsetDateTime instant) {
        return instant.atZoneSameInstant(zone).toLocalDate();
    }

    public ZoneId zone() {
        return zone;
    }
}
