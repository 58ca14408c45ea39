package org.masswork.infra;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The county's calendar, as the services keep it (Asia/Shanghai). Tests speak of "today" as the county
 * does: between 16:00 and 24:00 UTC the machine's date is already yesterday there.
 */
public final class County {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private County() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static YearMonth thisMonth() {
        return YearMonth.now(ZONE);
    }
}
