package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A service that stays silent past its route's timeout gives the client a 504 naming it, never a hang. Its own gateway
 * ({@link SilentServiceResource}): the short timeout that makes this quick would make the other tests' risk answers late
 * on a loaded machine.
 */
@QuarkusTest
@WithTestResource(SilentServiceResource.class)
class UpstreamTimeoutTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
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
}
