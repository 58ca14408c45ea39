package org.masswork.evaluation.round;

import java.time.LocalDate;

/** A half year, {@code 2026-H1} (January–June) or {@code 2026-H2}. */
public record HalfYear(int year, int half) {

    public static final String PATTERN = "^\\d{4}-H[12]$";
    /** A whole year ({@code 2026}) or a half year, for figures over either. */
    public static final String YEAR_OR_HALF_PATTERN = "^\\d{4}(-H[12])?$";

    public static HalfYear parse(String period) {
        return new HalfYear(Integer.parseInt(period.substring(0, 4)), period.charAt(6) - '0');
    }

    public LocalDate from() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate until() {
        return from().plusMonths(6);
    }
}
