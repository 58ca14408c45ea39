package org.masswork.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masswork.evaluation.MigrationSql.column;
import static org.masswork.evaluation.MigrationSql.single;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.MassWorkTestResource;

/**
 * The county months (V17) are the county days folded before them, summed per Asia/Shanghai month, and the deltas
 * still pending then are added to their days and their months by the fold, once.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class CaseCountyMonthMigrationTest {

    private static final String SQL_ONLY = "filesystem:src/main/resources/db/migration";
    private static final String COUNTY_A = "6a1b9a37-0c7e-4f0e-9a52-1d3f1c1a0a01";
    private static final String COUNTY_B = "6a1b9a37-0c7e-4f0e-9a52-1d3f1c1a0b02";
    /** The county days summed per month, in the months' form: what every county month must equal. */
    private static final String DAYS_BY_MONTH = """
            select concat_ws(' ', county_id, case_county_month_of(day), sum(received), sum(closed), sum(closed_on_time),
                             sum(closed_at_station), sum(escalated), sum(rated), sum(satisfied))
              from case_county_day group by county_id, case_county_month_of(day) order by county_id, case_county_month_of(day)""";

    @Test
    void shouldSumTheFoldedDaysIntoMonthsAndFoldThePendingDeltasIntoBothOnce() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("evaluation_case_months_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").target("15").load().migrate();
        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            // Opened at 23:30 UTC on 31 March (1 April in Shanghai), closed on time at the station on 5 April.
            fact(sql, COUNTY_A, "'2026-03-31T23:30:00Z'", "'2026-04-05T10:00:00+08'", "'STATION'", "null", "null");
            // Opened on 31 March in Shanghai, rated satisfied on 1 May.
            fact(sql, COUNTY_A, "'2026-03-31T23:30:00+08'", "null", "null", "'SATISFIED'", "'2026-05-01T00:10:00+08'");
            fact(sql, COUNTY_B, "'2026-04-30T12:00:00+08'", "null", "null", "null", "null");
            assertThat(fold(sql)).isEqualTo(5);
            // Pending when the migration runs: one more case opened in April in A, B's case rated unsatisfied in May.
            fact(sql, COUNTY_A, "'2026-04-20T10:00:00+08'", "null", "null", "null", "null");
            sql.execute("update case_fact set rating = 'UNSATISFIED', rated_at = '2026-05-02T10:00:00+08' where county_id = '"
                    + COUNTY_B + "'");
            assertThat(count(sql, "case_county_day_delta")).isEqualTo(2);
        }

        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").load().migrate();

        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            List<String> folded = List.of(
                    COUNTY_A + " 2026-03-01 1 0 0 0 0 0 0",
                    COUNTY_A + " 2026-04-01 1 1 1 1 0 0 0",
                    COUNTY_A + " 2026-05-01 0 0 0 0 0 1 1",
                    COUNTY_B + " 2026-04-01 1 0 0 0 0 0 0");
            assertThat(months(sql)).as("the days folded before, not the deltas").isEqualTo(folded).isEqualTo(column(sql, DAYS_BY_MONTH));
            assertThat(count(sql, "case_county_day_delta")).isEqualTo(2);

            assertThat(fold(sql)).isEqualTo(2);

            assertThat(count(sql, "case_county_day_delta")).isZero();
            assertThat(months(sql)).isEqualTo(List.of(
                    COUNTY_A + " 2026-03-01 1 0 0 0 0 0 0",
                    COUNTY_A + " 2026-04-01 2 1 1 1 0 0 0",
                    COUNTY_A + " 2026-05-01 0 0 0 0 0 1 1",
                    COUNTY_B + " 2026-04-01 1 0 0 0 0 0 0",
                    COUNTY_B + " 2026-05-01 0 0 0 0 0 1 0")).isEqualTo(column(sql, DAYS_BY_MONTH));

            // A write of the days but by the fold (a fold of V14's version finishing after the migration) would leave
            // the months behind: refused.
            assertThatThrownBy(() -> sql.execute("update case_county_day set received = received + 1 where county_id = '"
                    + COUNTY_B + "'")).isInstanceOf(SQLException.class).hasMessageContaining("only by case_county_day_fold");
            assertThat(months(sql)).isEqualTo(column(sql, DAYS_BY_MONTH));
        }
    }

    private static void fact(Statement sql, String county, String openedAt, String closedAt, String level, String rating,
                             String ratedAt) throws SQLException {
        sql.execute("insert into case_fact (case_id, county_id, station_id, township_id, opened_at, closed_at, closed_on_time,"
                + " closed_at_level, rating, rated_at) values (gen_random_uuid(), '" + county + "', gen_random_uuid(),"
                + " gen_random_uuid(), " + String.join(", ", openedAt, closedAt, closedAt.equals("null") ? "null" : "true",
                level, rating, ratedAt) + ")");
    }

    private static int fold(Statement sql) throws SQLException {
        return Integer.parseInt(single(sql, "select case_county_day_fold(10000)"));
    }

    private static long count(Statement sql, String table) throws SQLException {
        return Long.parseLong(single(sql, "select count(*) from " + table));
    }

    /** The county months, one string each (county, month, counts), in the order of county and month. */
    private static List<String> months(Statement sql) throws SQLException {
        return column(sql, "select concat_ws(' ', county_id, month, received, closed, closed_on_time, closed_at_station,"
                + " escalated, rated, satisfied) from case_county_month order by county_id, month");
    }
}
