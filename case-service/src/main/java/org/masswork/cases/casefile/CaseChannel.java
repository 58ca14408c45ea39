package org.masswork.cases.casefile;

import org.masswork.platform.language.Labelled;

/** How the matter reached the station. */
public enum CaseChannel implements Labelled {
    HOUSEHOLD_VISIT("入户走访"),
    STATION_DAY_WALK_IN("驻站日来访"),
    PHONE("电话"),
    MOBILE_APP("手机应用"),
    WEB("网站"),
    COUNTY_SYSTEM("县级其他系统");

    private final String label;

    CaseChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
