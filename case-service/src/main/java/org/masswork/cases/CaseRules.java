package org.masswork.cases;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** The county's own rules for cases; the petition time limits are the regulations' and fixed in code. */
@ConfigMapping(prefix = "masswork.cases")
public interface CaseRules {

    /** Time to resolve an opinion, problem or dispute from its receipt. */
    @WithDefault("30d")
    Duration handlingTime();

    /** Time to finish an errand by proxy when the villager names no due date. */
    @WithDefault("15d")
    Duration errandTime();

    /** An unsatisfied rating within this time of the resolution reopens the case. */
    @WithDefault("15d")
    Duration reopenWindow();

    /** The time zone of a county cadre-service has not announced (platform KnownCounties): the default county's days. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** How often the overdue job looks for deadlines that passed. */
    @WithDefault("1m")
    Duration overdueScanInterval();

    /** How often the figures' deltas are folded into the monthly rollup (figures.FiguresFoldJob). */
    @WithDefault("2s")
    Duration figuresFoldInterval();
}
