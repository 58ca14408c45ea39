package org.masswork.cadre.checkin;

import java.time.LocalDate;
import org.masswork.platform.language.Labelled;

/** Station days are the 25th, 26th and 27th of every month (每月25–27日进站); other check-ins are extra visits. */
public enum CheckInKind implements Labelled {
    STATION_DAY("进站日"),
    EXTRA_VISIT("额外走访");

    public static final int FIRST_STATION_DAY = 25;
    public static final int LAST_STATION_DAY = 27;

    private final String label;

    CheckInKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static CheckInKind of(LocalDate date) {
        int day = date.getDayOfMonth();
        return day >= FIRST_STATION_DAY && day <= LAST_STATION_DAY ? STATION_DAY : EXTRA_VISIT;
    }
}
