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
import java.util.concurrent.CompletableFuture;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.StoredPersonalData;
import org.masswork.platform.county.Counties;

/**
 * A database of the version before the county days (migrated up to V22: two counties' cases, folded, steps and a
 * petition's outcome still deltas) is migrated while a filing is in flight and another waits: the county days are
 * the cases' figures by day, the deltas from before it (which name no day) are not counted twice, the filing that
 * waited names its day, a fold of the version before is refused, and the fold keeps the days the days of the months.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class CountyDayMigrationTest {

    private static final String OTHER_COUNTY = "00000000-0000-0000-0000-000000000022";
    private static final String COUNTS = """
            sum(cases), sum(opinions), sum(problems_solved), sum(disputes_solved), sum(errands), sum(petitions),
            sum(petitions_ended), sum(closed), sum(closed_at_station), sum(on_time), sum(on_time_known), sum(satisfied),
            sum(rated), sum(closed_days)""";
    /** Each county day's figures counted from its cases, as the figures' edges count them. */
    private static final String CASES_BY_DAY = """
            select c.county_id, (c.recorded_at at time zone 'Asia/Shanghai')::date as day, sum(k.cases), sum(k.opinions),
                   sum(k.problems_solved), sum(k.disputes_solved), sum(k.errands), sum(k.petitions), sum(k.petitions_ended),
                   sum(k.closed), sum(k.closed_at_station), sum(k.on_time), sum(k.on_time_known), sum(k.satisfied),
                   sum(k.rated), sum(k.closed_days)
            from case_file c left join petition p on p.case_id = c.id
            cross join lateral case_figures_counts(1, c.kind, c.status, c.closed_at_level, c.on_time, c.satisfaction,
                                                   c.closed_at, c.recorded_at, p.outcome = 'ENDED_SATISFIED') k
            group by 1, 2""";
    private static final String COUNTY_DAYS = "select county_id, day, " + COUNTS + " from case_figures_county_day group by 1, 2";
    private static final String COUNTY_DAYS_AND_DELTAS = "select county_id, day, " + COUNTS
            + " from case_figures_county_day_and_delta group by 1, 2";
    private static final String COUNTY_DAYS_BY_MONTH = "select county_id, date_trunc('month', day)::date, " + COUNTS
            + " from case_figures_county_day group by 1, 2";
    private static final String COUNTY_MONTHS = "select county_id, month, " + COUNTS + " from case_figures_county_month group by 1, 2";

    @Test
    void shouldCountTheCountyDaysFromTheCasesOnceWhileFilingsWaitForTheMigration() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("cases_county_day_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations("classpath:db/migration", "classpath:db/platform").target("22").load().migrate();
        String defaultCounty = Counties.DEFAULT_ID.toString();
        String east = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        try (Connection db = connect(url, infrastructure); Statement sql = db.createStatement()) {
            fileCase(sql, defaultCounty, east, "PROBLEM", "2026-01-05 10:00+08");
            fileCase(sql, defaultCounty, east, "OPINION", "2026-01-05 23:30+08");
            String closed = fileCase(sql, defaultCounty, east, "PROBLEM", "2026-01-31 23:59+08");
            String petition = fileCase(sql, OTHER_COUNTY, other, "PETITION", "2026-02-01 00:01+08");
            sql.execute("select case_figures_fold(100)");
            // Not yet folded when the migration runs: deltas without a day.
            sql.execute("update case_file set status = 'CLOSED', closed_at = recorded_at + interval '3 days 6 hours',"
                    + " closed_at_level = 'STATION', on_time = true where id = '" + closed + "'");
            sql.execute("insert into petition (case_id, mode, outcome) values ('" + petition + "', 'BY_PROXY', 'ENDED_SATISFIED')");
        }

        try (Connection inFlight = connect(url, infrastructure); Statement filing = inFlight.createStatement();
             Connection waiting = connect(url, infrastructure); Statement waitingFiling = waiting.createStatement()) {
            inFlight.setAutoCommit(false);
            fileCase(filing, OTHER_COUNTY, other, "ERRAND", "2026-02-03 09:00+08");
            CompletableFuture<Void> migration = CompletableFuture.runAsync(() ->
                    Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                            .locations("classpath:db/migration", "classpath:db/platform").load().migrate());
            awaitWaitingForALock(url, infrastructure, "lock table case_file");
            CompletableFuture<String> afterMigration = CompletableFuture.supplyAsync(() -> {
                try {
                    return fileCase(waitingFiling, defaultCounty, east, "DISPUTE", "2026-01-05 12:00+08");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitWaitingForALock(url, infrastructure, "insert into case_file");
            inFlight.commit();
            migration.join();
            afterMigration.join();

            try (Connection db = connect(url, infrastructure)) {
                assertThat(count(db, "select count(*) from case_figures_delta where day is null"))
                        .as("the step's and the petition's two each, and the in-flight filing's").isEqualTo(5);
                assertThat(StoredPersonalData.raw(db, "select string_agg(day::text, ',') from case_figures_delta where day is not null"))
                        .as("the filing that waited for the migration names its day").isEqualTo("2026-01-05");
            }
        }

        try (Connection db = connect(url, infrastructure); Statement sql = db.createStatement()) {
            assertThat(count(db, "select count(*) from case_figures_county_day")).as("two county days a county").isEqualTo(4);
            assertThat(differences(db, COUNTY_DAYS_AND_DELTAS, CASES_BY_DAY)).as("each change counted once").isZero();

            db.setAutoCommit(false);
            sql.execute("select set_config('masswork.figures_fold', 'station-and-county-months', true)");
            assertThatThrownBy(() -> sql.execute("update case_figures_month set cases = cases"))
                    .as("a fold of the version before").isInstanceOf(SQLException.class)
                    .hasMessageContaining("case_figures_county_day");
            db.rollback();
            db.setAutoCommit(true);

            sql.execute("select case_figures_fold(100)");
            assertThat(count(db, "select count(*) from case_figures_delta")).isZero();
            assertThat(differences(db, COUNTY_DAYS, CASES_BY_DAY)).as("the days folded").isZero();
            assertThat(differences(db, COUNTY_DAYS_BY_MONTH, COUNTY_MONTHS)).as("the days of the months").isZero();
        }
    }

    /** Waits until a session runs the statement (after any comments Flyway sends with it) and waits for a lock. */
    private static void awaitWaitingForALock(String url, Infrastructure infrastructure, String statement) throws Exception {
        try (Connection db = connect(url, infrastructure)) {
            for (int i = 0; i < 600; i++) {
                if (count(db, "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%"
                        + statement + "%'") > 0) {
                    return;
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("no session waits in " + statement);
    }
}
