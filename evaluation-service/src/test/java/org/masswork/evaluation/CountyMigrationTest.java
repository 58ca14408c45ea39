package org.masswork.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.platform.county.Counties;

/**
 * Rows kept before counties (V9): every one joins the default county, and the column keeps no default, so a row
 * written since must name its county.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class CountyMigrationTest {

    private static final String SQL_ONLY = "filesystem:src/main/resources/db/migration";
    private static final List<String> COUNTY_TABLES = List.of("known_station", "known_household", "stationing",
            "station_day_attendance", "household_visit", "case_fact", "evaluation_round", "supervision_review", "verdict");

    @Test
    void shouldPutEveryRowKeptBeforeCountiesInTheDefaultCountyAndLeaveNoDefaultForNewRows() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("evaluation_counties_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").target("8").load().migrate();
        String station = UUID.randomUUID().toString();
        String township = UUID.randomUUID().toString();
        String village = UUID.randomUUID().toString();
        String cadre = UUID.randomUUID().toString();
        String round = UUID.randomUUID().toString();
        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            sql.execute("insert into known_station values ('" + station + "', '" + village + "', '" + township + "')");
            sql.execute("insert into known_household values (gen_random_uuid(), '" + village + "', '" + station + "', '" + township + "')");
            sql.execute("insert into stationing values (gen_random_uuid(), '" + cadre + "', '" + station + "', '" + village + "', '"
                    + township + "', 'MEMBER', date '2025-01-01', null)");
            sql.execute("insert into station_day_attendance values (gen_random_uuid(), '" + cadre + "', '" + station + "', '"
                    + township + "', date '2025-01-25')");
            sql.execute("insert into household_visit (visit_id, cadre_id, station_id, township_id, household_id, visited_on, confirmed)"
                    + " values (gen_random_uuid(), '" + cadre + "', '" + station + "', '" + township + "', gen_random_uuid(), date '2025-01-25', true)");
            sql.execute("insert into case_fact (case_id, station_id, township_id, opened_at) values (gen_random_uuid(), '" + station
                    + "', '" + township + "', now())");
            sql.execute("insert into evaluation_round (id, period, township_id, status, representatives_per_cadre, opened_by, opened_at,"
                    + " version, recorded_at, received_at, ballots_issued) values ('" + round + "', '2025-H1', '" + township
                    + "', 'CLOSED', 10, 'county-admin', now(), 1, now(), now(), 0)");
            sql.execute("insert into supervision_review (id, station_id, township_id, month, attendance_ok, diary_ok, ledger_ok,"
                    + " case_handling_ok, score, reviewer, station_days_attended, visits, cases_opened, cases_closed,"
                    + " cases_closed_on_time, cases_escalated, version, recorded_at, received_at) values (gen_random_uuid(), '" + station
                    + "', '" + township + "', date '2025-01-01', true, true, true, true, 90, 'inspector', 3, 2, 1, 1, 1, 0, 0, now(), now())");
            sql.execute("insert into verdict (round_id, cadre_id, station_id, township_id, period, ballots_valid, objective_score, grade,"
                    + " consequence, concluded_at) values ('" + round + "', '" + cadre + "', '" + station + "', '" + township
                    + "', '2025-H1', 0, 50, 'NOT_GRADED', 'NO_ACTION', now())");
        }

        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").load().migrate();

        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            for (String table : COUNTY_TABLES) {
                ResultSet counties = sql.executeQuery("select count(*), count(*) filter (where county_id = '" + Counties.DEFAULT_ID
                        + "') from " + table);
                assertThat(counties.next()).isTrue();
                assertThat(counties.getLong(1)).as(table).isEqualTo(1);
                assertThat(counties.getLong(2)).as(table + ": the row kept before counties is the default county's").isEqualTo(1);
                ResultSet column = sql.executeQuery("select is_nullable, column_default from information_schema.columns"
                        + " where table_schema = 'public' and table_name = '" + table + "' and column_name = 'county_id'");
                assertThat(column.next()).as(table).isTrue();
                assertThat(column.getString(1)).as(table).isEqualTo("NO");
                assertThat(column.getString(2)).as(table + ": a new row must name its county").isNull();
            }
        }
    }
}
