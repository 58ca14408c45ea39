package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The province dashboard asks every service's figures with the caller's province token, per county (groupBy=COUNTY) and
 * for the province (groupBy=PROVINCE), and cadre-service's county list for the names. The peer answers as the services do
 * ({@link FiguresAnswers}): the east county has the base figures, the west twice them, the north none; the province row
 * is their sum.
 */
@QuarkusTest
@WithTestResource(AllServicesResource.class)
class ProvinceDashboardTest {

    private static final String EAST = FiguresAnswers.EAST.toString();
    private static final String WEST = FiguresAnswers.WEST.toString();
    private static final String NORTH = FiguresAnswers.NORTH.toString();
    /** Each figure of the base row (the east county's), by section, as the dashboard names it. */
    private static final Map<String, Integer> BASE = Map.ofEntries(
            Map.entry("cases.casesReceived", 40), Map.entry("cases.opinionsCollected", 11), Map.entry("cases.problemsSolved", 12),
            Map.entry("cases.disputesSolved", 13), Map.entry("cases.errandsByProxy", 14), Map.entry("cases.proxyPetitions", 15),
            Map.entry("cases.petitionsEnded", 16), Map.entry("cases.casesClosed", 32), Map.entry("cases.closedAtStation", 24),
            Map.entry("householdWork.cardsIssued", 870), Map.entry("householdWork.householdsCovered", 850),
            Map.entry("householdWork.households", 900), Map.entry("householdWork.visitsMade", 27),
            Map.entry("householdWork.visitsConfirmed", 21), Map.entry("stationAttendance.stationDaysDue", 60),
            Map.entry("stationAttendance.stationDaysAttended", 45), Map.entry("riskReview.hearingsHeld", 3),
            Map.entry("riskReview.consultationsHeld", 4), Map.entry("riskReview.mattersAssessed", 9),
            Map.entry("riskReview.mattersVetoed", 1), Map.entry("riskReview.mattersPostponed", 2),
            Map.entry("riskReview.mattersApproved", 6), Map.entry("evaluationResults.rounds", 2),
            Map.entry("evaluationResults.cadres", 57), Map.entry("evaluationResults.excellent", 18),
            Map.entry("evaluationResults.competent", 25), Map.entry("evaluationResults.basicallyCompetent", 6),
            Map.entry("evaluationResults.incompetent", 3), Map.entry("evaluationResults.notGraded", 5),
            Map.entry("evaluationResults.recommendedForPromotion", 7), Map.entry("evaluationResults.admonishmentTalks", 4),
            Map.entry("evaluationResults.appointmentsCancelledOrPostponed", 1));

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldShowEachCountysFiguresUnderTheServicesNamesAndTheProvincesTotals() {
        JsonPath dashboard = given().auth().oauth2(EdgeTokens.province("province-" + UUID.randomUUID(), "PROVINCE_INSPECTOR"))
                .when().get("/api/v1/province-dashboard?from=2026-01-01&to=2026-03-31")
                .then().statusCode(200)
                .body("from", equalTo("2026-01-01"))
                .body("to", equalTo("2026-03-31"))
                // Every county cadre-service lists (over two pages), in its order, with its code and name.
                .body("counties.countyId", equalTo(List.of(EAST, WEST, NORTH)))
                .body("counties.code", equalTo(List.of("default", "west", "north")))
                .body("counties.name", equalTo(List.of("本县", "西县", "北县")))
                .body("province.cases.status", equalTo("AVAILABLE"))
                .body("province.householdWork.status", equalTo("AVAILABLE"))
                .body("province.stationAttendance.status", equalTo("AVAILABLE"))
                .body("province.riskReview.status", equalTo("AVAILABLE"))
                .body("province.evaluationResults.status", equalTo("AVAILABLE"))
                .body("counties.evaluationResults.status", equalTo(List.of("AVAILABLE", "AVAILABLE", "AVAILABLE")))
                .body("counties[0].cases.closedAtStationShare", equalTo(0.75f))
                .body("counties[0].stationAttendance.stationDaysAttendedShare", equalTo(0.75f))
                .body("province.cases.closedAtStationShare", equalTo(0.75f))
                // The north county has no row in any service's figures: none of them, no share.
                .body("counties[2].cases.status", equalTo("AVAILABLE"))
                .body("counties[2].cases.closedAtStationShare", nullValue())
                .body("counties[2].stationAttendance.stationDaysAttendedShare", nullValue())
                .extract().jsonPath();

        BASE.forEach((figure, base) -> {
            assertThat(dashboard.getLong("counties[0]." + figure)).as("east " + figure).isEqualTo((long) base);
            assertThat(dashboard.getLong("counties[1]." + figure)).as("west " + figure).isEqualTo(2L * base);
            assertThat(dashboard.getLong("counties[2]." + figure)).as("north " + figure).isZero();
            // The services' PROVINCE row, and the counties' rows added up: the two agree.
            assertThat(dashboard.getLong("province." + figure)).as("province " + figure).isEqualTo(3L * base)
                    .isEqualTo(dashboard.getLong("counties[0]." + figure) + dashboard.getLong("counties[1]." + figure)
                            + dashboard.getLong("counties[2]." + figure));
        });
    }

