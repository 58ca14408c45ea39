package org.masswork.evaluation.figures;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.masswork.platform.problem.InvalidInputProblem;

/** The {@code month} query parameter, {@code 2026-05}. */
public final class Months {

    public static final String PATTERN = "^\\d{4}-(0[1-9]|1[0-2])$";

    private Months() {
    }

    public static YearMonth parse(String field, String value) {
        if (value == null) {
            throw new InvalidInputProblem(field, "required, like 2026-05");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputProblem(field, "a month like 2026-05");
        }
    }
}
