package org.masswork.cadre.county;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The county's calendar and the server's time: station days (25th–27th) and terms are counted in local dates, not
 * UTC, and whether a check-in came within its credit window by when the server received it.
 */
@ApplicationScoped
public class CountyClock {

    private final ZoneId zone;
    private final Clock clock;

    @Inject
    CountyClock(@ConfigProperty(name = "masswork.cadre.zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this(Clock.system(zone));
    }

    CountyClock(Clock clock) {
        this.zone = clock.getZone();
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The server's time now, in UTC and to the microsecond, as the records store it. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** The same instant as {@link #now()}, at the county's offset: the time a figures report is as of. */
    public OffsetDateTime nowInCounty() {
        return now().atZoneSameInstant(zone).toOffsetDateTime();
    }

    public LocalDate dateOf(OffsetDateTime instant) {
        return instant.atZoneSameInstant(zone).toLocalDate();
    }

    /** The first instant of a county date. */
    public OffsetDateTime startOf(LocalDate date) {
        return date.atStartOfDay(zone).toOffsetDateTime();
    }

    public ZoneId zone() {
        return zone;
    }
}