    @Test
    void shouldAskEachServicesFiguresPerCountyAndForTheProvinceWithTheCallersTokenAndReadEveryPageOfCounties() {
        String token = EdgeTokens.province("province-admin-" + UUID.randomUUID(), "PROVINCE_ADMIN");
        String requestId = "province-" + UUID.randomUUID();

        given().auth().oauth2(token).header("X-Request-Id", requestId)
                .when().get("/api/v1/province-dashboard?from=2026-01-01&to=2026-03-31")
                .then().statusCode(200);

        List<Map<String, Object>> asked = Recorded.requestsBearing(token);
        assertThat(asked).extracting(request -> String.valueOf(request.get("uri"))).containsExactlyInAnyOrder(
                "/api/v1/case-figures?groupBy=COUNTY&from=2026-01-01&to=2026-03-31",
                "/api/v1/case-figures?groupBy=PROVINCE&from=2026-01-01&to=2026-03-31",
                "/api/v1/risk-figures?groupBy=COUNTY&from=2026-01-01&to=2026-03-31",
                "/api/v1/risk-figures?groupBy=PROVINCE&from=2026-01-01&to=2026-03-31",
                "/api/v1/work-figures?groupBy=COUNTY&from=2026-01-01&to=2026-03-31",
                "/api/v1/work-figures?groupBy=PROVINCE&from=2026-01-01&to=2026-03-31",
                "/api/v1/verdict-figures?groupBy=COUNTY&period=2026-H1",
                "/api/v1/verdict-figures?groupBy=PROVINCE&period=2026-H1",
                "/api/v1/card-figures?groupBy=COUNTY",
                "/api/v1/card-figures?groupBy=PROVINCE",
                "/api/v1/counties?size=100&page=0",
                "/api/v1/counties?size=100&page=1");
        assertThat(asked).allSatisfy(request -> assertThat(Recorded.headers(request)).containsEntry("x-request-id", requestId));
    }

    @Test
    void shouldAskThePeriodFiguresOfMoreThanAYearInSpansAndAddThemUpPerCounty() {
        String token = EdgeTokens.province("province-" + UUID.randomUUID(), "PROVINCE_INSPECTOR");

        JsonPath dashboard = given().auth().oauth2(token)
                .when().get("/api/v1/province-dashboard?from=2025-01-01&to=2026-12-31")
                .then().statusCode(200)
                .body("province.cases.status", equalTo("AVAILABLE"))
                .body("province.householdWork.status", equalTo("AVAILABLE"))
                .body("province.stationAttendance.status", equalTo("AVAILABLE"))
                .body("province.riskReview.status", equalTo("AVAILABLE"))
                .body("province.evaluationResults.status", equalTo("AVAILABLE"))
                .extract().jsonPath();

        assertThat(dashboard.getLong("counties[1].cases.casesReceived")).isEqualTo(2 * 2 * 40);
        assertThat(dashboard.getLong("province.riskReview.mattersApproved")).isEqualTo(2 * 3 * 6);
        assertThat(dashboard.getLong("province.stationAttendance.stationDaysDue")).isEqualTo(2 * 3 * 60);
        // Cards are as of now, not per period: asked once.
        assertThat(dashboard.getLong("counties[1].householdWork.cardsIssued")).isEqualTo(2 * 870);
        assertThat(dashboard.getLong("counties[1].householdWork.visitsMade")).isEqualTo(2 * 2 * 27);
        // 366 days at most each, both ends included, no day twice or left out; each span per county and for the province.
        assertThat(Recorded.requestsBearing(token)).extracting(request -> String.valueOf(request.get("uri")))
                .filteredOn(uri -> uri.startsWith("/api/v1/case-figures"))
                .containsExactlyInAnyOrder(
                        "/api/v1/case-figures?groupBy=COUNTY&from=2025-01-01&to=2026-01-01",
                        "/api/v1/case-figures?groupBy=PROVINCE&from=2025-01-01&to=2026-01-01",
                        "/api/v1/case-figures?groupBy=COUNTY&from=2026-01-02&to=2026-12-31",
                        "/api/v1/case-figures?groupBy=PROVINCE&from=2026-01-02&to=2026-12-31");
    }

