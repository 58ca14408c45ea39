package org.masswork.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masswork.cases.RollupMigrationSql.connect;
import static org.masswork.cases.RollupMigrationSql.count;
import static org.masswork.cases.RollupMigrationSql.differences;
import static org.masswork.cases.RollupMigrationSql.fileCase;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.StoredPersonalData;
import org.masswork.platform.county.Counties;

/**
 * A database of the version before the county months (migrated up to V21: two counties' cases over two months, folded
 * into the station months, and steps on them still deltas) is migrated: the county months are the sums of
 * the station months folded before, every county month reads the same from either rollup with its deltas, a fold of
 * the version before (or any write of the station months but the fold's) is refused, and the fold keeps both.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class CountyMonthMigrationTest {

    private static final String OTHER_COUNTY = "00000000-0000-0000-0000-000000000021";
    private static final String COUNTS = """
            sum(cases), sum(opinions), sum(problems_solved), sum(disputes_solved), sum(errands), sum(petitions),
            sum(petitions_ended), sum(closed), sum(closed_at_station), sum(on_time), sum(on_time_known), sum(satisfied),
            sum(rated), sum(closed_days)""";
    private static final String STATION_MONTHS = "select county_id, month, " + COUNTS
            + " from case_figures_month group by county_id, month";
    private static final String STATION_MONTHS_AND_DELTAS = "select county_id, month, " + COUNTS
            + " from case_figures_month_and_delta group by county_id, month";
    private static final String COUNTY_MONTHS = "select county_id, month, " + COUNTS
            + " from case_figures_county_month group by county_id, month";
    private static final String COUNTY_MONTHS_AND_DELTAS = "select county_id, month, " + COUNTS
            + " from case_figures_county_month_and_delta group by county_id, month";
    /** The fold of V20 (a pod of the version before runs it), the station months alone. */
    private static final String FOLD_OF_THE_VERSION_BEFORE = """
            with folded as (
                delete from case_figures_delta returning *
            )
            insert into case_figures_month as f (county_id, station_id, month, township_id, cases, opinions,
                                                 problems_solved, disputes_solved, errands, petitions, petitions_ended,
                                                 closed, closed_at_station, on_time, on_time_known, satisfied, rated,
                                                 closed_days)
            select county_id, station_id, month, (array_agg(township_id))[1],""" + COUNTS + """

            from folded
            group by county_id, station_id, month
            on conflict (county_id, station_id, month) do update set cases = f.cases + excluded.cases
            """;

    @Test
    void shouldBackfillTheCountyMonthsFromTheStationMonthsAndKeepBothByTheFoldOnly() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("cases_county_month_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations("classpath:db/migration", "classpath:db/platform").target("21").load().migrate();
        try (Connection db = connect(url, infrastructure); Statement sql = db.createStatement()) {
            String defaultCounty = Counties.DEFAULT_ID.toString();
            String east = UUID.randomUUID().toString();
            String west = UUID.randomUUID().toString();
            String other = UUID.randomUUID().toString();
            fileCase(sql, defaultCounty, east, "PROBLEM", "2026-01-05 10:00+08");
            fileCase(sql, defaultCounty, east, "OPINION", "2026-01-31 23:30+08");
            fileCase(sql, defaultCounty, west, "ERRAND", "2026-02-01 00:30+08");
            String closed = fileCase(sql, defaultCounty, west, "PROBLEM", "2026-02-14 09:00+08");
            fileCase(sql, OTHER_COUNTY, other, "DISPUTE", "2026-01-20 15:00+08");
            String rated = fileCase(sql, OTHER_COUNTY, other, "PROBLEM", "2026-02-02 08:00+08");
            sql.execute("select case_figures_fold(100)");
            // Steps not yet folded: each appends the case taken away as it was and added as it is.
            sql.execute("update case_file set status = 'CLOSED', closed_at = recorded_at + interval '3 days 6 hours',"
                    + " closed_at_level = 'STATION', on_time = true where id = '" + closed + "'");
            sql.execute("update case_file set status = 'CLOSED', closed_at = recorded_at + interval '40 days',"
                    + " closed_at_level = 'TOWNSHIP_OFFICE', on_time = false, satisfaction = 'SATISFIED' where id = '" + rated + "'");
        }
        String figuresBefore = figures(url, infrastructure, STATION_MONTHS_AND_DELTAS);

        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations("classpath:db/migration", "classpath:db/platform").load().migrate();

        try (Connection db = connect(url, infrastructure); Statement sql = db.createStatement()) {
            assertThat(count(db, "select count(*) from case_figures_delta")).as("deltas left to the next fold").isPositive();
            assertThat(count(db, "select count(*) from case_figures_county_month")).as("two counties, two months").isEqualTo(4);
            assertThat(differences(db, COUNTY_MONTHS, STATION_MONTHS)).as("the county months backfilled").isZero();
            assertThat(figures(url, infrastructure, COUNTY_MONTHS_AND_DELTAS)).isEqualTo(figuresBefore);

            long deltas = count(db, "select count(*) from case_figures_delta");
            assertThatThrownBy(() -> sql.execute(FOLD_OF_THE_VERSION_BEFORE)).as("a fold of the station months alone")
                    .isInstanceOf(SQLException.class).hasMessageContaining("case_figures_county_month");
            assertThatThrownBy(() -> sql.execute("update case_figures_month set cases = cases + 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("case_figures_fold");
            assertThat(count(db, "select count(*) from case_figures_delta")).isEqualTo(deltas);
            assertThat(differences(db, COUNTY_MONTHS, STATION_MONTHS)).isZero();

            sql.execute("select case_figures_fold(100)");
            assertThat(count(db, "select count(*) from case_figures_delta")).isZero();
            assertThat(differences(db, COUNTY_MONTHS, STATION_MONTHS)).as("the fold keeps both").isZero();
        }
        assertThat(figures(url, infrastructure, COUNTY_MONTHS_AND_DELTAS)).isEqualTo(figuresBefore);
        assertThat(figures(url, infrastructure, STATION_MONTHS_AND_DELTAS)).isEqualTo(figuresBefore);
    }

    /** Every county month's figures, in key order, as one text. */
    private static String figures(String url, Infrastructure infrastructure, String query) throws SQLException {
        try (Connection db = connect(url, infrastructure)) {
            return StoredPersonalData.raw(db, "select string_agg(m::text, '; ' order by m.county_id, m.month) from ("
                    + query + ") m");
        }
    }
}
