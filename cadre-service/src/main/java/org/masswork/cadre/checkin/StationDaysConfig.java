package org.masswork.cadre.checkin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the station days' check-ins. */
@ConfigMapping(prefix = "masswork.station-days")
public interface StationDaysConfig {

    /**
     * How long after the end of its day (midnight in the county's calendar) a check-in may reach the server and still
     * count at once: the phone queues check-ins offline and sends them when it can. One received later is stored as
     * late and counts only once the station's leader confirms it. The default, one day, credits a check-in received
     * by the end of the next calendar day.
     */
    @WithDefault("P1D")
    Duration creditWindow();
}
