package org.masswork.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masswork.evaluation.MigrationSql.column;
import static org.masswork.evaluation.MigrationSql.single;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.MassWorkTestResource;

/**
 * The station-day rollups (V12) start with every station day the facts kept before them count, from the earliest
 * stationing to the rollups' end, per county and for the province; facts written since mark their days dirty.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class WorkFiguresRollupMigrationTest {

    private static final String SQL_ONLY = "filesystem:src/main/resources/db/migration";
    private static final String COUNTY_A = "3c0b6f0e-0000-4000-8000-00000000000a";
    private static final String COUNTY_B = "3c0b6f0e-0000-4000-8000-00000000000b";

    @Test
    void shouldFillTheRollupsWithTheStationDaysOfTheFactsKeptBefore() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("evaluation_rollup_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").target("11").load().migrate();
        String x = UUID.randomUUID().toString();
        String y = UUID.randomUUID().toString();
        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            // x: in A from 2025-01-01 on, and in B on the 26th; y: in A until the 25th; one stationing without a start.
            stationing(sql, COUNTY_A, x, "date '2025-01-01'", "null");
            stationing(sql, COUNTY_B, x, "date '2025-01-26'", "date '2025-01-26'");
            stationing(sql, COUNTY_A, y, "date '2025-01-01'", "date '2025-01-25'");
            stationing(sql, COUNTY_A, UUID.randomUUID().toString(), "null", "date '2025-03-01'");
            checkIn(sql, COUNTY_A, x, "2025-01-25");
            checkIn(sql, COUNTY_B, x, "2025-01-26");
            checkIn(sql, COUNTY_B, x, "2025-01-26");
            checkIn(sql, COUNTY_A, y, "2025-01-26");
        }

        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").load().migrate();

        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            assertThat(countyDay(sql, COUNTY_A, "2025-01-25")).as("A on the 25th: x and y due, x attended").containsExactly(2, 1);
            assertThat(countyDay(sql, COUNTY_A, "2025-01-26")).as("A on the 26th: y's stationing had ended").containsExactly(1, 0);
            assertThat(countyDay(sql, COUNTY_B, "2025-01-26")).as("B on the 26th: x, their two check-ins once").containsExactly(1, 1);
            assertThat(countyDay(sql, COUNTY_B, "2025-01-27")).containsExactly(0, 0);
            assertThat(provinceDay(sql, "2025-01-25")).containsExactly(2, 1);
            assertThat(provinceDay(sql, "2025-01-26")).as("x once, serving in both counties").containsExactly(1, 1);
            assertThat(provinceDay(sql, "2025-01-27")).containsExactly(1, 0);

            LocalDate through = LocalDate.parse(single(sql, "select through from work_figures_folded_through"));
            assertThat(through).isAfterOrEqualTo(LocalDate.now().plusDays(28));
            List<String> dueInA = column(sql, "select day from work_figures_county_day where county_id = '" + COUNTY_A
                    + "' and due > 0 order by day");
            assertThat(dueInA).as("every station day x served, up to the rollups' end").containsExactlyElementsOf(stationDays(
                    LocalDate.of(2025, 1, 1), through));
            assertThat(single(sql, "select count(*) from work_figures_dirty")).isEqualTo("0");

            checkIn(sql, COUNTY_A, x, "2025-02-25");
            checkIn(sql, COUNTY_A, x, "2025-02-24");
            sql.execute("update stationing set ended_on = date '2025-02-26' where cadre_id = '" + x + "' and county_id = '" + COUNTY_A + "'");
            assertThat(column(sql, "select county_id || ' ' || from_day || ' ' || to_day from work_figures_dirty order by 1"))
                    .as("the days the stationing's end took from it").containsExactly(COUNTY_A + " 2025-02-27 infinity");
            assertThat(column(sql, "select county_id || ' ' || day || ' ' || cadre_id from work_figures_attendance_delta"))
                    .as("a check-in on a station day, to be added (V15)").containsExactly(COUNTY_A + " 2025-02-25 " + x);
        }
    }

    private static void stationing(Statement sql, String county, String cadre, String startsOn, String endedOn) throws SQLException {
        sql.execute("insert into stationing (assignment_id, cadre_id, station_id, village_id, township_id, role, starts_on, ended_on, county_id)"
                + " values (gen_random_uuid(), '" + cadre + "', gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'MEMBER', "
                + startsOn + ", " + endedOn + ", '" + county + "')");
    }

    private static void checkIn(Statement sql, String county, String cadre, String day) throws SQLException {
        sql.execute("insert into station_day_attendance (check_in_id, cadre_id, station_id, township_id, day, county_id)"
                + " values (gen_random_uuid(), '" + cadre + "', gen_random_uuid(), gen_random_uuid(), date '" + day + "', '" + county + "')");
    }

    private static List<Integer> countyDay(Statement sql, String county, String day) throws SQLException {
        return dueAndAttended(sql, "select due, attended from work_figures_county_day where county_id = '" + county + "' and day = '" + day + "'");
    }

    private static List<Integer> provinceDay(Statement sql, String day) throws SQLException {
        return dueAndAttended(sql, "select due, attended from work_figures_province_day where day = '" + day + "'");
    }

    private static List<Integer> dueAndAttended(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            assertThat(row.next()).as(query).isTrue();
            return List.of(row.getInt(1), row.getInt(2));
        }
    }

    private static List<String> stationDays(LocalDate from, LocalDate through) {
        return from.datesUntil(through.plusDays(1)).filter(day -> day.getDayOfMonth() >= 25 && day.getDayOfMonth() <= 27)
                .map(LocalDate::toString).toList();
    }
}
