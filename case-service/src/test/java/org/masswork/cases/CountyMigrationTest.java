package org.masswork.cases;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.masswork.infra.StoredPersonalData;
import org.masswork.platform.county.Counties;

/**
 * A database written by the version before counties (migrated up to V19, one county's stations, cadres, cases,
 * deadlines and figures) is migrated: every row belongs to the default county, the figures are the same, and a new
 * row must name its county.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class CountyMigrationTest {

    private static final List<String> COUNTY_TABLES = List.of("known_station", "station_cadre", "case_file",
            "case_deadline", "case_figures_month", "case_figures_delta", "case_figures_county_month");
    private static final String CASE = "00000000-0000-0000-0000-000000000011";
    private static final String STATION = "00000000-0000-0000-0000-000000000012";
    private static final String TOWNSHIP = "00000000-0000-0000-0000-000000000013";

    @Test
    void shouldPutEveryRowWrittenBeforeCountiesInTheDefaultCounty() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("cases_county_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations("classpath:db/migration", "classpath:db/platform").target("19").load().migrate();
        try (Connection db = connect(url, infrastructure); Statement sql = db.createStatement()) {
            sql.execute("insert into known_station values ('" + STATION + "', '东沟村群众工作站', gen_random_uuid(), '东沟村',"
                    + " 'POOR', '" + TOWNSHIP + "', '城关镇', now())");
            sql.execute("insert into station_cadre (assignment_id, cadre_id, station_id, township_id, role, starts_on)"
                    + " values (gen_random_uuid(), gen_random_uuid(), '" + STATION + "', '" + TOWNSHIP + "', 'MEMBER', current_date)");
            for (String id : List.of(CASE, "00000000-0000-0000-0000-000000000014")) {
                sql.execute("insert into case_file (id, kind, channel, category, status, level, station_id, village_id,"
                        + " township_id, villager_name, description, opened_by, version, recorded_at, received_at) values ('"
                        + id + "', 'PROBLEM', 'HOUSEHOLD_VISIT', 'WATER', 'RECEIVED', 'STATION', '" + STATION + "',"
                        + " gen_random_uuid(), '" + TOWNSHIP + "', 'v1:k1:AAAA', '水管冻裂', 'cadre', 0, now(), now())");
            }
            sql.execute("insert into case_deadline values (gen_random_uuid(), '" + CASE + "', 'HANDLING', '" + STATION
                    + "', '" + TOWNSHIP + "', now() + interval '30 days', null, null)");
            // One case's figures folded into the month row, the other's still a delta.
            sql.execute("select case_figures_fold(1)");
        }
        long figures = figures(url, infrastructure);
        assertThat(figures).as("two cases counted before").isEqualTo(2);

        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations("classpath:db/migration", "classpath:db/platform").load().migrate();

        try (Connection db = connect(url, infrastructure); Statement sql = db.createStatement()) {
            for (String table : COUNTY_TABLES) {
                assertThat(StoredPersonalData.raw(db, "select string_agg(distinct county_id::text, ',') from " + table))
                        .as(table).isEqualTo(Counties.DEFAULT_ID.toString());
                assertThat(StoredPersonalData.raw(db, "select column_default from information_schema.columns"
                        + " where table_name = '" + table + "' and column_name = 'county_id'")).as(table).isNull();
            }
            assertThat(StoredPersonalData.raw(db, "select name from known_county where county_id = ?", Counties.DEFAULT_ID))
                    .isEqualTo("本县");
            assertThatThrownBy(() -> sql.execute("insert into case_figures_delta (station_id, month, township_id, cases,"
                    + " opinions, problems_solved, disputes_solved, errands, petitions, petitions_ended, closed,"
                    + " closed_at_station, on_time, on_time_known, satisfied, rated, closed_days) values (gen_random_uuid(),"
                    + " current_date, gen_random_uuid(), 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)"))
                    .as("a new row without its county").isInstanceOf(SQLException.class).hasMessageContaining("county_id");
            sql.execute("select case_figures_fold(100)");
        }
        assertThat(figures(url, infrastructure)).as("the figures are the same, folded or not").isEqualTo(figures);
    }

    private static long figures(String url, Infrastructure infrastructure) throws SQLException {
        try (Connection db = connect(url, infrastructure)) {
            return Long.parseLong(StoredPersonalData.raw(db, "select coalesce(sum(cases), 0) from case_figures_month_and_delta"));
        }
    }

    private static Connection connect(String url, Infrastructure infrastructure) throws SQLException {
        return DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
    }
}
