package org.masswork.cases.figures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.cases.CaseTestData.open;
import static org.masswork.cases.CaseTestData.post;
import static org.masswork.cases.CaseTestData.transition;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.CaseTestData;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class CaseFiguresTest {

    private static final OffsetDateTime RECEIVED = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
    /** The county's day of RECEIVED. */
    private static final LocalDate RECEIVED_DAY = RECEIVED.atZoneSameInstant(County.ZONE).toLocalDate();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldCountTheReportFiguresPerTownshipAndStationAndAnalyseTheQuarter() {
        UUID township = UUID.randomUUID();
        Station a = CaseTestData.station(township);
        Station b = CaseTestData.station(township);
        String cadre = a.cadre();
        open(cadre, received(CaseTestData.problem(a), "OPINION", "WATER"));
        UUID problem = open(cadre, received(CaseTestData.problem(a), "PROBLEM", "WATER"));
        UUID dispute = open(cadre, received(CaseTestData.problem(a), "DISPUTE", "FAMILY_NEIGHBOUR_DISPUTE"));
        open(cadre, received(CaseTestData.errand(a), "ERRAND", "SOCIAL_SECURITY"));
        UUID petition = open(cadre, received(CaseTestData.petition(a), "PETITION", "LAND"));
        open(b.cadre(), received(CaseTestData.problem(b), "PROBLEM", "WATER"));
        CaseTestData.resolve(cadre, problem);
        transition(cadre, problem, "CLOSE").statusCode(200);
        post(cadre, "/api/v1/cases/" + problem + "/satisfaction", Map.of("version", CaseTestData.version(problem), "rating", "SATISFIED"))
                .statusCode(200);
        transition(cadre, dispute, "ACCEPT").statusCode(200);
        transition(cadre, dispute, "START").statusCode(200);
        transition(cadre, dispute, "ESCALATE").statusCode(200);
        transition(cadre, dispute, "RESOLVE", Map.of("method", "LEAD_COORDINATION")).statusCode(200);
        transition(cadre, dispute, "CLOSE").statusCode(200);
        CaseTestData.resolve(cadre, petition);
        post(cadre, "/api/v1/cases/" + petition + "/petition/outcome",
                Map.of("version", CaseTestData.version(petition), "outcome", "ENDED_SATISFIED")).statusCode(200);

        figures(TestTokens.countyAdmin(), Map.of("townshipId", township))
                .body("from", equalTo(RECEIVED_DAY.minusDays(1).toString()))
                .body("to", equalTo(RECEIVED_DAY.plusDays(1).toString()))
                .body("groupBy", equalTo("COUNTY"))
                .body("rows", hasSize(1))
                .body("rows[0].townshipId", nullValue())
                .body("rows[0].stationId", nullValue())
                .body("rows[0].casesReceived", equalTo(6))
                .body("rows[0].opinionsCollected", equalTo(1))
                .body("rows[0].problemsSolved", equalTo(1))
                .body("rows[0].disputesSolved", equalTo(1))
                .body("rows[0].errandsByProxy", equalTo(1))
                .body("rows[0].proxyPetitions", equalTo(1))
                .body("rows[0].petitionsEnded", equalTo(1))
                .body("rows[0].casesClosed", equalTo(2))
                .body("rows[0].closedAtStation", equalTo(1))
                .body("rows[0].closedAtStationShare", equalTo(0.5f))
                .body("rows[0].onTimeRate", equalTo(1.0f))
                .body("rows[0].satisfactionRate", equalTo(1.0f));
        // Over whole months the figures come from the rollup the database keeps; they must be the same.
        Map<String, Object> fromCases = figures(TestTokens.countyAdmin(), Map.of("townshipId", township)).extract().path("rows[0]");
        Map<String, Object> fromRollup = figures(TestTokens.countyAdmin(), Map.of("townshipId", township),
                RECEIVED_DAY.minusDays(100), RECEIVED_DAY.plusDays(39)).extract().path("rows[0]");
        assertThat(fromRollup).isEqualTo(fromCases);
        figures(TestTokens.countyAdmin(), Map.of("townshipId", township, "groupBy", "STATION"))
                .body("groupBy", equalTo("STATION"))
                .body("rows", hasSize(2))
                .body("rows.townshipName", contains("城关镇", "城关镇"))
                .body("rows.stationName", contains("东沟村群众工作站", "东沟村群众工作站"))
                .body("rows.find { it.stationId == '" + a.stationId() + "' }.casesReceived", equalTo(5))
                .body("rows.find { it.stationId == '" + b.stationId() + "' }.casesReceived", equalTo(1));
        figures(TestTokens.countyAdmin(), Map.of("townshipId", township, "groupBy", "TOWNSHIP"))
                .body("rows", hasSize(1))
                .body("rows[0].townshipId", equalTo(township.toString()))
                .body("rows[0].townshipName", equalTo("城关镇"))
                .body("rows[0].stationId", nullValue())
                .body("rows[0].casesReceived", equalTo(6));
        figures(cadre, Map.of("townshipId", township)).body("rows[0].casesReceived", equalTo(5));
        given().auth().oauth2(cadre).queryParams(period(Map.of("stationId", b.stationId())))
                .when().get("/api/v1/case-figures").then().statusCode(403);
        given().auth().oauth2(TestTokens.villager(UUID.randomUUID())).queryParams(period(Map.of()))
                .when().get("/api/v1/case-figures").then().statusCode(403);

        int quarter = (RECEIVED.getMonthValue() - 1) / 3 + 1;
        given().auth().oauth2(a.townshipOfficer())
                .queryParams(Map.of("year", RECEIVED.getYear(), "quarter", quarter, "clusterMinCases", 2, "widespreadMinVillages", 2))
                .when().get("/api/v1/case-figures/quarterly-analysis")
                .then().statusCode(200)
                .body("topCategoriesByTownship[0].townshipId", equalTo(township.toString()))
                .body("topCategoriesByTownship[0].category", equalTo("WATER"))
                .body("topCategoriesByTownship[0].cases", equalTo(3))
                .body("topCategoriesByTownship[0].change", equalTo(3))
                .body("clusters.villageId", contains(a.villageId().toString()))
                .body("clusters[0].categoryLabel", equalTo("用水与水利"))
                .body("widespreadProblems.category", contains("WATER"))
                .body("widespreadProblems[0].villages", equalTo(2));
    }

    @Test
    void shouldCountThePeriodExactlyWhenItsEdgesAreAddedToOrTakenFromWholeMonths() {
        UUID township = UUID.randomUUID();
        Station station = CaseTestData.station(township);
        LocalDate m = County.thisMonth().minusMonths(3).atDay(1);
        LocalDate next = m.plusMonths(1);
        for (LocalDate day : List.of(m.plusDays(2), m.plusDays(20), next.plusDays(5), next.plusDays(25))) {
            fileAt(station, day.atStartOfDay(County.ZONE).toOffsetDateTime());
        }

        // Both edges near a month's start or end: two whole months less a few days at each end.
        assertThat(countyCases(township, m.plusDays(1), next.plusDays(25))).isEqualTo(4);
        assertThat(countyCases(township, m.plusDays(3), next.plusDays(23))).isEqualTo(2);
        // Both edges in the middle: the second month whole, the days before it from the cases.
        assertThat(countyCases(township, m.plusDays(19), next.plusMonths(1))).isEqualTo(3);
        // No whole month inside: only the cases.
        assertThat(countyCases(township, m.plusDays(25), next.plusDays(2))).isZero();
        figures(TestTokens.countyAdmin(), Map.of("townshipId", township, "groupBy", "STATION"), m.plusDays(3), next.plusDays(3))
                .body("rows.stationId", contains(station.stationId().toString()))
                .body("rows[0].casesReceived", equalTo(1));
        // A station whose rollup counts are all taken away has no case in the period and no row.
        figures(TestTokens.countyAdmin(), Map.of("townshipId", township, "groupBy", "STATION"), m.plusDays(3), m.plusDays(18))
                .body("rows", hasSize(0));
        // The county grouping has its one row even then.
        figures(TestTokens.countyAdmin(), Map.of("townshipId", township), m.plusDays(3), m.plusDays(18))
                .body("rows", hasSize(1))
                .body("rows[0].casesReceived", equalTo(0));
    }

    @Test
    void shouldCountTheDaysOfTheCountysCalendarNotUtcDays() {
        UUID township = UUID.randomUUID();
        Station station = CaseTestData.station(township);
        LocalDate day = County.thisMonth().minusMonths(2).atDay(14);
        // 23:30 on the day and 00:30 the day after, county time: both on the same UTC day (15:30Z and 16:30Z).
        fileAt(station, day.atTime(23, 30).atZone(County.ZONE).toOffsetDateTime());
        fileAt(station, day.plusDays(1).atTime(0, 30).atZone(County.ZONE).toOffsetDateTime());
        fileAt(station, day.plusDays(1).atTime(23, 59).atZone(County.ZONE).toOffsetDateTime());

        assertThat(countyCases(township, day, day)).isEqualTo(1);
        assertThat(countyCases(township, day.plusDays(1), day.plusDays(1))).isEqualTo(2);
        assertThat(countyCases(township, day.minusDays(20), day)).isEqualTo(1);
        assertThat(countyCases(township, day, day.plusDays(30))).isEqualTo(3);
    }

    @Test
    void shouldRefuseABackwardOrOverlongPeriodOrAGroupingCaseFiguresDoNotHaveNamingTheParameter() {
        refused(Map.of("from", "2026-03-02", "to", "2026-03-01"), "to");
        refused(Map.of("from", "2025-01-01", "to", "2026-01-02"), "to");
        refused(Map.of("from", "2026-01-01T00:00:00+08:00", "to", "2026-03-31"), "from");
        refused(Map.of("to", "2026-03-31"), "from");
        given().auth().oauth2(TestTokens.countyAdmin()).queryParams(Map.of("from", "2026-01-01", "to", "2026-03-31", "groupBy", "CADRE"))
                .when().get("/api/v1/case-figures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("groupBy"))
                .body("errors[0].reason", containsString("COUNTY, TOWNSHIP, STATION"));
        // A whole leap year, and a single day, are periods.
        given().auth().oauth2(TestTokens.countyAdmin()).queryParams(Map.of("from", "2024-01-01", "to", "2024-12-31"))
                .when().get("/api/v1/case-figures").then().statusCode(200).body("rows", hasSize(1));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParams(Map.of("from", "2026-01-01", "to", "2026-01-01"))
                .when().get("/api/v1/case-figures").then().statusCode(200).body("to", equalTo("2026-01-01"));
    }

    private static void refused(Map<String, Object> query, String field) {
        given().auth().oauth2(TestTokens.countyAdmin()).header("Accept-Language", "en").queryParams(query)
                .when().get("/api/v1/case-figures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(field));
    }

    private static void fileAt(Station station, OffsetDateTime at) {
        Map<String, Object> body = CaseTestData.problem(station);
        body.put("recordedAt", at.toString());
        open(station.cadre(), body);
    }

    private static int countyCases(UUID township, LocalDate from, LocalDate to) {
        return figures(TestTokens.countyAdmin(), Map.of("townshipId", township), from, to).extract().path("rows[0].casesReceived");
    }

    private static ValidatableResponse figures(String token, Map<String, Object> query, LocalDate from, LocalDate to) {
        Map<String, Object> withPeriod = new HashMap<>(query);
        withPeriod.put("from", from.toString());
        withPeriod.put("to", to.toString());
        return given().auth().oauth2(token).queryParams(withPeriod).when().get("/api/v1/case-figures").then().statusCode(200);
    }

    private static Map<String, Object> received(Map<String, Object> body, String kind, String category) {
        body.put("kind", kind);
        body.put("category", category);
        body.put("recordedAt", RECEIVED.toString());
        return body;
    }

    private static ValidatableResponse figures(String token, Map<String, Object> query) {
        return figures(token, query, RECEIVED_DAY.minusDays(1), RECEIVED_DAY.plusDays(1));
    }

    private static Map<String, Object> period(Map<String, Object> query) {
        Map<String, Object> withPeriod = new HashMap<>(query);
        withPeriod.put("from", RECEIVED_DAY.minusDays(1).toString());
        withPeriod.put("to", RECEIVED_DAY.plusDays(1).toString());
        return withPeriod;
    }
}
