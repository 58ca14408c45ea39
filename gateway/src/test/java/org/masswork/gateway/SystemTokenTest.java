package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** County systems trade their client id and secret for a short-lived SYSTEM token. */
@QuarkusTest
@WithTestResource(DownstreamResource.class)
class SystemTokenTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldIssueASystemTokenThatTheGatewayAcceptsAndPassesOn() {
        String token = given().auth().preemptive().basic(DownstreamResource.SYSTEM_CLIENT, DownstreamResource.SYSTEM_CLIENT_SECRET)
                .formParam("grant_type", "client_credentials")
                .when().post("/oauth/token")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("RateLimit", matchesPattern("\"default\";r=\\d+;t=\\d+"))
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(300))
                .extract().path("access_token");

        String marker = UUID.randomUUID().toString();
        given().auth().oauth2(token).when().get("/api/v1/cases?marker=" + marker).then().statusCode(200);

        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"hotline\"").contains("\"groups\":[\"SYSTEM\"]").contains("\"iss\":\"masswork-local\"");
        assertThat(Recorded.requestsWith(marker)).hasSize(1);
    }

    @Test
    void shouldAcceptTheCredentialsInTheFormToo() {
        given().formParam("grant_type", "client_credentials")
                .formParam("client_id", DownstreamResource.SYSTEM_CLIENT)
                .formParam("client_secret", DownstreamResource.SYSTEM_CLIENT_SECRET)
                .when().post("/oauth/token")
                .then().statusCode(200)
                .body("token_type", equalTo("Bearer"));
    }

    @Test
    void shouldRefuseAWrongSecret() {
        given().auth().preemptive().basic(DownstreamResource.SYSTEM_CLIENT, DownstreamResource.SYSTEM_CLIENT_SECRET + "x")
                .formParam("grant_type", "client_credentials")
                .when().post("/oauth/token")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:invalid-client"));
    }

    @Test
    void shouldRefuseAClientIdOrSecretLongerThanDeclared() {
        given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "x".repeat(101))
                .formParam("client_secret", DownstreamResource.SYSTEM_CLIENT_SECRET)
                .when().post("/oauth/token")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:invalid-request"))
                .body("detail", containsString("client_id"));
    }

    @Test
    void shouldRefuseAnUnknownClient() {
        given().auth().preemptive().basic("someone", DownstreamResource.SYSTEM_CLIENT_SECRET)
                .formParam("grant_type", "client_credentials")
                .when().post("/oauth/token")
                .then().statusCode(401)
                .body("type", equalTo("urn:masswork:problem:invalid-client"));
    }

    @Test
    void shouldRefuseAnotherGrant() {
        given().auth().preemptive().basic(DownstreamResource.SYSTEM_CLIENT, DownstreamResource.SYSTEM_CLIENT_SECRET)
                .formParam("grant_type", "password")
                .when().post("/oauth/token")
                .then().statusCode(400)
                .body("type", equalTo("urn:masswork:problem:unsupported-grant-type"));
    }
}
