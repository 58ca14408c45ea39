package org.masswork.evaluation.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.UpstreamEvents;
import org.masswork.evaluation.UpstreamEvents.Place;
import org.masswork.infra.Await;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

/**
 * Whole counties' cases (COUNTY and PROVINCE rows) come from the county months (V17) and days (V14) and equal the
 * answers counted from the case facts, before and after the deltas are folded, in 2017 (no other test's facts).
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class CountyCaseDaysTest {

    private static final String PROVINCE = TestTokens.province("province-admin", "PROVINCE_ADMIN");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<String> FIGURES = List.of("casesReceived", "casesClosed", "closedOnTime", "closedAtStation",
            "casesEscalated", "casesRated", "satisfactionRate");
    private static final LocalDate APRIL = LocalDate.of(2017, 4, 1);
    private static final LocalDate APRIL_END = LocalDate.of(2017, 4, 30);
    /**
     * April (a whole month), with a partial month before it, with a partial month either side, with half of March and
     * of May; its last day alone, the 1st of May alone (no whole month), the year (whole months only).
     */
    private static final List<LocalDate[]> PERIODS = List.of(new LocalDate[] {APRIL, APRIL_END},
            new LocalDate[] {APRIL.minusDays(1), APRIL_END}, new LocalDate[] {APRIL.minusDays(1), APRIL_END.plusDays(1)},
            new LocalDate[] {LocalDate.of(2017, 3, 15), LocalDate.of(2017, 5, 15)}, new LocalDate[] {APRIL_END, APRIL_END},
            new LocalDate[] {APRIL_END.plusDays(1), APRIL_END.plusDays(1)},
            new LocalDate[] {LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)});

    @Inject
    EntityManager entityManager;

    @Inject
    CaseCountyDayFoldJob fold;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /**
     * County A: a case opened at 23:50 the day before April, closed on 2 April, reopened, closed again at 23:59 on 30
     * April and rated at 00:10 on 1 May; one opened at 00:00 on 1 April, escalated, closed, rated unsatisfied, then
     * reopened. County B: a case closed and rated within April, one opened at 00:00 on 1 May. County L counts its days in
     * London: its case, opened on 30 April there, is on 1 May in Shanghai, where the province's days are.
     */
    @Test
    void shouldGiveWholeCountiesTheCasesCountedFromTheFactsBeforeAndAfterAFold() {
        UUID countyA = UUID.randomUUID();
        UUID countyB = UUID.randomUUID();
        UUID countyL = UUID.randomUUID();
        UpstreamEvents inA = new UpstreamEvents(countyA);
        UpstreamEvents inB = new UpstreamEvents(countyB);
        UpstreamEvents inL = new UpstreamEvents(countyL);
        inA.county(countyA, "a" + countyA.toString().substring(0, 6), "Asia/Shanghai");
        inB.county(countyB, "b" + countyB.toString().substring(0, 6), "Asia/Shanghai");
        inL.county(countyL, "l" + countyL.toString().substring(0, 6), LONDON.getId());
        Place a1 = inA.station();
        Place a2 = inA.station();
        Place b1 = inB.station();
        Place l1 = inL.station();
        UUID reclosed = UUID.randomUUID();
        opened(inA, reclosed, a1, "2017-03-31T23:50:00+08:00");
        closed(inA, reclosed, a1, "2017-04-02T10:00:00+08:00", "STATION", true);
        inA.caseStep("CaseReopened", reclosed, a1, at("2017-04-03T10:00:00+08:00"), reopened());
        closed(inA, reclosed, a1, "2017-04-30T23:59:00+08:00", "STATION", true);
        rated(inA, reclosed, a1, "2017-05-01T00:10:00+08:00", "SATISFIED");
        UUID reopened = UUID.randomUUID();
        opened(inA, reopened, a2, "2017-04-01T00:00:00+08:00");
        inA.caseStep("CaseEscalated", reopened, a2, at("2017-04-10T10:00:00+08:00"), UpstreamEvents.data()
                .put("fromLevel", "STATION").put("toLevel", "TOWNSHIP_OFFICE").put("actor", "x"));
        closed(inA, reopened, a2, "2017-04-20T10:00:00+08:00", "TOWNSHIP_OFFICE", false);
        rated(inA, reopened, a2, "2017-04-21T10:00:00+08:00", "UNSATISFIED");
        inA.caseStep("CaseReopened", reopened, a2, at("2017-04-25T10:00:00+08:00"), reopened());
        UUID closedInB = UUID.randomUUID();
        opened(inB, closedInB, b1, "2017-04-15T09:00:00+08:00");
        closed(inB, closedInB, b1, "2017-04-16T09:00:00+08:00", "STATION", true);
        rated(inB, closedInB, b1, "2017-04-17T09:00:00+08:00", "BASICALLY_SATISFIED");
        opened(inB, UUID.randomUUID(), b1, "2017-05-01T00:00:00+08:00");
        opened(inL, UUID.randomUUID(), l1, "2017-04-30T17:30:00Z");
        inA.send();
        inB.send();
        inL.send();
        Await.until("the counties and their cases are kept", Duration.ofSeconds(30), () -> number("""
                select count(*) filter (where c.opened_at is not null) = 5 and count(c.reopened_at) = 2 and count(c.rated_at) = 3
                       and count(*) filter (where c.closed_at >= timestamptz '2017-04-30T00:00:00+08:00') = 1
                       and (select count(*) from known_county k where k.county_id in (:a, :b, :l)) = 3
                  from case_fact c where c.county_id in (:a, :b, :l)""", countyA, countyB, countyL).equals(Boolean.TRUE));
        assertThat(deltas(countyA, countyB, countyL)).as("the changes wait for the fold").isPositive();

        Map<String, Object> aprilOfA = figures(APRIL, APRIL_END, "COUNTY", "countyId", countyA).getMap("rows[0]");
        assertThat(values(aprilOfA)).containsExactly(1, 1, 1, 1, 1, 1, 0.0f);
        assertThat(values(figures(APRIL, APRIL_END, "COUNTY", "countyId", countyB).getMap("rows[0]")))
                .containsExactly(1, 1, 1, 1, 0, 1, 1.0f);
        assertThat(values(figures(APRIL, APRIL_END, "COUNTY", "countyId", countyL).getMap("rows[0]")))
                .as("30 April in London").containsExactly(1, 0, 0, 0, 0, 0, null);
        assertThat(values(figures(APRIL, APRIL_END, "PROVINCE").getMap("rows[0]"))).containsExactly(2, 2, 2, 2, 1, 2, 0.5f);
        JsonPath townshipsOfA = figures(APRIL, APRIL_END, "TOWNSHIP", "countyId", countyA);
        assertThat(FIGURES.subList(0, 6)).allSatisfy(figure -> assertThat(IntStream.range(0, townshipsOfA.getList("rows").size())
                .map(i -> townshipsOfA.getInt("rows[" + i + "]." + figure)).sum()).as(figure).isEqualTo(aprilOfA.get(figure)));
        List<List<Object>> beforeTheFold = everyWholeCountyRow(countyA, countyB, countyL);

        assertThat(fold.fold()).isPositive();

        assertThat(deltas(countyA, countyB, countyL)).isZero();
        assertThat(everyWholeCountyRow(countyA, countyB, countyL)).isEqualTo(beforeTheFold);
        assertThat(countyDays(countyA)).containsExactly("2017-03-31 1 0 0 0 0 0 0", "2017-04-01 1 0 0 0 0 0 0",
                "2017-04-10 0 0 0 0 1 0 0", "2017-04-21 0 0 0 0 0 1 0",
                "2017-04-30 0 1 1 1 0 0 0", "2017-05-01 0 0 0 0 0 1 1");
        assertThat(countyMonths(countyA)).as("A's days summed per month").containsExactly("2017-03-01 1 0 0 0 0 0 0",
                "2017-04-01 1 1 1 1 1 1 0", "2017-05-01 0 0 0 0 0 1 1");
        assertThat(countyMonths(countyB)).containsExactly("2017-04-01 1 1 1 1 0 1 1", "2017-05-01 1 0 0 0 0 0 0");

        // A whole month is read from its county month, not from its days: a month changed by hand shows.
        addToApril(countyA, 1);
        assertThat(figures(APRIL, APRIL_END, "COUNTY", "countyId", countyA).getInt("rows[0].casesReceived")).isEqualTo(2);
        assertThat(figures(APRIL.minusDays(1), APRIL_END, "COUNTY", "countyId", countyA).getInt("rows[0].casesReceived"))
                .isEqualTo(3);
        assertThat(figures(APRIL_END, APRIL_END, "COUNTY", "countyId", countyA).getInt("rows[0].casesReceived")).isZero();
        addToApril(countyA, -1);

        // The whole counties' rows are read from the county days and their deltas: one written by hand shows.
        addDelta(countyA, 1);
        assertThat(figures(APRIL, APRIL_END, "COUNTY", "countyId", countyA).getInt("rows[0].casesReceived")).isEqualTo(2);
        addDelta(countyA, -1);
        assertThat(figures(APRIL, APRIL_END, "COUNTY", "countyId", countyA).getInt("rows[0].casesReceived")).isEqualTo(1);

        inB.caseStep("CaseReopened", closedInB, b1, at("2017-04-18T09:00:00+08:00"), reopened());
        inB.send();
        Await.until("the reopening is kept", Duration.ofSeconds(30), () -> number(
                "select count(*) = 3 from case_fact where county_id in (:a, :b, :l) and reopened_at is not null",
                countyA, countyB, countyL).equals(Boolean.TRUE));
        assertThat(values(figures(APRIL, APRIL_END, "COUNTY", "countyId", countyB).getMap("rows[0]")))
                .as("reopened after its close").containsExactly(1, 0, 0, 0, 0, 1, 1.0f);
        List<List<Object>> reopenedInB = everyWholeCountyRow(countyA, countyB, countyL);
        fold.fold();
        assertThat(everyWholeCountyRow(countyA, countyB, countyL)).isEqualTo(reopenedInB);
    }

    /**
     * Each period's PROVINCE row and COUNTY rows (of every county, and narrowed to each), after checking each equals
     * the cases counted from the facts with the same instants: the province's days are the configured zone's, a county
     * narrowed to its own.
     */
    private List<List<Object>> everyWholeCountyRow(UUID countyA, UUID countyB, UUID countyL) {
        List<List<Object>> rows = new ArrayList<>();
        for (LocalDate[] period : PERIODS) {
            LocalDate from = period[0];
            LocalDate to = period[1];
            List<Object> province = values(figures(from, to, "PROVINCE").getMap("rows[0]"));
            assertThat(province).as("the province from %s to %s", from, to).isEqualTo(counted(null, from, to, County.ZONE));
            rows.add(province);
            JsonPath counties = figures(from, to, "COUNTY");
            for (UUID county : List.of(countyA, countyB, countyL)) {
                List<Object> row = values(counties.getList("rows", Map.class).stream()
                        .filter(r -> county.toString().equals(r.get("countyId"))).findFirst().orElseThrow());
                assertThat(row).as("county %s in the province's days from %s to %s", county, from, to)
                        .isEqualTo(counted(county, from, to, County.ZONE));
                rows.add(row);
                List<Object> narrowed = values(figures(from, to, "COUNTY", "countyId", county).getMap("rows[0]"));
                ZoneId zone = county.equals(countyL) ? LONDON : County.ZONE;
                assertThat(narrowed).as("county %s in its days from %s to %s", county, from, to)
                        .isEqualTo(counted(county, from, to, zone));
                rows.add(narrowed);
            }
        }
        return rows;
    }

    /** The figures counted from the case facts, as the figures of a township or station are: the oracle. */
    private List<Object> counted(UUID county, LocalDate from, LocalDate to, ZoneId zone) {
        Object[] r = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                        select count(*) filter (where c.opened_at >= :start and c.opened_at < :end),
                               count(*) filter (where closed),
                               count(*) filter (where closed and c.closed_on_time),
                               count(*) filter (where closed and c.closed_at_level = 'STATION'),
                               count(*) filter (where c.escalated_at >= :start and c.escalated_at < :end),
                               count(*) filter (where c.rated_at >= :start and c.rated_at < :end),
                               count(*) filter (where c.rated_at >= :start and c.rated_at < :end and c.rating <> 'UNSATISFIED')
                          from case_fact c
                         cross join lateral (select c.closed_at >= :start and c.closed_at < :end
                                                    and (c.reopened_at is null or c.reopened_at < c.closed_at) as closed) k
                         where cast(:county as uuid) is null or c.county_id = :county""")
                .setParameter("start", from.atStartOfDay(zone).toOffsetDateTime())
                .setParameter("end", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .setParameter("county", county).getSingleResult());
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            values.add(((Number) r[i]).intValue());
        }
        long rated = ((Number) r[5]).longValue();
        values.add(rated == 0 ? null : (float) (((Number) r[6]).doubleValue() / rated));
        return values;
    }

    /** The county's days in the rollup that count anything (a close then a reopening leave zeros): day, then its counts. */
    private List<String> countyDays(UUID county) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select concat_ws(' ', day, received, closed, closed_on_time, closed_at_station, escalated, rated, satisfied)
                          from case_county_day
                         where county_id = :county
                           and (received, closed, closed_on_time, closed_at_station, escalated, rated, satisfied) <> (0, 0, 0, 0, 0, 0, 0)
                         order by day""", String.class)
                .setParameter("county", county).getResultList());
    }

    /** The county's months in the rollup that count anything: month, then its counts. */
    private List<String> countyMonths(UUID county) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select concat_ws(' ', month, received, closed, closed_on_time, closed_at_station, escalated, rated, satisfied)
                          from case_county_month
                         where county_id = :county
                           and (received, closed, closed_on_time, closed_at_station, escalated, rated, satisfied) <> (0, 0, 0, 0, 0, 0, 0)
                         order by month""", String.class)
                .setParameter("county", county).getResultList());
    }

    private void addToApril(UUID county, int received) {
        QuarkusTransaction.requiringNew().run(() -> assertThat(entityManager.createNativeQuery(
                        "update case_county_month set received = received + :received where county_id = :county and month = date '2017-04-01'")
                .setParameter("county", county).setParameter("received", received).executeUpdate()).isEqualTo(1));
    }

    private long deltas(UUID... counties) {
        return ((Number) number("select count(*) from case_county_day_delta where county_id in (:a, :b, :l)", counties)).longValue();
    }

    private void addDelta(UUID county, int received) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into case_county_day_delta (county_id, day, received, closed, closed_on_time, closed_at_station,
                                                           escalated, rated, satisfied)
                        values (:county, date '2017-04-05', :received, 0, 0, 0, 0, 0, 0)""")
                .setParameter("county", county).setParameter("received", received).executeUpdate());
    }

    private Object number(String sql, UUID... counties) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql)
                .setParameter("a", counties[0]).setParameter("b", counties[1]).setParameter("l", counties[2]).getSingleResult());
    }

    private static JsonPath figures(LocalDate from, LocalDate to, String groupBy, Object... narrowing) {
        return FiguresRequests.get(PROVINCE, from, to, groupBy, narrowing).statusCode(200).extract().jsonPath();
    }

    private static List<Object> values(Map<?, ?> row) {
        return FIGURES.stream().map(figure -> (Object) row.get(figure)).toList();
    }

    private static void opened(UpstreamEvents events, UUID caseId, Place place, String at) {
        events.caseStep("CaseOpened", caseId, place, at(at), UpstreamEvents.data()
                .put("channel", "PHONE").put("level", "STATION").put("openedBy", "x"));
    }

    private static void closed(UpstreamEvents events, UUID caseId, Place place, String at, String level, boolean onTime) {
        events.caseStep("CaseClosed", caseId, place, at(at), UpstreamEvents.data()
                .put("closedAtLevel", level).put("onTime", onTime).put("openedAt", at).put("resolvedAt", at).put("actor", "x"));
    }

    private static void rated(UpstreamEvents events, UUID caseId, Place place, String at, String rating) {
        events.caseStep("SatisfactionRated", caseId, place, at(at), UpstreamEvents.data()
                .put("rating", rating).put("byProxy", false).put("reopened", false).put("level", "STATION"));
    }

    private static ObjectNode reopened() {
        return UpstreamEvents.data().put("level", "STATION").put("reason", "UNSATISFIED_RATING").put("reopenCount", 1);
    }

    private static OffsetDateTime at(String at) {
        return OffsetDateTime.parse(at);
    }
}
