package org.masswork.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.masswork.platform.input.InvalidParameter;
import org.masswork.platform.language.Language;
import org.masswork.platform.time.CountyPeriod.RollupDays;

class CountyPeriodTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void shouldCoverFromMidnightToTheMidnightAfterTheLastDayInTheCountysZone() {
        CountyPeriod period = CountyPeriod.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"), SHANGHAI);

        assertThat(period.start()).isEqualTo(OffsetDateTime.parse("2026-01-01T00:00+08:00"));
        assertThat(period.end()).isEqualTo(OffsetDateTime.parse("2026-04-01T00:00+08:00"));
        assertThat(period.start().toInstant()).hasToString("2025-12-31T16:00:00Z");
    }

    @Test
    void shouldTakeOneDayAndAWholeLeapYearButNotADayMore() {
        LocalDate day = LocalDate.parse("2024-02-29");
        assertThat(CountyPeriod.of(day, day, SHANGHAI).end()).isEqualTo(OffsetDateTime.parse("2024-03-01T00:00+08:00"));
        assertThat(CountyPeriod.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), SHANGHAI).to())
                .isEqualTo(LocalDate.parse("2024-12-31"));

        InvalidParameter tooLong = catchThrowableOfType(
                () -> CountyPeriod.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-01-01"), SHANGHAI), InvalidParameter.class);
        assertThat(tooLong.toProblem(null, Language.EN).errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("to");
            assertThat(error.reason()).contains("366 days");
        });
    }

    @Test
    void shouldRefuseAToBeforeFromNamingTo() {
        InvalidParameter backwards = catchThrowableOfType(
                () -> CountyPeriod.of(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-01"), SHANGHAI), InvalidParameter.class);
        assertThat(backwards.toProblem(null, Language.ZH_CN).errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("to");
            assertThat(error.reason()).isEqualTo("不得早于 from");
        });
    }

    @Test
    void shouldNameInstantsAsTheRollupsDaysOnlyWhenBothAreMidnightsInTheRollupZone() {
        CountyPeriod shanghai = CountyPeriod.of(LocalDate.parse("2026-03-05"), LocalDate.parse("2026-05-09"), SHANGHAI);
        assertThat(CountyPeriod.rollupDays(shanghai.start(), shanghai.end()))
                .contains(new RollupDays(LocalDate.parse("2026-03-05"), LocalDate.parse("2026-05-10")));
        // The same instants written at another offset are the same days.
        assertThat(CountyPeriod.rollupDays(shanghai.start().withOffsetSameInstant(ZoneOffset.UTC), shanghai.end()))
                .contains(new RollupDays(LocalDate.parse("2026-03-05"), LocalDate.parse("2026-05-10")));

        CountyPeriod london = CountyPeriod.of(LocalDate.parse("2026-03-05"), LocalDate.parse("2026-05-09"), ZoneId.of("Europe/London"));
        assertThat(CountyPeriod.rollupDays(london.start(), london.end())).isEmpty();
        assertThat(CountyPeriod.rollupDays(shanghai.start(), london.end())).isEmpty();
        assertThat(CountyPeriod.rollupDays(london.start(), shanghai.end())).isEmpty();
        assertThat(CountyPeriod.rollupDays(shanghai.start().plusNanos(1), shanghai.end())).isEmpty();
    }
}
