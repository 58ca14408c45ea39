package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** No request without a valid token reaches a service: the downstream must not see it at all. */
@QuarkusTest
@WithTestResource(DownstreamResource.class)
class EdgeIdentityTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldNeverLetAForgedTokenReachTheService() {
        assertRefusedBeforeTheService(request -> request.auth().oauth2(EdgeTokens.forged()));
    }

    @Test
    void shouldRefuseAnAcceptedTokenWhoseSignatureWasChanged() {
        String token = EdgeTokens.countyAdmin();
        given().auth().oauth2(token).when().get("/api/v1/stations").then().statusCode(200);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + new StringBuilder(signature).reverse();

        assertRefusedBeforeTheService(request -> request.auth().oauth2(tampered));
    }

    @Test
    void shouldRefuseARequestWithoutAToken() {
        assertRefusedBeforeTheService(request -> request);
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        assertRefusedBeforeTheService(request -> request.auth().oauth2(EdgeTokens.expired()));
    }

    @Test
    void shouldRefuseATokenFromAnotherIssuer() {
        assertRefusedBeforeTheService(request -> request.auth().oauth2(EdgeTokens.fromAnotherIssuer()));
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        assertRefusedBeforeTheService(request -> request.auth().oauth2(EdgeTokens.forAnotherAudience()));
    }

    @Test
    void shouldRefuseATokenWithoutAudience() {
        assertRefusedBeforeTheService(request -> request.auth().oauth2(EdgeTokens.withoutAudience()));
    }

    @Test
    void shouldRefuseATokenIssuedForLongerThanTheMaximumLifetime() {
        assertRefusedBeforeTheService(request -> request.auth().oauth2(EdgeTokens.forTenYears()));
    }

    @Test
    void shouldRefuseSomethingThatIsNotATokenAtAll() {
        assertRefusedBeforeTheService(request -> request.header("Authorization", "Basic Y291bnR5OmFkbWlu"));
        assertRefusedBeforeTheService(request -> request.auth().oauth2("not.a.jwt"));
    }

    @Test
    void shouldAskForATokenEvenOnAnApiPathNoServiceOwns() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(401)
                .body("type", equalTo("urn:masswork:problem:unauthorized"));
    }

    @Test
    void shouldLeaveHealthOpen() {
        Management.request().auth().oauth2(EdgeTokens.forged())
                .when().get("/q/health/live")
                .then().statusCode(200);
    }

    private static void assertRefusedBeforeTheService(UnaryOperator<RequestSpecification> credentials) {
        String marker = UUID.randomUUID().toString();
        credentials.apply(given()).contentType(ContentType.JSON).body(Map.of("marker", marker))
                .when().post("/api/v1/stations?marker=" + marker)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:masswork:problem:unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/stations"));
        assertThat(Recorded.requestsWith(marker)).isEmpty();
    }
}
