package org.masswork.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

/**
 * The services check a token's audience and how long it was issued for (the platform's mp.jwt.verify.audiences and
 * smallrye.jwt.time-to-live), whatever reached them: a token for another API, one without an audience or one made to
 * last ten years is 401, as at the gateway.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class TokenRulesTest {

    private static final String LIST = "/api/v1/cases";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldAcceptATokenForThisApiIssuedForAnHour() {
        given().auth().oauth2(TestTokens.countyAdmin()).when().get(LIST).then().statusCode(200);
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        assertUnauthorized(TestTokens.sign(TestTokens.claims("county-admin", Set.of("COUNTY_ADMIN")).audience("other-api")));
    }

    @Test
    void shouldRefuseATokenWithoutAudience() {
        assertUnauthorized(TestTokens.sign(TestTokens.claims("county-admin", Set.of("COUNTY_ADMIN")).remove("aud")));
    }

    @Test
    void shouldRefuseATokenIssuedForTenYears() {
        Instant now = Instant.now();
        assertUnauthorized(TestTokens.sign(TestTokens.claims("county-admin", Set.of("COUNTY_ADMIN"))
                .issuedAt(now).expiresAt(now.plus(Duration.ofDays(3653)))));
    }

    @Test
    void shouldRefuseATokenIssuedForThirteenHours() {
        Instant now = Instant.now();
        assertUnauthorized(TestTokens.sign(TestTokens.claims("county-admin", Set.of("COUNTY_ADMIN"))
                .issuedAt(now).expiresAt(now.plus(Duration.ofHours(13)))));
    }

    private static void assertUnauthorized(String token) {
        given().auth().oauth2(token).when().get(LIST)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:unauthorized"));
    }
}
