package org.masswork.cadre.checkin;

import org.masswork.platform.language.Labelled;

/**
 * Whether a check-in counts: received within the credit window ({@link StationDaysConfig#creditWindow()}), or late
 * and waiting for confirmation, or late and confirmed (by the station leader; the leader's own by an officer of the
 * station's township).
 */
public enum CheckInCredit implements Labelled {
    ON_TIME("按时", "On time"),
    LATE("逾期补录,待确认", "Late, awaiting confirmation"),
    CONFIRMED("逾期补录,已确认", "Late, confirmed");

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
        return !checkIn.late ? ON_TIME : checkIn.confirmedAt == null ? LATE : CONFIRMED;
    }
}
