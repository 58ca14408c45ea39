package org.masswork.platform.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import org.masswork.platform.language.Text;

/**
 * What no text or date the services take may hold, whatever the field: PostgreSQL refuses a NUL character in text
 * and dates far outside its range (or the arithmetic on them overflows), which would be a 500. The platform applies
 * these rules to every JSON body ({@link InputJson}), every query parameter ({@link QueryParameterChecks}) and every
 * text parameter of a form or header ({@link TextParameters}), as a 400 naming the field.
 */
public final class InputRules {

    /** Dates and times from the start of 1900 to the end of 9999: every date of the county's work, and then some. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;
    public static final Text DATE_RANGE = Text.of("须为 " + FIRST_YEAR + " 年至 " + LAST_YEAR + " 年之间的日期",
            "must be a date between the years " + FIRST_YEAR + " and " + LAST_YEAR);
    public static final Text NUL = Text.of("不得包含 NUL 字符（U+0000）", "must not contain the NUL character (U+0000)");
    public static final Text NOT_UTF8 = Text.of("须为 UTF-8 编码的文本（其中有非 UTF-8 字节）",
            "must be text encoded as UTF-8 (it holds bytes that are not)");

    private static final Instant FIRST = Instant.parse(FIRST_YEAR + "-01-01T00:00:00Z").minusSeconds(18 * 3600);
    private static final Instant LAST = Instant.parse(LAST_YEAR + "-12-31T23:59:59.999999999Z").plusSeconds(18 * 3600);

    private InputRules() {
    }

    /** Why text sent in a JSON body is refused, or {@code null}. */
    public static Text refuseJsonText(String value) {
        return value != null && value.indexOf('\u0000') >= 0 ? NUL : null;
    }

    /**
     * Why text decoded from a URL or form is refused, or {@code null}: also the replacement character, which is what
     * the decoder leaves of bytes that are not UTF-8.
     */
    public static Text refuseDecodedText(String value) {
        if (value == null) {
            return null;
        }
        if (value.indexOf('\u0000') >= 0) {
            return NUL;
        }
        return value.indexOf('\uFFFD') >= 0 ? NOT_UTF8 : null;
    }

    /** Why a date or time is refused, or {@code null}. */
    public static Text refuseTemporal(Object value) {
        if (value instanceof Instant instant) {
            return instant.isBefore(FIRST) || instant.isAfter(LAST) ? DATE_RANGE : null;
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime
                || value instanceof ZonedDateTime || value instanceof YearMonth || value instanceof Year) {
            long year = ((TemporalAccessor) value).getLong(ChronoField.YEAR);
            return year < FIRST_YEAR || year > LAST_YEAR ? DATE_RANGE : null;
        }
        return null;
    }
}
