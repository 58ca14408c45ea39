package org.masswork.evaluation.figures;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.language.Text;

/** The {@code month} query parameter, {@code 2026-05}. */
public final class Months {

    public static final String PATTERN = "^\\d{4}-(0[1-9]|1[0-2])$";

    private Months() {
    }

    public static YearMonth parse(String field, String value) {
        if (value == null) {
            throw new InvalidInputProblem(field, Text.of("必填，格式如 2026-05", "required, like 2026-05"));
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputProblem(field, Text.of("须为月份，格式如 2026-05", "a month like 2026-05"));
        }
    }
}
