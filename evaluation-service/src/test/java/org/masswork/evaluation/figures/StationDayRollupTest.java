package org.masswork.evaluation.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masswork.evaluation.round.RoundFixtures.count;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.UpstreamEvents;
import org.masswork.evaluation.UpstreamEvents.Place;
import org.masswork.infra.Await;
import org.masswork.infra.MassWorkTestResource;

/**
 * The whole counties' and the province's station days are read from the rollups (V12) and equal what the facts give
 * counted live, whether the changes are folded yet or not: two counties, a cadre stationed in both on one station day,
 * a check-in twice a day, a stationing without a start, and a cadre moving to the other county after their check-ins.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class StationDayRollupTest {

    /** A month no other test counts in, with its station days the 25th to the 27th. */
    private static final Period MARCH_2021 = Period.month(YearMonth.of(2021, 3), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Inject
    FiguresQueries queries;

    @Inject
    WorkFiguresFoldJob fold;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Test
    void shouldCountWholeCountiesAndTheProvinceFromTheRollupsAsFromTheFactsBeforeAndAfterTheFold() throws SQLException {
        WorkFigures provinceBefore = province();
        UUID countyA = UUID.randomUUID();
        UUID countyB = UUID.randomUUID();
        UpstreamEvents inA = new UpstreamEvents(countyA);
        UpstreamEvents inB = new UpstreamEvents(countyB);
        Place a = inA.station();
        Place b = inB.station();
        UUID x = UUID.randomUUID();
        UUID y = UUID.randomUUID();
        UUID z = UUID.randomUUID();
        UUID noStart = UUID.randomUUID();
        inA.assigned(x, a, march(1).minusMonths(2));
        UUID xAtB = inB.assigned(x, b, march(26));
        inB.ended(xAtB, x, b, march(26));
        UUID yAtA = inA.assigned(y, a, march(1).minusMonths(2));
        inB.assigned(z, b, march(26));
        inA.ended(UUID.randomUUID(), noStart, a, march(1).plusMonths(3));
        inA.attended(x, a, march(25));
        inB.attended(x, b, march(26));
        inA.attended(y, a, march(25));
        inA.attended(y, a, march(25));
        inA.attended(y, a, march(26));
        inA.attended(y, a, march(27));
        inB.attended(z, b, march(27));
        inA.send();
        inB.send();
        String cadres = "'%s', '%s', '%s', '%s'".formatted(x, y, z, noStart);
        Await.until("the facts are kept", Duration.ofSeconds(30), () ->
                count(entityManager, "select count(*) from stationing where cadre_id in (" + cadres + ")") == 5
                        && count(entityManager, "select count(*) from stationing where cadre_id = '" + x + "' and ended_on is not null") == 1
                        && count(entityManager, "select count(*) from station_day_attendance where cadre_id in (" + cadres + ")") == 7);

        foldAll(countyA, countyB);

        assertThat(rollupDay(countyA, march(27))).as("the 27th in county A: x and y due, y attended").containsExactly(2, 1);
        // A: x and y due on the 25th-27th (the cadre without a start owes nothing), attended by both on the 25th (y's two
        // check-ins once) and by y on the 26th and 27th. B: x on the 26th, z on the 26th and 27th; x's check-in and z's.
        assertCounty(countyA, 6, 4);
        assertCounty(countyB, 3, 2);
        // The province counts x once on the 26th, stationed in both counties: 2 + 3 + 3 due, not 6 + 3.
        assertProvince(provinceBefore, 8, 6);
        assertAsCountedFromTheFacts(countyA, countyB);

        List<WorkFigures> beforeTheFold;
        try (Connection otherFold = dataSource.getConnection()) {
            holdTheFold(otherFold);
            inA.ended(yAtA, y, a, march(26));
            inB.assigned(y, b, march(27));
            inA.send();
            inB.send();
            Await.until("y moved to county B", Duration.ofSeconds(30), () ->
                    count(entityManager, "select count(*) from stationing where cadre_id = '" + y + "' and county_id = '" + countyB + "'") == 1
                            && count(entityManager, "select count(*) from stationing where cadre_id = '" + y + "' and ended_on is not null") == 1);
            assertThat(dirty(countyA)).as("the move waits for the fold").isPositive();
            assertThat(fold.fold()).as("another fold holds the rollups").isZero();
            assertThat(rollupDay(countyA, march(27))).as("not folded yet").containsExactly(2, 1);

            // A: y no longer due on the 27th, and their check-in there no longer counts; B: y due on the 27th, not
            // attended there (their check-in was in A). The province: y's check-in in A on the 27th counts while they
            // serve in B, so it stays at 8 and 6, where the counties' rows summed say 9 and 5.
            assertCounty(countyA, 5, 3);
            assertCounty(countyB, 4, 2);
            assertProvince(provinceBefore, 8, 6);
            beforeTheFold = List.of(county(countyA), county(countyB), province());
            otherFold.rollback();
        }
        assertAsCountedFromTheFacts(countyA, countyB);

        foldAll(countyA, countyB);

        assertThat(rollupDay(countyA, march(27))).containsExactly(1, 0);
        assertThat(List.of(county(countyA), county(countyB), province())).as("after the fold as before it").isEqualTo(beforeTheFold);
        assertAsCountedFromTheFacts(countyA, countyB);
    }

    @Test
    void shouldAddCheckInsToTheRollupsWithoutRecountingTheirDay() {
        WorkFigures provinceBefore = province();
        UUID countyC = UUID.randomUUID();
        UUID countyD = UUID.randomUUID();
        UpstreamEvents inC = new UpstreamEvents(countyC);
        UpstreamEvents inD = new UpstreamEvents(countyD);
        Place c = inC.station();
        Place otherInC = inC.station();
        Place d = inD.station();
        UUID p = UUID.randomUUID();
        UUID q = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        inC.assigned(p, c, march(1).minusMonths(2));
        inC.assigned(q, c, march(1).minusMonths(2));
        inD.assigned(UUID.randomUUID(), d, march(1).minusMonths(2));
        inC.send();
        inD.send();
        Await.until("the stationings are kept", Duration.ofSeconds(30), () ->
                count(entityManager, "select count(*) from stationing where county_id in ('" + countyC + "', '" + countyD + "')") == 3);
        foldAll(countyC, countyD);

        // p checks in twice on the 25th, at two stations of C, and on the 26th in D, where they are not stationed (the
        // province counts it, D does not); q on the 25th; a cadre whose stationing has not arrived yet on the 27th.
        inC.attended(p, c, march(25));
        inC.attended(p, otherInC, march(25));
        inD.attended(p, d, march(26));
        inC.attended(q, c, march(25));
        inC.attended(late, c, march(27));
        inC.send();
        inD.send();
        Await.until("the check-ins are kept", Duration.ofSeconds(30), () ->
                count(entityManager, "select count(*) from station_day_attendance where county_id in ('" + countyC + "', '" + countyD + "')") == 5);

        assertThat(dirty(countyC) + dirty(countyD)).as("no day left to recount").isZero();
        assertThat(deltas(countyC) + deltas(countyD)).as("a delta per check-in").isEqualTo(5);
        assertThat(rollupDay(countyC, march(25))).as("not folded yet").containsExactly(2, 0);
        assertCounty(countyC, 6, 2);
        assertProvince(provinceBefore, 9, 3);
        assertAsCountedFromTheFacts(countyC, countyD);

        // Folded one delta at a time, in whatever order: each fold leaves the figures as they were.
        Await.until("the check-ins are folded one by one", Duration.ofSeconds(30), () -> {
            QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("select work_figures_fold(1)").getSingleResult());
            assertCounty(countyC, 6, 2);
            assertProvince(provinceBefore, 9, 3);
            return deltas(countyC) + deltas(countyD) == 0;
        });
        assertThat(rollupDay(countyC, march(25))).containsExactly(2, 2);
        assertThat(rollupDay(countyC, march(27))).as("the late cadre is not due yet").containsExactly(2, 0);
        assertAsCountedFromTheFacts(countyC, countyD);

        // q checks in again on the 25th, already counted; the late cadre's stationing arrives.
        inC.attended(q, otherInC, march(25));
        inC.assigned(late, c, march(1).minusMonths(2));
        inC.send();
        Await.until("the second check-in and the stationing are kept", Duration.ofSeconds(30), () ->
                count(entityManager, "select count(*) from station_day_attendance where county_id = '" + countyC + "'") == 5
                        && count(entityManager, "select count(*) from stationing where cadre_id = '" + late + "'") == 1);
        assertCounty(countyC, 9, 3);
        assertProvince(provinceBefore, 12, 4);
        assertAsCountedFromTheFacts(countyC, countyD);

        foldAll(countyC, countyD);

        assertThat(rollupDay(countyC, march(25))).containsExactly(3, 2);
        assertThat(rollupDay(countyC, march(27))).containsExactly(3, 1);
        assertCounty(countyC, 9, 3);
        assertProvince(provinceBefore, 12, 4);
        assertAsCountedFromTheFacts(countyC, countyD);
    }

    @Test
    void shouldCountTheDaysTheRollupsGainWhenTheFoldMovesTheirEnd() {
        UUID countyE = UUID.randomUUID();
        UpstreamEvents inE = new UpstreamEvents(countyE);
        inE.assigned(UUID.randomUUID(), inE.station(), march(1));
        inE.send();
        Await.until("the stationing is kept", Duration.ofSeconds(30), () ->
                count(entityManager, "select count(*) from stationing where county_id = :t", countyE) == 1);
        foldAll(countyE);

        QuarkusTransaction.begin();
        try {
            LocalDate end = (LocalDate) entityManager.createNativeQuery("select through from work_figures_folded_through", LocalDate.class)
                    .getSingleResult();
            LocalDate twoMonthsBefore = end.withDayOfMonth(1).minusMonths(1).minusDays(1);
            entityManager.createNativeQuery("update work_figures_folded_through set through = :before")
                    .setParameter("before", twoMonthsBefore).executeUpdate();
            entityManager.createNativeQuery("delete from work_figures_county_day where county_id = :county and day > :before")
                    .setParameter("county", countyE).setParameter("before", twoMonthsBefore).executeUpdate();

            assertThat(((Number) entityManager.createNativeQuery("select work_figures_fold(10000)").getSingleResult()).intValue())
                    .as("the new days, left dirty and recounted").isPositive();

            assertThat(entityManager.createNativeQuery("select through from work_figures_folded_through", LocalDate.class).getSingleResult())
                    .isEqualTo(end);
            @SuppressWarnings("unchecked")
            List<LocalDate> due = entityManager.createNativeQuery(
                            "select day from work_figures_county_day where county_id = :county and day > :before and due = 1 order by day", LocalDate.class)
                    .setParameter("county", countyE).setParameter("before", twoMonthsBefore).getResultList();
            LocalDate firstGained = end.withDayOfMonth(1).minusMonths(1);
            assertThat(due).as("the station days of the two months the rollups gained").containsExactly(
                    firstGained.withDayOfMonth(25), firstGained.withDayOfMonth(26), firstGained.withDayOfMonth(27),
                    end.withDayOfMonth(25), end.withDayOfMonth(26), end.withDayOfMonth(27));
            assertThat(((Number) entityManager.createNativeQuery("select count(*) from work_figures_dirty where county_id = :county")
                    .setParameter("county", countyE).getSingleResult()).longValue()).isZero();
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** The county's row, the county's among every county's rows, and the province's narrowed to the county. */
    private void assertCounty(UUID countyId, int due, int attended) {
        WorkFigures row = county(countyId);
        assertThat(row.stationDaysDue()).as("due").isEqualTo(due);
        assertThat(row.stationDaysAttended()).as("attended").isEqualTo(attended);
        assertThat(rows(FiguresGrouping.COUNTY, none())).as("a row per county").contains(row);
        assertThat(rows(FiguresGrouping.PROVINCE, new Narrowing(countyId, null, null, null)).get(0))
                .as("the province narrowed to the county").extracting(WorkFigures::stationDaysDue, WorkFigures::stationDaysAttended)
                .containsExactly(due, attended);
    }

    private void assertProvince(WorkFigures before, int addedDue, int addedAttended) {
        WorkFigures row = province();
        assertThat(row.stationDaysDue() - before.stationDaysDue()).as("due").isEqualTo(addedDue);
        assertThat(row.stationDaysAttended() - before.stationDaysAttended()).as("attended").isEqualTo(addedAttended);
    }

    /** The rows read from the rollups equal the rows counted from the facts, row for row. */
    private void assertAsCountedFromTheFacts(UUID... counties) {
        for (UUID countyId : counties) {
            Narrowing narrowing = new Narrowing(countyId, null, null, null);
            assertThat(rows(FiguresGrouping.COUNTY, narrowing)).isEqualTo(live(FiguresGrouping.COUNTY, narrowing));
        }
        assertThat(rows(FiguresGrouping.COUNTY, none())).isEqualTo(live(FiguresGrouping.COUNTY, none()));
        assertThat(province()).isEqualTo(live(FiguresGrouping.PROVINCE, none()).get(0));
    }

    private WorkFigures county(UUID countyId) {
        List<WorkFigures> rows = rows(FiguresGrouping.COUNTY, new Narrowing(countyId, null, null, null));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private WorkFigures province() {
        return rows(FiguresGrouping.PROVINCE, none()).get(0);
    }

    private List<WorkFigures> rows(FiguresGrouping groupBy, Narrowing narrowing) {
        return QuarkusTransaction.requiringNew().call(() -> queries.rows(groupBy, narrowing, MARCH_2021, TODAY));
    }

    /** The rows counted from the facts: the rollups said to end before the period, in a transaction rolled back. */
    private List<WorkFigures> live(FiguresGrouping groupBy, Narrowing narrowing) {
        QuarkusTransaction.begin();
        try {
            entityManager.createNativeQuery("update work_figures_folded_through set through = :before")
                    .setParameter("before", MARCH_2021.from()).executeUpdate();
            return queries.rows(groupBy, narrowing, MARCH_2021, TODAY);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** Another replica's fold, holding the rollups until the connection rolls back. */
    private static void holdTheFold(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            sql.execute("select through from work_figures_folded_through for update");
        }
    }

    /** Folds until no day of the counties is dirty and no check-in of theirs waits: a fold finding the scheduled one at work folds nothing. */
    private void foldAll(UUID... counties) {
        Await.until("the counties' days are folded", Duration.ofSeconds(30), () -> {
            fold.fold();
            return Arrays.stream(counties).mapToLong(county -> dirty(county) + deltas(county)).sum() == 0;
        });
    }

    private long deltas(UUID countyId) {
        return count(entityManager, "select count(*) from work_figures_attendance_delta where county_id = :t", countyId);
    }

    private long dirty(UUID countyId) {
        return count(entityManager, "select count(*) from work_figures_dirty where county_id = :t", countyId);
    }

    /** The county's rollup row of the day: due, attended. */
    private List<Integer> rollupDay(UUID countyId, LocalDate day) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select due, attended from work_figures_county_day where county_id = :county and day = :day")
                .setParameter("county", countyId).setParameter("day", day).getSingleResult());
        return List.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    private static Narrowing none() {
        return new Narrowing(null, null, null, null);
    }

    private static LocalDate march(int day) {
        return LocalDate.of(2021, 3, day);
    }
}
