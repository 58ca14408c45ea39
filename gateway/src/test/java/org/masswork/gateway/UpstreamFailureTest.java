package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A service that is down, slow or broken gives the client a problem naming it, never a hang. */
@QuarkusTest
@WithTestResource(DownstreamResource.class)
class UpstreamFailureTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldAnswer503WhenTheServiceCannotBeReached() {
        given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/rounds")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:service-unavailable"))
                .body("detail", containsString("evaluation"))
                .body("instance", equalTo("/api/v1/rounds"));
    }

    @Test
    void shouldAnswer504WhenTheServiceStaysSilentPastItsTimeout() {
        given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/matters/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:service-timeout"))
                .body("detail", containsString("risk"));
    }

    @Test
    void shouldAnswer502WhenTheServiceBreaksOffTheExchange() {
        given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/stations/broken")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:bad-gateway"))
                .body("detail", containsString("cadre"));
    }

    @Test
    void shouldReportEachServiceInItsReadiness() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'downstream services' }.data.cadre", equalTo("UP"))
                .body("checks.find { it.name == 'downstream services' }.data.evaluation", equalTo("DOWN"));
    }
}
