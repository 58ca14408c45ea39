package org.masswork.cadre.checkin;

/**
 * Whether a check-in counts: received within the credit window ({@link StationDaysConfig#creditWindow()}), or late
 * and waiting for the station leader, or late and confirmed by them.
 */
public enum CheckInCredit {
    ON_TIME("按时"),
    LATE("逾期补录,待组长确认"),
    CONFIRMED("逾期补录,组长已确认");

    private final String label;

    CheckInCredit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static CheckInCredit of(CheckIn checkIn) {
        return !checkIn.late ? ON_TIME : checkIn.confirmedBy == null ? LATE : CONFIRMED;
    }
}
