package org.masswork.cadre.county;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The counties' calendars and the server's time: station days (25th–27th) and terms are counted in local dates, not
 * UTC, and whether a check-in came within its credit window by when the server received it. Each county's dates are
 * in its own zone ({@link CountyZones}); only figures across the province's counties, which belong to no one county,
 * are as of the zone the service is configured with (masswork.cadre.zone, the default county's).
 */
@ApplicationScoped
public class CountyClock {

    private final ZoneId zone;
    private final Clock clock;
    private final CountyZones zones;

    @Inject
    CountyClock(@ConfigProperty(name = "masswork.cadre.zone", defaultValue = "Asia/Shanghai") ZoneId zone, CountyZones zones) {
        this(Clock.system(zone), zones);
    }

    CountyClock(Clock clock, CountyZones zones) {
        this.zone = clock.getZone();
        this.clock = clock;
        this.zones = zones;
    }

    /** Today in the county's zone. */
    public LocalDate today(UUID countyId) {
        return LocalDate.now(clock.withZone(zones.of(countyId)));
    }

    /** The county's date of an instant. */
    public LocalDate dateOf(UUID countyId, OffsetDateTime instant) {
        return instant.atZoneSameInstant(zones.of(countyId)).toLocalDate();
    }

    /** The first instant of a date of the county. */
    public OffsetDateTime startOf(UUID countyId, LocalDate date) {
        return date.atStartOfDay(zones.of(countyId)).toOffsetDateTime();
    }

    /** The server's time now, in UTC and to the microsecond, as the records store it. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The same instant as {@link #now()}, at the county's offset: the time a figures report is as of. A report across
     * the province's counties (no county) is as of the configured zone's offset.
     */
    public OffsetDateTime nowInCounty(UUID countyId) {
        return now().atZoneSameInstant(countyId == null ? zone : zones.of(countyId)).toOffsetDateTime();
    }
}
