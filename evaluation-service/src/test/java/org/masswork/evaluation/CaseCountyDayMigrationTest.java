package org.masswork.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masswork.evaluation.MigrationSql.column;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.MassWorkTestResource;

/**
 * The county days (V14) count every case fact kept before them, in Asia/Shanghai days, and every write after them
 * through the trigger's deltas, which the fold moves in.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class CaseCountyDayMigrationTest {

    private static final String SQL_ONLY = "filesystem:src/main/resources/db/migration";
    private static final String COUNTY_A = "6a1b9a37-0c7e-4f0e-9a52-1d3f1c1a0a01";
    private static final String COUNTY_B = "6a1b9a37-0c7e-4f0e-9a52-1d3f1c1a0b02";

    @Test
    void shouldCountTheCasesKeptBeforeTheCountyDaysOnceAndEveryWriteSince() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("evaluation_case_days_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").target("11").load().migrate();
        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            // Opened at 23:30 UTC on 31 March: 1 April in Shanghai. Closed, reopened, closed again, rated satisfied.
            fact(sql, COUNTY_A, "'2026-03-31T23:30:00Z'", "'2026-04-01T10:00:00+08'", "'2026-04-05T10:00:00+08'", "true",
                    "'STATION'", "'2026-04-03T10:00:00+08'", "'BASICALLY_SATISFIED'", "'2026-04-06T10:00:00+08'");
            // Closed late at the township office, then reopened: not closed; rated unsatisfied on the day it opened.
            fact(sql, COUNTY_A, "'2026-04-01T08:00:00+08'", "null", "'2026-04-02T10:00:00+08'", "false",
                    "'TOWNSHIP_OFFICE'", "'2026-04-04T10:00:00+08'", "'UNSATISFIED'", "'2026-04-01T20:00:00+08'");
            // Opened only, and one never opened here (its opening not arrived) but escalated.
            fact(sql, COUNTY_B, "'2026-04-01T00:00:00+08'", "null", "null", "null", "null", "null", "null", "null");
            fact(sql, COUNTY_B, "null", "'2026-03-31T23:59:59+08'", "null", "null", "null", "null", "null", "null");
        }

        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").load().migrate();

        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            assertThat(rows(sql, "case_county_day")).containsExactly(
                    COUNTY_A + " 2026-04-01 2 0 0 0 1 1 0",
                    COUNTY_A + " 2026-04-05 0 1 1 1 0 0 0",
                    COUNTY_A + " 2026-04-06 0 0 0 0 0 1 1",
                    COUNTY_B + " 2026-03-31 0 0 0 0 1 0 0",
                    COUNTY_B + " 2026-04-01 1 0 0 0 0 0 0");
            assertThat(rows(sql, "case_county_day_delta")).isEmpty();

            // A write since: the first case reopened after its close (no longer closed on the 5th), a new case opened.
            sql.execute("update case_fact set reopened_at = '2026-04-07T10:00:00+08' where closed_on_time");
            fact(sql, COUNTY_B, "'2026-04-05T12:00:00+08'", "null", "null", "null", "null", "null", "null", "null");
            assertThat(rows(sql, "case_county_day_delta")).containsExactly(
                    COUNTY_A + " 2026-04-05 0 -1 -1 -1 0 0 0",
                    COUNTY_B + " 2026-04-05 1 0 0 0 0 0 0");
            ResultSet folded = sql.executeQuery("select case_county_day_fold(10000)");
            assertThat(folded.next()).isTrue();
            assertThat(folded.getInt(1)).isEqualTo(2);
            assertThat(rows(sql, "case_county_day_delta")).isEmpty();
            assertThat(rows(sql, "case_county_day")).containsExactly(
                    COUNTY_A + " 2026-04-01 2 0 0 0 1 1 0",
                    COUNTY_A + " 2026-04-05 0 0 0 0 0 0 0",
                    COUNTY_A + " 2026-04-06 0 0 0 0 0 1 1",
                    COUNTY_B + " 2026-03-31 0 0 0 0 1 0 0",
                    COUNTY_B + " 2026-04-01 1 0 0 0 0 0 0",
                    COUNTY_B + " 2026-04-05 1 0 0 0 0 0 0");
        }
    }

    private static void fact(Statement sql, String county, String openedAt, String escalatedAt, String closedAt, String onTime,
                             String level, String reopenedAt, String rating, String ratedAt) throws SQLException {
        sql.execute("insert into case_fact (case_id, county_id, station_id, township_id, opened_at, escalated_at, closed_at,"
                + " closed_on_time, closed_at_level, reopened_at, rating, rated_at) values (gen_random_uuid(), '" + county
                + "', gen_random_uuid(), gen_random_uuid(), " + String.join(", ", openedAt, escalatedAt, closedAt, onTime, level,
                reopenedAt, rating, ratedAt) + ")");
    }

    /** The rows of a county-day table, one string each (county, day, counts), in the order of county and day. */
    private static List<String> rows(Statement sql, String table) throws SQLException {
        return column(sql, "select concat_ws(' ', county_id, day, received, closed, closed_on_time, closed_at_station,"
                + " escalated, rated, satisfied) from " + table + " order by county_id, day");
    }
}
