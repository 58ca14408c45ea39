package org.masswork.cadre.rotation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of rotation (驻站两年一轮). */
@ConfigMapping(prefix = "masswork.rotation")
public interface RotationConfig {

    /** A cadre is due for rotation once their two-year term has ended or ends within this many days. */
    @WithDefault("90")
    int dueWithinDays();
}
