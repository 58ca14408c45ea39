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
                .body("evaluation.detail", containsString("evaluation cannot be reached"))
                .body("evaluation.cadresRecommendedForPromotion", nullValue());
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
                .containsExactlyInAnyOrder("/api/v1/case-figures", "/api/v1/contact-cards/figures/townships",
                        "/api/v1/visits", "/api/v1/visits", "/api/v1/risk-figures");
        assertThat(asked).allSatisfy(request -> assertThat(Recorded.headers(request))
                .containsEntry("authorization", "Bearer " + token)
                .containsEntry("x-request-id", "dashboard-" + townshipId));
        // Whole days in the county's time zone, the last one included.
        assertThat(asked).extracting(request -> String.valueOf(request.get("uri")))
                .anySatisfy(uri -> assertThat(uri).startsWith("/api/v1/case-figures")
                        .contains("from=2026-01-01T00%3A00%2B08%3A00").contains("to=2026-04-01T00%3A00%2B08%3A00"))
                .anySatisfy(uri -> assertThat(uri).startsWith("/api/v1/risk-figures").contains("from=2026-01-01&to=2026-03-31"))
                .anySatisfy(uri -> assertThat(uri).startsWith("/api/v1/visits").contains("from=2026-01-01&to=2026-03-31")
                        .contains("confirmed=true"));
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
                .body("errors[0].reason", containsString("731 days"));
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
