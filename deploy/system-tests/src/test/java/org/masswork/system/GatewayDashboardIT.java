package org.masswork.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.County;
import org.masswork.infra.TestTokens;

/**
 * The county dashboard at the gateway says what the services' own figures endpoints say, asked directly,
 * for the county and for one township; a township officer sees their township (without the evaluation figures
 * once there are closed rounds: their reports are for county roles).
 */
class GatewayDashboardIT {

    private static final LocalDate FROM = County.today().minusDays(30);
    private static final LocalDate TO = County.today();

    private static SystemUnderTest system;
    private static String gateway;
    private static UUID townshipId;

    @BeforeAll
    static void buildATownshipWithCasesAndHouseholds() {
        system = SystemUnderTest.get();
        gateway = system.url("gateway");
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        CaseFiling station = CaseFiling.atNewStation(gateway);
        townshipId = station.townshipId;
        UUID villageId = station.villageId;
        UUID stationId = station.stationId;
        for (String kind : List.of("OPINION", "OPINION", "PROBLEM", "DISPUTE")) {
            post("/api/v1/cases", Map.of("kind", kind, "channel", "PHONE", "category", "WATER", "stationId", stationId,
                    "villager", Map.of("name", "张三", "phone", "13800000000"), "description", "村里自来水时断时续"));
        }
        post("/api/v1/households", Map.of("villageId", villageId, "headName", "王秀英", "address", "东沟村三组12号", "memberCount", 4));
    }

    @Test
    void shouldComposeATownshipsFiguresAsEachServiceGivesThem() {
        JsonPath dashboard = dashboard(TestTokens.countyAdmin(), townshipId);

        assertThat(dashboard.getString("townshipId")).isEqualTo(townshipId.toString());
        assertThat(dashboard.getLong("cases.opinionsCollected")).isEqualTo(2);
        assertThat(dashboard.getLong("cases.cases")).isEqualTo(4);
        assertThat(dashboard.getLong("householdWork.households")).isEqualTo(1);
        assertSameAsTheServices(dashboard, TestTokens.countyAdmin(), townshipId);
    }

    @Test
    void shouldComposeTheCountysFiguresAsEachServiceGivesThem() {
        JsonPath dashboard = dashboard(TestTokens.countyAdmin(), null);

        assertThat(dashboard.getString("townshipId")).isNull();
        assertThat(dashboard.getLong("cases.cases")).isGreaterThanOrEqualTo(4);
        assertSameAsTheServices(dashboard, TestTokens.countyAdmin(), null);
    }