    @Test
    void shouldAskTheEvaluationResultsOfEveryHalfYearThePeriodTouchesAndAddThemUpPerCounty() {
        String token = EdgeTokens.province("province-" + UUID.randomUUID(), "PROVINCE_INSPECTOR");

        // May and June of 2025's first half, then every day to the end of 2026: four half years, each asked whole, once per level.
        JsonPath dashboard = given().auth().oauth2(token)
                .when().get("/api/v1/province-dashboard?from=2025-05-01&to=2026-12-31")
                .then().statusCode(200)
                .body("province.evaluationResults.status", equalTo("AVAILABLE"))
                .extract().jsonPath();

        assertThat(Recorded.requestsBearing(token)).extracting(request -> String.valueOf(request.get("uri")))
                .filteredOn(uri -> uri.startsWith("/api/v1/verdict-figures"))
                .containsExactlyInAnyOrder(
                        "/api/v1/verdict-figures?groupBy=COUNTY&period=2025-H1", "/api/v1/verdict-figures?groupBy=PROVINCE&period=2025-H1",
                        "/api/v1/verdict-figures?groupBy=COUNTY&period=2025-H2", "/api/v1/verdict-figures?groupBy=PROVINCE&period=2025-H2",
                        "/api/v1/verdict-figures?groupBy=COUNTY&period=2026-H1", "/api/v1/verdict-figures?groupBy=PROVINCE&period=2026-H1",
                        "/api/v1/verdict-figures?groupBy=COUNTY&period=2026-H2", "/api/v1/verdict-figures?groupBy=PROVINCE&period=2026-H2");
        BASE.entrySet().stream().filter(figure -> figure.getKey().startsWith("evaluationResults.")).forEach(figure -> {
            assertThat(dashboard.getLong("counties[0]." + figure.getKey())).as("east " + figure.getKey()).isEqualTo(4L * figure.getValue());
            assertThat(dashboard.getLong("counties[1]." + figure.getKey())).as("west " + figure.getKey()).isEqualTo(4L * 2 * figure.getValue());
            assertThat(dashboard.getLong("counties[2]." + figure.getKey())).as("north " + figure.getKey()).isZero();
            assertThat(dashboard.getLong("province." + figure.getKey())).as("province " + figure.getKey()).isEqualTo(4L * 3 * figure.getValue());
        });
    }

    @Test
    void shouldMarkTheSectionOfAFailingServiceInEveryCountyAndTheProvinceAndStillAnswerTheOthers() {
        given().auth().oauth2(EdgeTokens.province(FiguresAnswers.RISK_FAILS_FOR + UUID.randomUUID(), "PROVINCE_ADMIN"))
                .header("Accept-Language", "en")
                .when().get("/api/v1/province-dashboard?from=2026-01-01&to=2026-03-31")
                .then().statusCode(200)
                .body("province.riskReview.status", equalTo("UNAVAILABLE"))
                .body("province.riskReview.statusLabel", equalTo("Unavailable"))
                .body("province.riskReview.detail", equalTo("risk answered 500 to /api/v1/risk-figures"))
                .body("province.riskReview.mattersApproved", nullValue())
                .body("counties.riskReview.status", equalTo(List.of("UNAVAILABLE", "UNAVAILABLE", "UNAVAILABLE")))
                .body("counties.riskReview.hearingsHeld", equalTo(Arrays.asList(null, null, null)))
                .body("province.cases.status", equalTo("AVAILABLE"))
                .body("province.cases.casesReceived", equalTo(3 * 40))
                .body("counties[1].householdWork.cardsIssued", equalTo(2 * 870))
                .body("counties[1].stationAttendance.stationDaysDue", equalTo(2 * 60));
    }

