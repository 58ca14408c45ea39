package org.masswork.cadre.checkin;

import org.masswork.platform.language.Labelled;

/**
 * Whether a check-in counts: received within the credit window ({@link StationDaysConfig#creditWindow()}), or late
 * and waiting for the station leader, or late and confirmed by them.
 */
public enum CheckInCredit implements Labelled {
    ON_TIME("按时", "On time"),
    LATE("逾期补录,待组长确认", "Late, awaiting the station leader's confirmation"),
    CONFIRMED("逾期补录,组长已确认", "Late, confirmed by the station leader");

    private final String label;
    private final String englishLabel;

    CheckInCredit(String label, String englishLabel) {
        this.label = label;
        this.englishLabel = englishLabel;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String englishLabel() {
        return englishLabel;
    }

    static CheckInCredit of(CheckIn checkIn) {
        return !checkIn.late ? ON_TIME : checkIn.confirmedBy == null ? LATE : CONFIRMED;
    }
}
