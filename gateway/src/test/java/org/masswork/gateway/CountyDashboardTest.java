package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The county dashboard asks the services with the caller's token, and a service that is down (evaluation,
 * here) leaves only its own section unavailable. That the figures equal the services' own is proven against
 * the real services in deploy/system-tests (GatewayDashboardIT).
 */
@QuarkusTest
@WithTestResource(DownstreamResource.class)
class CountyDashboardTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldMarkTheSectionOfAServiceThatIsDownAndStillAnswerTheOthers() {
        UUID townshipId = UUID.randomUUID();

        given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/county-dashboard?from=2026-01-01&to=2026-03-31&townshipId=" + townshipId)
                .then().statusCode(200)
                .body("from", equalTo("2026-01-01"))
                .body("to", equalTo("2026-03-31"))
                .body("townshipId", equalTo(townshipId.toString()))
                .body("cases.status", equalTo("AVAILABLE"))
                .body("householdWork.status", equalTo("AVAILABLE"))
                .body("riskReview.status", equalTo("AVAILABLE"))
                .body("evaluation.status", equalTo("UNAVAILABLE"))
                .body("evaluation.statusLabel", equalTo("暂不可用"))
                .body("evaluation.detail", containsString("evaluation 无法连接"))
                .body("evaluation.cadresRecommendedForPromotion", nullValue());
    }

    @Test
    void shouldShowEachFigureUnderTheNameItsServiceGivesIt() {
        // The figures FiguresAnswers gives, each a different number: one read under another name would show.
        given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/county-dashboard?from=2026-01-01&to=2026-03-31")
                .then().statusCode(200)
                .body("townshipId", nullValue())
                .body("cases.casesReceived", equalTo(40))
                .body("cases.opinionsCollected", equalTo(11))
                .body("cases.problemsSolved", equalTo(12))
                .body("cases.disputesSolved", equalTo(13))
                .body("cases.errandsByProxy", equalTo(14))
                .body("cases.proxyPetitions", equalTo(15))
                .body("cases.petitionsEnded", equalTo(16))
                .body("cases.casesClosed", equalTo(32))
                .body("cases.closedAtStation", equalTo(24))
                .body("cases.closedAtStationShare", equalTo(0.75f))
                .body("householdWork.cardsIssued", equalTo(870))
                .body("householdWork.householdsCovered", equalTo(850))
                .body("householdWork.households", equalTo(900))
                .body("householdWork.visitsMade", equalTo(FiguresAnswers.VISITS))
                .body("householdWork.visitsConfirmed", equalTo(FiguresAnswers.CONFIRMED_VISITS))
                .body("riskReview.hearingsHeld", equalTo(3))
                .body("riskReview.consultationsHeld", equalTo(4))
                .body("riskReview.mattersAssessed", equalTo(9))
                .body("riskReview.mattersVetoed", equalTo(1))
                .body("riskReview.mattersPostponed", equalTo(2))
                .body("riskReview.mattersApproved", equalTo(6));
    }

    @Test
    void shouldAskEachServiceForThePeriodAndTownshipWithTheCallersTokenAndRequestId() {
        UUID townshipId = UUID.randomUUID();
        String token = EdgeTokens.countyAdmin();

        given().auth().oauth2(token).header("X-Request-Id", "dashboard-" + townshipId)
                .when().get("/api/v1/county-dashboard?from=2026-01-01&to=2026-03-31&townshipId=" + townshipId)
                .then().statusCode(200);

        List<Map<String, Object>> asked = Recorded.requestsWith(townshipId.toString());
        assertThat(asked).extracting(request -> String.valueOf(request.get("uri")).replaceFirst("\\?.*", ""))
                .containsExactlyInAnyOrder("/api/v1/case-figures", "/api/v1/card-figures",
                        "/api/v1/visits", "/api/v1/visits", "/api/v1/risk-figures");
        assertThat(asked).allSatisfy(request -> assertThat(Recorded.headers(request))
                .containsEntry("authorization", "Bearer " + token)
                .containsEntry("x-request-id", "dashboard-" + townshipId));
        // The county's row (a matter of several townships counts once) of the township, for the dashboard's own days.
        assertThat(asked).extracting(request -> String.valueOf(request.get("uri")))
                .contains("/api/v1/case-figures?groupBy=COUNTY&from=2026-01-01&to=2026-03-31&townshipId=" + townshipId,
                        "/api/v1/risk-figures?groupBy=COUNTY&from=2026-01-01&to=2026-03-31&townshipId=" + townshipId,
                        "/api/v1/card-figures?groupBy=COUNTY&townshipId=" + townshipId)
                .anySatisfy(uri -> assertThat(uri).startsWith("/api/v1/visits").contains("from=2026-01-01&to=2026-03-31")
                        .contains("confirmed=true"));
    }

    @Test
    void shouldAskThePeriodFiguresOfMoreThanAYearInSpansTheServicesTakeAndAddThemUp() {
        UUID townshipId = UUID.randomUUID();

        given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/county-dashboard?from=2025-01-01&to=2026-12-31&townshipId=" + townshipId)
                .then().statusCode(200)
                .body("cases.status", equalTo("AVAILABLE"))
                .body("cases.casesReceived", equalTo(2 * 40))
                .body("cases.closedAtStation", equalTo(2 * 24))
                .body("cases.closedAtStationShare", equalTo(0.75f))
                .body("riskReview.status", equalTo("AVAILABLE"))
                .body("riskReview.mattersVetoed", equalTo(2 * 1))
                .body("householdWork.cardsIssued", equalTo(870));

        // 366 days at most each (2025-01-01 to 2026-01-01 is 366), both ends included, no day twice or left out.
        assertThat(Recorded.requestsWith(townshipId.toString())).extracting(request -> String.valueOf(request.get("uri")))
                .filteredOn(uri -> uri.startsWith("/api/v1/case-figures") || uri.startsWith("/api/v1/risk-figures"))
                .extracting(uri -> uri.replaceFirst("\\?groupBy=COUNTY&", " ").replaceFirst("&townshipId=.*", ""))
                .containsExactlyInAnyOrder(
                        "/api/v1/case-figures from=2025-01-01&to=2026-01-01", "/api/v1/case-figures from=2026-01-02&to=2026-12-31",
                        "/api/v1/risk-figures from=2025-01-01&to=2026-01-01", "/api/v1/risk-figures from=2026-01-02&to=2026-12-31");
    }

    @Test
    void shouldRefuseAPeriodThatEndsBeforeItStartsWithoutAskingAnyService() {
        UUID townshipId = UUID.randomUUID();

        given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/county-dashboard?from=2026-03-01&to=2026-02-01&townshipId=" + townshipId)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:validation-failed"))
                .body("errors[0].field", equalTo("to"));

        assertThat(Recorded.requestsWith(townshipId.toString())).isEmpty();
    }

    @Test
    void shouldNameEveryMalformedField() {
        given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/county-dashboard?from=2026-13-01&townshipId=nope")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("from", "to", "townshipId")));
    }

    @Test
    void shouldRefuseAPeriodOverTwoYears() {
        given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/county-dashboard?from=2024-01-01&to=2026-01-01")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].reason", equalTo("期间最长 731 天"));
    }

    @Test
    void shouldRequireAValidTokenBeforeAnyServiceIsAsked() {
        UUID townshipId = UUID.randomUUID();

        given().auth().oauth2(EdgeTokens.forged())
                .when().get("/api/v1/county-dashboard?from=2026-01-01&to=2026-03-31&townshipId=" + townshipId)
                .then().statusCode(401)
                .body("type", equalTo("urn:masswork:problem:unauthorized"));

        assertThat(Recorded.requestsWith(townshipId.toString())).isEmpty();
    }

    @Test
    void shouldDeclareTheDashboardInTheGatewaysOwnDocument() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/county-dashboard'.get.operationId", equalTo("getCountyDashboard"))
                .body("paths.'/api/v1/county-dashboard'.get.tags", equalTo(List.of("County dashboard")))
                .body("paths.'/api/v1/county-dashboard'.get.security[0].bearer", equalTo(List.of()))
                .body("components.schemas.DashboardCases.properties.closedAtStationShare.maximum", equalTo(1))
                .body("components.schemas.DashboardEvaluation.properties.detail.maxLength", equalTo(300));
    }
}
