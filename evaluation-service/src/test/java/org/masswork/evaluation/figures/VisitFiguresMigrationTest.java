package org.masswork.evaluation.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.MassWorkTestResource;

/**
 * The county rollups of the visits (V13) are backfilled from the visits kept before, and the visits written after are
 * counted through the deltas and the fold; the edges and quarters of the months over (V16) are counted from the days
 * kept before, and again after a late visit.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class VisitFiguresMigrationTest {

    private static final String SQL_ONLY = "filesystem:src/main/resources/db/migration";

    /** Each county day's figures and distinct households, counted from the visits; as the rollup's rows. */
    private static final String COUNTED_DAYS = """
            select county_id, visited_on, count(*), count(*) filter (where confirmed), count(distinct household_id),
                   count(*) filter (where 'POLICY_PUBLICIST' = any(roles)), count(*) filter (where 'SERVICE_PROVIDER' = any(roles))
              from household_visit group by 1, 2 order by 1, 2""";
    private static final String ROLLUP_DAYS = """
            select county_id, day, visits, confirmed, bit_count(households), policy_publicist, service_provider
              from visit_figures_county_day order by 1, 2""";
    private static final String COUNTED_MONTHS = """
            select county_id, visit_figures_month(visited_on), count(*), count(*) filter (where confirmed), count(distinct household_id),
                   count(*) filter (where 'POLICY_PUBLICIST' = any(roles)), count(*) filter (where 'SERVICE_PROVIDER' = any(roles))
              from household_visit group by 1, 2 order by 1, 2""";
    private static final String ROLLUP_MONTHS = """
            select county_id, month, visits, confirmed, bit_count(households), policy_publicist, service_provider
              from visit_figures_county_month order by 1, 2""";

    /** Per county and day of a month over with visits: the households visited from that day to the month's end, and up to it. */
    private static final String COUNTED_EDGES = """
            select m.county_id, cast(g as date),
                   (select count(distinct household_id) from household_visit v where v.county_id = m.county_id
                       and v.visited_on >= g and v.visited_on < m.month + interval '1 month'),
                   (select count(distinct household_id) from household_visit v where v.county_id = m.county_id
                       and v.visited_on >= m.month and v.visited_on <= g)
              from (select distinct county_id, visit_figures_month(visited_on) as month from household_visit
                     where visited_on < visit_figures_month(current_date)) m
             cross join generate_series(m.month, m.month + interval '1 month' - interval '1 day', interval '1 day') g
             order by 1, 2""";
    private static final String ROLLUP_EDGES = """
            select county_id, day, bit_count(since), bit_count(through) from visit_figures_county_edge order by 1, 2""";
    /** Per county and quarter over with visits: the households visited. */
    private static final String COUNTED_QUARTERS = """
            select county_id, cast(date_trunc('quarter', visited_on) as date), count(distinct household_id) from household_visit
             where date_trunc('quarter', visited_on) + interval '3 months' <= visit_figures_month(current_date)
             group by 1, 2 order by 1, 2""";
    private static final String ROLLUP_QUARTERS = """
            select county_id, quarter, bit_count(households) from visit_figures_county_quarter order by 1, 2""";

    @Test
    void shouldBackfillTheCountyDaysAndMonthsFromTheVisitsKeptBefore() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("evaluation_visit_days_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").target("11").load().migrate();
        UUID x = UUID.randomUUID();
        UUID y = UUID.randomUUID();
        UUID twice = UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            visit(sql, x, twice, "2025-01-05", true, "POLICY_PUBLICIST");
            visit(sql, x, twice, "2025-01-05", false, "SERVICE_PROVIDER");
            visit(sql, x, UUID.randomUUID(), "2025-01-05", true, "POLICY_PUBLICIST");
            visit(sql, x, twice, "2025-01-20", false, "DISPUTE_MEDIATOR");
            visit(sql, x, UUID.randomUUID(), "2025-02-10", true);
            visit(sql, y, UUID.randomUUID(), "2025-01-31", false, "SERVICE_PROVIDER");
        }

        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").target("13").load().migrate();

        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            assertThat(rows(sql, ROLLUP_DAYS)).as("the county days").hasSize(4).isEqualTo(rows(sql, COUNTED_DAYS));
            assertThat(rows(sql, ROLLUP_MONTHS)).as("the county months").hasSize(3).isEqualTo(rows(sql, COUNTED_MONTHS));
            assertThat(rows(sql, "select county_id, bit_count(households) from visit_figures_county_month where month = date '2025-01-01'"
                    + " and county_id = '" + x + "'")).containsExactly(List.of(x.toString(), "2"));
            assertThat(rows(sql, "select county_id, count(*), min(ordinal), max(ordinal) from visit_household_ordinal group by 1 order by 1"))
                    .as("each county's households numbered from 0 without gaps")
                    .containsExactlyInAnyOrder(List.of(x.toString(), "3", "0", "2"), List.of(y.toString(), "1", "0", "0"));

            visit(sql, x, UUID.randomUUID(), "2025-02-10", false, "SERVICE_PROVIDER");
            sql.execute("update household_visit set confirmed = true where county_id = '" + y + "'");
            assertThat(rows(sql, "select count(*) from visit_figures_delta")).as("a delta per visit as it is, and as it was")
                    .containsExactly(List.of("3"));
            assertThat(rows(sql, "select visit_figures_fold(100)")).containsExactly(List.of("3"));
            assertThat(rows(sql, "select count(*) from visit_figures_delta")).containsExactly(List.of("0"));
            assertThat(rows(sql, ROLLUP_DAYS)).as("the county days after a fold").isEqualTo(rows(sql, COUNTED_DAYS));
            assertThat(rows(sql, ROLLUP_MONTHS)).as("the county months after a fold").isEqualTo(rows(sql, COUNTED_MONTHS));
        }
    }

    @Test
    void shouldCountTheEdgesAndQuartersOfTheMonthsOverFromTheDaysKeptBefore() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("evaluation_visit_edges_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").target("14").load().migrate();
        UUID x = UUID.randomUUID();
        UUID y = UUID.randomUUID();
        UUID twice = UUID.randomUUID();
        List<List<String>> daysBefore;
        List<List<String>> monthsBefore;
        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            visit(sql, x, twice, "2025-01-05", true, "POLICY_PUBLICIST");
            visit(sql, x, twice, "2025-01-20", false, "SERVICE_PROVIDER");
            visit(sql, x, UUID.randomUUID(), "2025-01-20", true, "POLICY_PUBLICIST");
            visit(sql, x, UUID.randomUUID(), "2025-01-31", false, "DISPUTE_MEDIATOR");
            visit(sql, x, twice, "2025-02-28", true);
            visit(sql, y, UUID.randomUUID(), "2025-02-01", false, "SERVICE_PROVIDER");
            sql.execute("insert into household_visit (visit_id, county_id, cadre_id, station_id, township_id, household_id, visited_on,"
                    + " confirmed, roles) values (gen_random_uuid(), '" + y + "', gen_random_uuid(), gen_random_uuid(),"
                    + " gen_random_uuid(), gen_random_uuid(), current_date, true, '{}')");
            assertThat(rows(sql, "select visit_figures_fold(100)")).containsExactly(List.of("7"));
            daysBefore = rows(sql, ROLLUP_DAYS);
            monthsBefore = rows(sql, ROLLUP_MONTHS);
        }

        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").target("16").load().migrate();

        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            assertThat(rows(sql, ROLLUP_DAYS)).as("the county days as before").isEqualTo(daysBefore).isEqualTo(rows(sql, COUNTED_DAYS));
            assertThat(rows(sql, ROLLUP_MONTHS)).as("the county months as before").isEqualTo(monthsBefore)
                    .isEqualTo(rows(sql, COUNTED_MONTHS));
            assertThat(rows(sql, ROLLUP_EDGES)).as("a row per day of x's January and February and y's February")
                    .hasSize(31 + 28 + 28).isEqualTo(rows(sql, COUNTED_EDGES));
            assertThat(rows(sql, "select bit_count(since), bit_count(through) from visit_figures_county_edge where county_id = '" + x
                    + "' and day = date '2025-01-20'")).as("x's households from 20 January on, and up to it")
                    .containsExactly(List.of("3", "2"));
            assertThat(rows(sql, "select county_id, month = visit_figures_month(current_date) from visit_figures_months_due"))
                    .as("only y's month still going on is due").containsExactly(List.of(y.toString(), "t"));
            assertThat(rows(sql, ROLLUP_QUARTERS)).as("x's and y's first quarter")
                    .containsExactlyInAnyOrder(List.of(x.toString(), "2025-01-01", "3"), List.of(y.toString(), "2025-01-01", "1"))
                    .isEqualTo(rows(sql, COUNTED_QUARTERS));

            visit(sql, x, UUID.randomUUID(), "2025-01-25", false, "SERVICE_PROVIDER");
            assertThat(rows(sql, "select visit_figures_fold(100)")).containsExactly(List.of("1"));
            assertThat(rows(sql, "select count(*) from visit_figures_months_due")).as("x's January counted again").containsExactly(List.of("1"));
            assertThat(rows(sql, ROLLUP_EDGES)).as("the edges after a late visit is folded").isEqualTo(rows(sql, COUNTED_EDGES));
            assertThat(rows(sql, ROLLUP_QUARTERS)).as("the quarters after a late visit is folded").isEqualTo(rows(sql, COUNTED_QUARTERS))
                    .contains(List.of(x.toString(), "2025-01-01", "4"));
        }
    }

    private static void visit(Statement sql, UUID county, UUID household, String on, boolean confirmed, String... roles)
            throws SQLException {
        sql.execute("insert into household_visit (visit_id, county_id, cadre_id, station_id, township_id, household_id, visited_on, confirmed, roles)"
                + " values (gen_random_uuid(), '" + county + "', gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), '" + household
                + "', date '" + on + "', " + confirmed + ", '{" + String.join(",", roles) + "}')");
    }

    private static List<List<String>> rows(Statement sql, String query) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