    @Test
    void shouldMarkTheEvaluationResultsOfAFailingEvaluationServiceInEveryCountyAndTheProvinceAndStillAnswerTheOthers() {
        given().auth().oauth2(EdgeTokens.province(FiguresAnswers.VERDICTS_FAIL_FOR + UUID.randomUUID(), "PROVINCE_ADMIN"))
                .header("Accept-Language", "en")
                .when().get("/api/v1/province-dashboard?from=2026-01-01&to=2026-03-31")
                .then().statusCode(200)
                .body("province.evaluationResults.status", equalTo("UNAVAILABLE"))
                .body("province.evaluationResults.statusLabel", equalTo("Unavailable"))
                .body("province.evaluationResults.detail", equalTo("evaluation answered 500 to /api/v1/verdict-figures"))
                .body("province.evaluationResults.cadres", nullValue())
                .body("counties.evaluationResults.status", equalTo(List.of("UNAVAILABLE", "UNAVAILABLE", "UNAVAILABLE")))
                .body("counties.evaluationResults.recommendedForPromotion", equalTo(Arrays.asList(null, null, null)))
                // evaluation-service's work figures answered: the sections built from them are there.
                .body("province.stationAttendance.status", equalTo("AVAILABLE"))
                .body("province.stationAttendance.stationDaysDue", equalTo(3 * 60))
                .body("counties[1].householdWork.visitsMade", equalTo(2 * 27))
                .body("province.riskReview.mattersApproved", equalTo(3 * 6));
    }

    @Test
    void shouldRefuseEveryCountyRoleAtTheEdgeWithoutAskingAnyService() {
        for (String role : List.of("COUNTY_ADMIN", "INSPECTOR", "ORG_DEPT", "TOWNSHIP_OFFICER", "CADRE", "STATION_LEADER",
                "DECISION_OWNER", "VILLAGER", "OPERATOR")) {
            String token = EdgeTokens.token(role.toLowerCase() + "-" + UUID.randomUUID(), Set.of(role));
            given().auth().oauth2(token).header("Accept-Language", "en")
                    .when().get("/api/v1/province-dashboard?from=2026-01-01&to=2026-03-31")
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:masswork:problem:forbidden"))
                    .body("detail", equalTo("The province dashboard is for PROVINCE_ADMIN and PROVINCE_INSPECTOR only"));
            assertThat(Recorded.requestsBearing(token)).isEmpty();
        }
    }

    @Test
    void shouldNameEveryMalformedFieldWithoutAskingAnyService() {
        String token = EdgeTokens.province("province-" + UUID.randomUUID(), "PROVINCE_ADMIN");

        given().auth().oauth2(token)
                .when().get("/api/v1/province-dashboard?from=2026-13-01")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:validation-failed"))
                .body("errors.field", equalTo(List.of("from", "to")));
        given().auth().oauth2(token)
                .when().get("/api/v1/province-dashboard?from=2024-01-01&to=2026-01-01")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].reason", equalTo("期间最长 731 天"));
        assertThat(Recorded.requestsBearing(token)).isEmpty();
    }

    @Test
    void shouldDeclareTheDashboardInTheGatewaysOwnDocument() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/province-dashboard'.get.operationId", equalTo("getProvinceDashboard"))
                .body("paths.'/api/v1/province-dashboard'.get.summary", equalTo("The figures of every county of the province and "
                        + "of the province, for a period; each service's section marked if it is unavailable"))
                .body("paths.'/api/v1/province-dashboard'.get.tags", equalTo(List.of("Province dashboard")))
                .body("paths.'/api/v1/province-dashboard'.get.security[0].bearer", equalTo(List.of()))
                .body("paths.'/api/v1/province-dashboard'.get.responses", allOf(hasKey("200"), hasKey("400"), hasKey("401"), hasKey("403"),
                        hasKey("429")))
                .body("paths.'/api/v1/province-dashboard'.get.parameters.schema.maxLength", equalTo(List.of(10, 10)))
                .body("components.schemas.ProvinceDashboard.properties.counties.maxItems", equalTo(2000))
                .body("components.schemas.ProvinceDashboardCounty.properties.name.maxLength", equalTo(100))
                .body("components.schemas.ProvinceDashboardCounty.properties.code.maxLength", equalTo(32))
                .body("components.schemas.ProvinceDashboardCounty.properties.countyId.maxLength", equalTo(36))
                .body("components.schemas.DashboardStationAttendance.properties.stationDaysDue.maximum", equalTo(1000000000))
                .body("components.schemas.DashboardStationAttendance.properties.stationDaysAttendedShare.maximum", equalTo(1))
                .body("components.schemas.ProvinceDashboardCounty.properties.evaluationResults.'$ref'",
                        equalTo("#/components/schemas/DashboardEvaluationResults"))
                .body("components.schemas.DashboardEvaluationResults.properties.rounds.maximum", equalTo(1000000))
                .body("components.schemas.DashboardEvaluationResults.properties.cadres.minimum", equalTo(0))
                .body("components.schemas.DashboardEvaluationResults.properties.cadres.maximum", equalTo(10000000))
                .body("components.schemas.DashboardEvaluationResults.properties.detail.maxLength", equalTo(300));
    }
}