    @Test
    void shouldShowATownshipOfficerTheirTownshipWithoutTheCountyOnlyEvaluationReport() {
        String officer = TestTokens.townshipOfficer(townshipId);
        JsonPath dashboard = dashboard(officer, null);

        assertThat(dashboard.getLong("cases.cases")).isEqualTo(4);
        if (closedRounds() > 0) {
            // evaluation-service shows a round's report to county roles only.
            assertThat(dashboard.getString("evaluation.status")).isEqualTo("FORBIDDEN");
            assertThat(dashboard.getString("evaluation.statusLabel")).isEqualTo("无权查看");
            assertThat(dashboard.getString("evaluation.cadresRecommendedForPromotion")).isNull();
        } else {
            assertThat(dashboard.getString("evaluation.status")).isEqualTo("AVAILABLE");
            assertThat(dashboard.getLong("evaluation.rounds")).isZero();
        }
        assertThat(List.of(dashboard.getString("cases.status"), dashboard.getString("householdWork.status"),
                dashboard.getString("riskReview.status"))).containsOnly("AVAILABLE");
        assertThat(dashboard.getLong("householdWork.households")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAVillagerWhomNoServiceShowsTheseFigures() {
        given().baseUri(gateway).auth().oauth2(TestTokens.villager(UUID.randomUUID()))
                .when().get("/api/v1/county-dashboard?from={from}&to={to}", FROM.toString(), TO.toString())
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:forbidden"));
    }

    private static JsonPath dashboard(String token, UUID township) {
        return given().baseUri(gateway).auth().oauth2(token)
                .when().get("/api/v1/county-dashboard?from={from}&to={to}" + (township == null ? "" : "&townshipId=" + township),
                        FROM.toString(), TO.toString())
                .then().statusCode(200).extract().jsonPath();
    }

    /** Every figure against the service's own endpoint, asked directly with the same token. */
    private static void assertSameAsTheServices(JsonPath dashboard, String token, UUID township) {
        String scope = township == null ? "" : "&townshipId=" + township;
        JsonPath cases = direct("case-service", token, "/api/v1/case-figures?from=" + FROM.atStartOfDay(County.ZONE).toOffsetDateTime()
                .toString().replace("+", "%2B") + "&to=" + TO.plusDays(1).atStartOfDay(County.ZONE).toOffsetDateTime().toString()
                .replace("+", "%2B") + scope);
        for (String figure : List.of("cases", "opinionsCollected", "problemsSolved", "disputesSolved", "errandsByProxy",
                "proxyPetitions", "petitionsEnded", "closed", "closedAtStation")) {
            assertThat(dashboard.getLong("cases." + figure)).as("cases." + figure).isEqualTo(cases.getLong("rows[0]." + figure));
        }
        assertThat(dashboard.getString("cases.status")).isEqualTo("AVAILABLE");

        JsonPath cards = direct("cadre-service", token, "/api/v1/card-figures?groupBy=COUNTY" + scope);
        for (String figure : List.of("cardsIssued", "householdsCovered", "households")) {
            assertThat(dashboard.getLong("householdWork." + figure)).as(figure).isEqualTo(cards.getLong("rows[0]." + figure));
        }
        String visits = "/api/v1/visits?size=1&from=" + FROM + "&to=" + TO + scope;
        assertThat(dashboard.getLong("householdWork.householdVisits")).isEqualTo(direct("cadre-service", token, visits).getLong("totalItems"));
        assertThat(dashboard.getLong("householdWork.confirmedVisits"))
                .isEqualTo(direct("cadre-service", token, visits + "&confirmed=true").getLong("totalItems"));

        JsonPath risk = direct("risk-assessment-service", token, "/api/v1/risk-figures?from=" + FROM + "&to=" + TO + scope);
        assertThat(dashboard.getLong("riskReview.hearingsHeld")).isEqualTo(sum(risk.getList("hearingsHeld")));
        assertThat(dashboard.getLong("riskReview.consultationsHeld")).isEqualTo(sum(risk.getList("consultationsHeld")));
        assertThat(dashboard.getLong("riskReview.proposalsVetoed")).isEqualTo(sum(risk.getList("vetoed")));
        assertThat(dashboard.getLong("riskReview.proposalsPostponed")).isEqualTo(sum(risk.getList("postponed")));

        List<Object> promoted = new ArrayList<>();
        List<Object> admonished = new ArrayList<>();
        for (String halfYear : halfYears()) {
            JsonPath rounds = direct("evaluation-service", token, "/api/v1/rounds?size=100&period=" + halfYear);
            for (Map<String, Object> round : rounds.<Map<String, Object>>getList("items")) {
                if ("CLOSED".equals(round.get("status"))) {
                    JsonPath report = direct("evaluation-service", token, "/api/v1/rounds/" + round.get("id") + "/verdicts/report");
                    String counts = township == null ? "total" : "townships.find { it.townshipId == '" + township + "' }";
                    promoted.add(report.get(counts + ".recommendedForPromotion"));
                    admonished.add(report.get(counts + ".admonishmentTalks"));
                }
            }
        }
        assertThat(dashboard.getLong("evaluation.cadresRecommendedForPromotion")).isEqualTo(sum(promoted));
        assertThat(dashboard.getLong("evaluation.admonishmentTalks")).isEqualTo(sum(admonished));
    }

    /** Closed rounds of the period's half years in the whole county. */
    private static long closedRounds() {
        return halfYears().stream().mapToLong(halfYear -> direct("evaluation-service", TestTokens.countyAdmin(),
                "/api/v1/rounds?size=100&period=" + halfYear).getList("items.status").stream().filter("CLOSED"::equals).count()).sum();
    }

    private static List<String> halfYears() {
        List<String> periods = new ArrayList<>();
        for (LocalDate start = LocalDate.of(FROM.getYear(), FROM.getMonthValue() <= 6 ? 1 : 7, 1); !start.isAfter(TO); start = start.plusMonths(6)) {
            periods.add(start.getYear() + "-H" + (start.getMonthValue() == 1 ? 1 : 2));
        }
        return periods;
    }

    private static JsonPath direct(String service, String token, String pathAndQuery) {
        return given().baseUri(system.url(service)).urlEncodingEnabled(false).auth().oauth2(token)
                .when().get(pathAndQuery)
                .then().statusCode(200).extract().jsonPath();
    }

    private static long sum(List<?> values) {
        return values.stream().filter(value -> value != null).mapToLong(value -> ((Number) value).longValue()).sum();
    }

    private static void post(String path, Map<String, Object> body) {
        given().baseUri(gateway).auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(201);
    }
}
