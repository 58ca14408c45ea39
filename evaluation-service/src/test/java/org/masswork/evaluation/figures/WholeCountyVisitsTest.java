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
 * partial ones, with a household visited twice counted once, and after a visit moved to another day.
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
        UUID countyA = UUID.randomUUID();
        UUID countyB = UUID.randomUUID();
        UpstreamEvents a = new UpstreamEvents(countyA);
        a.county(countyA, "a" + countyA.toString().substring(0, 6), "Asia/Shanghai");
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
        UpstreamEvents b = new UpstreamEvents(countyB);
        b.county(countyB, "b" + countyB.toString().substring(0, 6), "Asia/Shanghai");
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

    private Map<String, Object> county(UUID countyId) {
        JsonPath rows = FiguresRequests.get(PROVINCE, FROM, TO, "COUNTY", "countyId", countyId).statusCode(200).extract().jsonPath();
        assertThat(rows.getList("rows")).hasSize(1);
        return figures(rows, "rows[0].");
    }

    private Map<String, Object> province() {
        return figures(FiguresRequests.get(PROVINCE, FROM, TO, "PROVINCE").statusCode(200).extract().jsonPath(), "rows[0].");
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
        return countedWhere("county_id = '" + countyId + "'");
    }

    /** The province's: each county's households counted within it. */
    private Map<String, Object> countedInProvince() {
        return countedWhere("true");
    }

    private Map<String, Object> countedWhere(String condition) {
        Object[] counts = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                select count(*), count(*) filter (where confirmed), count(distinct (county_id, household_id)),
                       count(*) filter (where 'POLICY_PUBLICIST' = any(roles)), count(*) filter (where 'OPINION_RESEARCHER' = any(roles)),
                       count(*) filter (where 'PARTY_BUILDING_INSTRUCTOR' = any(roles)),
                       count(*) filter (where 'DISPUTE_MEDIATOR' = any(roles)), count(*) filter (where 'SERVICE_PROVIDER' = any(roles))
                  from household_visit where visited_on >= :from and visited_on <= :to and\s""" + condition)
                .setParameter("from", FROM).setParameter("to", TO).getSingleResult());
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
}
