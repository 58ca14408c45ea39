package org.masswork.cadre.county;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusMock;
import java.time.Clock;
import java.time.LocalDateTime;
import org.masswork.infra.County;

/**
 * The service's clock in a test: stopped at a county-local time, so a check-in is received on a day the test chooses
 * (a station day's credit window is a day after it, and the machine's date is rarely the 25th–28th). For the current
 * test only (QuarkusMock); {@link #running()} puts the real time back within it.
 */
public final class CountyClocks {

    private CountyClocks() {
    }

    public static void stoppedAt(LocalDateTime countyTime) {
        QuarkusMock.installMockForType(new CountyClock(Clock.fixed(countyTime.atZone(County.ZONE).toInstant(), County.ZONE), zones()),
                CountyClock.class);
    }

    public static void running() {
        QuarkusMock.installMockForType(new CountyClock(Clock.system(County.ZONE), zones()), CountyClock.class);
    }

    private static CountyZones zones() {
        return Arc.container().instance(CountyZones.class).get();
    }
}
