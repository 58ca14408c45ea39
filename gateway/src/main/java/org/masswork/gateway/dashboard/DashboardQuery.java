package org.masswork.gateway.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.language.Text;
import org.masswork.platform.problem.Problem;
import org.masswork.platform.problem.ProblemException;

/** A period of whole days, both included, and the county or one township. */
public record DashboardQuery(LocalDate from, LocalDate to, UUID townshipId) {

    /** Two years: a cadre's term, the span the county reports over. */
    public static final int MAX_DAYS = 731;
    /** The longest period a service's figures endpoint takes (docs/architecture.md, "Figures endpoints"). */
    static final int SERVICE_MAX_DAYS = 366;

    /** The query, or the fields that are wrong in it. */
    static DashboardQuery parse(String from, String to, String townshipId, List<ProblemException.FieldReason> errors) {
        LocalDate first = date("from", from, errors);
        LocalDate last = date("to", to, errors);
        UUID township = null;
        if (townshipId != null && !townshipId.isBlank()) {
            try {
                township = UUID.fromString(townshipId.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new ProblemException.FieldReason("townshipId", Text.of("须为 UUID", "must be a UUID")));
            }
        }
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.add(new ProblemException.FieldReason("to", Text.of("不得早于 from", "must not be before from")));
            } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
                errors.add(new ProblemException.FieldReason("to", Text.of("期间最长 " + MAX_DAYS + " 天", "the period may span at most " + MAX_DAYS + " days")));
            }
        }
        return errors.isEmpty() ? new DashboardQuery(first, last, township) : null;
    }

    /**
     * The period cut into consecutive spans of at most {@value #SERVICE_MAX_DAYS} days, both ends included, as the
     * services take them: counts of the whole period are the sums of the spans'.
     */
    List<Period> servicePeriods() {
        List<Period> periods = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(SERVICE_MAX_DAYS)) {
            LocalDate end = start.plusDays(SERVICE_MAX_DAYS - 1);
            periods.add(new Period(start, end.isAfter(to) ? to : end));
        }
        return periods;
    }

    /** Whole days, both included. */
    record Period(LocalDate from, LocalDate to) {
    }

    /** The half years ({@code 2026-H1}) the period touches: the evaluation rounds that count. */
    List<String> halfYears() {
        List<String> periods = new ArrayList<>();
        for (LocalDate start = LocalDate.of(from.getYear(), from.getMonthValue() <= 6 ? 1 : 7, 1); !start.isAfter(to);
             start = start.plusMonths(6)) {
            periods.add(start.getYear() + "-H" + (start.getMonthValue() == 1 ? 1 : 2));
        }
        return periods;
    }

    private static LocalDate date(String field, String value, List<ProblemException.FieldReason> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new ProblemException.FieldReason(field, Text.of("必填（YYYY-MM-DD）", "is required (YYYY-MM-DD)")));
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new ProblemException.FieldReason(field, Text.of("须为日期 YYYY-MM-DD", "must be a date YYYY-MM-DD")));
            return null;
        }
    }
}
