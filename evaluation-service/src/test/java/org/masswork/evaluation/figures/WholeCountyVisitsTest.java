package org.masswork.evaluation.figures;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.UpstreamEvents;
import org.masswork.evaluation.UpstreamEvents.Place;
import org.masswork.infra.Await;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

/**
 * Whole counties' visits (COUNTY and PROVINCE rows) come from the county rollups and their deltas (V13): they equal the
 * visits counted one by one at any moment, before a fold and after, on both edges of a period of whole months and
 * partial ones, with a household visited twice counted once, and after a visit moved to another day; the partial months
 * and whole quarters of months over from their edge and quarter rows (V16), and from their days and months while a late
 * visit has not been counted into them. The two counties of each test are the first and the last of all known, so the
 * province's visits are read in two halves side by side and summed.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class WholeCountyVisitsTest {

    private static final String PROVINCE = TestTokens.province("province-admin", "PROVINCE_ADMIN");
    /** March's last 12 days, April and May whole, June's first 15 days; no other test visits in 2022. */
    private static final LocalDate FROM = LocalDate.of(2022, 3, 20);
    private static final LocalDate TO = LocalDate.of(2022, 6, 15);
    private static final List<String> FIGURES = List.of("visitsMade", "visitsConfirmed", "householdsVisited", "byRole[0].visitsMade",
            "byRole[1].visitsMade", "byRole[2].visitsMade", "byRole[3].visitsMade", "byRole[4].visitsMade");

    @Inject
    EntityManager entityManager;

    @Inject
    VisitFiguresFoldJob fold;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldGiveWholeCountiesTheVisitsCountedOneByOneBeforeAndAfterAFold() {
        UUID countyA = first();
        UUID countyB = last();
        UpstreamEvents a = registered(countyA);
        Place north = a.station();
        Place south = a.station();
        UUID cadre = UUID.randomUUID();
        UUID twice = a.household(north);
        UUID edges = a.household(north);
        UUID outside = a.household(south);
        UUID moved = UUID.randomUUID();
        a.visited(UUID.randomUUID(), cadre, north, twice, LocalDate.of(2022, 4, 10), true, "POLICY_PUBLICIST");
        a.visited(UUID.randomUUID(), cadre, north, twice, LocalDate.of(2022, 5, 5), false, "DISPUTE_MEDIATOR", "SERVICE_PROVIDER");
        a.visited(UUID.randomUUID(), cadre, north, edges, FROM, true, "OPINION_RESEARCHER");
        a.visited(UUID.randomUUID(), cadre, north, edges, TO, false, "PARTY_BUILDING_INSTRUCTOR");
        a.visited(UUID.randomUUID(), cadre, south, outside, FROM.minusDays(1), true, "POLICY_PUBLICIST");
        a.visited(UUID.randomUUID(), cadre, south, outside, TO.plusDays(1), true, "POLICY_PUBLICIST");
        a.visited(moved, cadre, south, outside, LocalDate.of(2022, 4, 20), true, "SERVICE_PROVIDER");
        a.send();
        UpstreamEvents b = registered(countyB);
        Place east = b.station();
        UUID other = UUID.randomUUID();
        UUID again = b.household(east);
        b.visited(UUID.randomUUID(), other, east, again, LocalDate.of(2022, 3, 25), false, "DISPUTE_MEDIATOR");
        b.visited(UUID.randomUUID(), other, east, again, LocalDate.of(2022, 6, 1), true, "DISPUTE_MEDIATOR");
        b.visited(UUID.randomUUID(), other, east, again, LocalDate.of(2022, 6, 1), true, "SERVICE_PROVIDER");
        b.visited(UUID.randomUUID(), other, east, b.household(east), LocalDate.of(2022, 5, 31), false, "OPINION_RESEARCHER");
        b.send();
        Await.until("the visits are kept", Duration.ofSeconds(30), () -> kept(countyA) == 7 && kept(countyB) == 4);

        assertThat(county(countyA)).as("county A before a fold").isEqualTo(counted(countyA))
                .containsEntry("visitsMade", 5).containsEntry("householdsVisited", 3).containsEntry("visitsConfirmed", 3);
        assertThat(county(countyB)).as("county B before a fold").isEqualTo(counted(countyB))
                .containsEntry("visitsMade", 4).containsEntry("householdsVisited", 2);
        assertThat(townships(countyA)).as("county A's townships").isEqualTo(counted(countyA));
        assertThat(province()).as("the province before a fold").isEqualTo(countedInProvince());

        assertThat(fold.fold()).isPositive();
        assertThat(pending(countyA) + pending(countyB)).isZero();
        assertThat(county(countyA)).as("county A after a fold").isEqualTo(counted(countyA));
        assertThat(county(countyB)).as("county B after a fold").isEqualTo(counted(countyB));
        assertThat(province()).as("the province after a fold").isEqualTo(countedInProvince());

        // The visit corrected to a day after the period: its household leaves April (a month the rollup rebuilds), and
        // a household new to the rollups is visited in the period.
        UpstreamEvents correction = new UpstreamEvents(countyA);
        correction.visited(moved, cadre, south, outside, LocalDate.of(2022, 7, 2), true, "SERVICE_PROVIDER");
        correction.visited(UUID.randomUUID(), cadre, south, correction.household(south), LocalDate.of(2022, 4, 11), false,
                "POLICY_PUBLICIST");
        correction.send();
        Await.until("the correction is kept", Duration.ofSeconds(30), () -> kept(countyA) == 8 && count(
                "select count(*) from household_visit where visit_id = '" + moved + "' and visited_on = date '2022-07-02'") == 1);

        assertThat(county(countyA)).as("county A with the move not folded").isEqualTo(counted(countyA))
                .containsEntry("visitsMade", 5).containsEntry("householdsVisited", 3);
        assertThat(province()).as("the province with the move not folded").isEqualTo(countedInProvince());
        assertThat(fold.fold()).isPositive();
        assertThat(county(countyA)).as("county A after the move is folded").isEqualTo(counted(countyA));
        assertThat(province()).as("the province after the move is folded").isEqualTo(countedInProvince());
        assertThat(count("select count(*) from visit_household_ordinal where county_id = '" + countyA + "'"))
                .as("county A's households numbered once each, from 0 without gaps").isEqualTo(4)
                .isEqualTo(count("select max(ordinal) + 1 from visit_household_ordinal where county_id = '" + countyA + "'"));
    }

    @Test
    void shouldReadTheEdgesAndQuartersOfMonthsOverFromTheirRowsAndCountThemAgainAfterALateVisit() {
        UUID countyC = first();
        UUID countyD = last();
        UpstreamEvents c = registered(countyC);
        Place west = c.station();
        UUID cadre = UUID.randomUUID();
        UUID h1 = c.household(west);
        UUID h2 = c.household(west);
        UUID h3 = c.household(west);
        UUID h4 = c.household(west);
        c.visited(UUID.randomUUID(), cadre, west, h1, LocalDate.of(2023, 2, 3), true, "POLICY_PUBLICIST");
        c.visited(UUID.randomUUID(), cadre, west, h2, LocalDate.of(2023, 2, 10), false, "OPINION_RESEARCHER");
        c.visited(UUID.randomUUID(), cadre, west, h1, LocalDate.of(2023, 2, 10), true, "DISPUTE_MEDIATOR");
        c.visited(UUID.randomUUID(), cadre, west, h3, LocalDate.of(2023, 2, 27), true, "SERVICE_PROVIDER");
        c.visited(UUID.randomUUID(), cadre, west, h2, LocalDate.of(2023, 3, 15), true, "POLICY_PUBLICIST");
        c.visited(UUID.randomUUID(), cadre, west, h4, LocalDate.of(2023, 4, 5), false, "PARTY_BUILDING_INSTRUCTOR");
        c.visited(UUID.randomUUID(), cadre, west, h1, LocalDate.of(2023, 5, 20), true, "POLICY_PUBLICIST");
        c.visited(UUID.randomUUID(), cadre, west, c.household(west), LocalDate.of(2023, 6, 30), true, "SERVICE_PROVIDER");
        c.visited(UUID.randomUUID(), cadre, west, h2, LocalDate.of(2023, 7, 1), false, "DISPUTE_MEDIATOR");
        c.visited(UUID.randomUUID(), cadre, west, c.household(west), LocalDate.of(2023, 7, 8), true, "OPINION_RESEARCHER");
        c.visited(UUID.randomUUID(), cadre, west, h3, LocalDate.of(2023, 7, 20), true, "POLICY_PUBLICIST");
        c.send();
        UpstreamEvents d = registered(countyD);
        Place east = d.station();
        UUID other = UUID.randomUUID();
        UUID h8 = d.household(east);
        d.visited(UUID.randomUUID(), other, east, h8, LocalDate.of(2023, 2, 12), true, "SERVICE_PROVIDER");
        d.visited(UUID.randomUUID(), other, east, h8, LocalDate.of(2023, 7, 2), false, "SERVICE_PROVIDER");
        d.send();
        Await.until("the visits are kept", Duration.ofSeconds(30), () -> kept(countyC) == 11 && kept(countyD) == 2);
        foldEdges(countyC, countyD);

        // County C's February from the 10th, its July to the 8th and its second quarter, each one bit string; county D's
        // partial months are its months.
        assertThat(edge("since", countyC, LocalDate.of(2023, 2, 10))).as("C's households from 10 February to the month's end")
                .isEqualTo(3);
        assertThat(edge("through", countyC, LocalDate.of(2023, 7, 8))).as("C's households from 1 July to the 8th").isEqualTo(2);
        assertThat(quarter(countyC, LocalDate.of(2023, 4, 1))).as("C's households of April to June").isEqualTo(3);
        assertEdgePeriodsCounted(countyC, countyD);

        // Visits to months over arrive late: the months' edges are read from their days until the fold counts them again.
        UpstreamEvents late = new UpstreamEvents(countyC);
        late.visited(UUID.randomUUID(), cadre, west, late.household(west), LocalDate.of(2023, 2, 20), false, "POLICY_PUBLICIST");
        late.visited(UUID.randomUUID(), cadre, west, h4, LocalDate.of(2023, 7, 5), true, "SERVICE_PROVIDER");
        late.visited(UUID.randomUUID(), cadre, west, late.household(west), LocalDate.of(2023, 5, 9), true, "OPINION_RESEARCHER");
        late.send();
        Await.until("the late visits are kept", Duration.ofSeconds(30), () -> kept(countyC) == 14);
        assertEdgePeriodsCounted(countyC, countyD);
        // Folded into the days but not counted into the edges and the quarter yet, which miss them: read the days and months.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("select visit_figures_fold_days(10000)")
                .getSingleResult());
        assertThat(count("select count(*) from visit_figures_months_due where county_id = '" + countyC + "'"))
                .as("C's February, May and July due").isEqualTo(3);
        assertThat(edge("since", countyC, LocalDate.of(2023, 2, 10))).as("February's edge row not counted again yet").isEqualTo(3);
        assertThat(quarter(countyC, LocalDate.of(2023, 4, 1))).as("the quarter not counted again yet").isEqualTo(3);
        assertEdgePeriodsCounted(countyC, countyD);
        foldEdges(countyC, countyD);
        assertThat(edge("since", countyC, LocalDate.of(2023, 2, 10))).isEqualTo(4);
        assertThat(edge("through", countyC, LocalDate.of(2023, 7, 8))).isEqualTo(3);
        assertThat(quarter(countyC, LocalDate.of(2023, 4, 1))).isEqualTo(4);
        assertEdgePeriodsCounted(countyC, countyD);
    }

    /** Periods of 2023 (no other test visits then) with a partial month at either end, both, or one, with a quarter or not. */
    private void assertEdgePeriodsCounted(UUID countyC, UUID countyD) {
        List<LocalDate[]> periods = List.of(
                new LocalDate[] {LocalDate.of(2023, 2, 10), LocalDate.of(2023, 7, 8)},
                new LocalDate[] {LocalDate.of(2023, 2, 1), LocalDate.of(2023, 7, 19)},
                new LocalDate[] {LocalDate.of(2023, 2, 28), LocalDate.of(2023, 7, 1)},
                new LocalDate[] {LocalDate.of(2023, 2, 5), LocalDate.of(2023, 2, 27)},
                new LocalDate[] {LocalDate.of(2023, 2, 11), LocalDate.of(2023, 8, 31)});
        for (LocalDate[] period : periods) {
            assertThat(county(countyC, period[0], period[1])).as("county C from %s to %s", period[0], period[1])
                    .isEqualTo(counted(countyC, period[0], period[1]));
            assertThat(province(period[0], period[1])).as("the province from %s to %s", period[0], period[1])
                    .isEqualTo(countedInProvince(period[0], period[1]));
        }
        assertThat(county(countyD, LocalDate.of(2023, 2, 10), LocalDate.of(2023, 7, 8)))
                .isEqualTo(counted(countyD, LocalDate.of(2023, 2, 10), LocalDate.of(2023, 7, 8)))
                .containsEntry("visitsMade", 2).containsEntry("householdsVisited", 1);
    }

    /** Folds until the counties' months are counted (each fold counts a few due months over, of every test's counties). */
    private void foldEdges(UUID... counties) {
        String due = "select count(*) from visit_figures_months_due where county_id in ('"
                + String.join("', '", Arrays.stream(counties).map(UUID::toString).toList()) + "')";
        Await.until("the months' edges are counted", Duration.ofSeconds(30), () -> {
            fold.fold();
            return count(due) == 0;
        });
    }

    private long quarter(UUID countyId, LocalDate quarter) {
        return count("select bit_count(households) from visit_figures_county_quarter where county_id = '" + countyId
                + "' and quarter = date '" + quarter + "'");
    }

    /** The households an edge row counts: since the day to its month's end, or through it from the month's start. */
    private long edge(String side, UUID countyId, LocalDate day) {
        return count("select bit_count(" + side + ") from visit_figures_county_edge where county_id = '" + countyId
                + "' and day = date '" + day + "'");
    }

    private Map<String, Object> county(UUID countyId) {
        return county(countyId, FROM, TO);
    }

    private Map<String, Object> county(UUID countyId, LocalDate from, LocalDate to) {
        JsonPath rows = FiguresRequests.get(PROVINCE, from, to, "COUNTY", "countyId", countyId).statusCode(200).extract().jsonPath();
        assertThat(rows.getList("rows")).hasSize(1);
        return figures(rows, "rows[0].");
    }

    private Map<String, Object> province() {
        return province(FROM, TO);
    }

    private Map<String, Object> province(LocalDate from, LocalDate to) {
        return figures(FiguresRequests.get(PROVINCE, from, to, "PROVINCE").statusCode(200).extract().jsonPath(), "rows[0].");
    }

    /** The townships' rows summed: counted from the visits (a household belongs to one township). */
    private Map<String, Object> townships(UUID countyId) {
        JsonPath rows = FiguresRequests.get(PROVINCE, FROM, TO, "TOWNSHIP", "countyId", countyId).statusCode(200).extract().jsonPath();
        Map<String, Object> sums = new LinkedHashMap<>();
        for (int i = 0; i < rows.getList("rows").size(); i++) {
            figures(rows, "rows[" + i + "].").forEach((figure, value) -> sums.merge(figure, value, (x, y) -> (int) x + (int) y));
        }
        return sums;
    }

    private static Map<String, Object> figures(JsonPath rows, String row) {
        Map<String, Object> figures = new LinkedHashMap<>();
        FIGURES.forEach(figure -> figures.put(figure, rows.getInt(row + figure)));
        return figures;
    }

    /** The county's figures of the period counted from its visits one by one. */
    private Map<String, Object> counted(UUID countyId) {
        return counted(countyId, FROM, TO);
    }

    private Map<String, Object> counted(UUID countyId, LocalDate from, LocalDate to) {
        return countedWhere("county_id = '" + countyId + "'", from, to);
    }

    /** The province's: each county's households counted within it. */
    private Map<String, Object> countedInProvince() {
        return countedInProvince(FROM, TO);
    }

    private Map<String, Object> countedInProvince(LocalDate from, LocalDate to) {
        return countedWhere("true", from, to);
    }

    private Map<String, Object> countedWhere(String condition, LocalDate from, LocalDate to) {
        Object[] counts = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                select count(*), count(*) filter (where confirmed), count(distinct (county_id, household_id)),
                       count(*) filter (where 'POLICY_PUBLICIST' = any(roles)), count(*) filter (where 'OPINION_RESEARCHER' = any(roles)),
                       count(*) filter (where 'PARTY_BUILDING_INSTRUCTOR' = any(roles)),
                       count(*) filter (where 'DISPUTE_MEDIATOR' = any(roles)), count(*) filter (where 'SERVICE_PROVIDER' = any(roles))
                  from household_visit where visited_on >= :from and visited_on <= :to and\s""" + condition)
                .setParameter("from", from).setParameter("to", to).getSingleResult());
        Map<String, Object> figures = new LinkedHashMap<>();
        List<Object> values = new ArrayList<>(List.of(counts));
        for (int i = 0; i < FIGURES.size(); i++) {
            figures.put(FIGURES.get(i), ((Number) values.get(i)).intValue());
        }
        return figures;
    }

    private long kept(UUID countyId) {
        return count("select count(*) from household_visit where county_id = '" + countyId + "'");
    }

    private long pending(UUID countyId) {
        return count("select count(*) from visit_figures_delta where county_id = '" + countyId + "'");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** The events of a county, its registration first. */
    private static UpstreamEvents registered(UUID countyId) {
        UpstreamEvents events = new UpstreamEvents(countyId);
        events.county(countyId, "v" + countyId.toString().substring(24), "Asia/Shanghai");
        return events;
    }

    /** A county id before any random one: the first of the known counties, before the middle one. */
    private static UUID first() {
        return new UUID(0x0000_0000_0000_4000L, UUID.randomUUID().getLeastSignificantBits());
    }

    /** A county id after any random one: the last of the known counties, after the middle one. */
    private static UUID last() {
        return new UUID(0xffff_ffff_ffff_4fffL, UUID.randomUUID().getLeastSignificantBits());
    }
}
