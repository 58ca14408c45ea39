package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    void shouldIssueASystemTokenForThisApiNamingTheClientAndItsScopes() {
        String token = given().auth().preemptive().basic(DownstreamResource.SYSTEM_CLIENT, DownstreamResource.SYSTEM_CLIENT_SECRET)
                .formParam("grant_type", "client_credentials")
                .when().post("/oauth/token")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("RateLimit", matchesPattern("\"default\";r=\\d+;t=\\d+"))
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(300))
                .body("scope", equalTo("case-filing case-status"))
                .extract().path("access_token");

        JsonPath claims = part(token, 1);
        assertThat(claims.getString("sub")).isEqualTo("hotline");
        assertThat(claims.getString("azp")).isEqualTo("hotline");
        assertThat(claims.getString("client_id")).isEqualTo("hotline");
        assertThat(claims.getList("groups")).containsExactly("SYSTEM");
        assertThat(claims.getString("iss")).isEqualTo("masswork-local");
        assertThat(claims.getString("aud")).isEqualTo("masswork-api");
        assertThat(claims.getString("scope")).isEqualTo("case-filing case-status");
        // The county the hotline works for (masswork.gateway.clients.hotline.county): the services scope its calls to it.
        assertThat(claims.getString("county")).isEqualTo(FiguresAnswers.WEST.toString());
        assertThat(claims.getLong("exp") - claims.getLong("iat")).isEqualTo(300);
        // Signed with the key /oauth/jwks publishes, named in the header.
        String kid = given().when().get("/oauth/jwks").then().statusCode(200)
                .body("keys[0].kty", equalTo("RSA")).body("keys[0].alg", equalTo("RS256")).body("keys[0].use", equalTo("sig"))
                .extract().path("keys[0].kid");
        assertThat(part(token, 0).getString("kid")).isEqualTo(kid);
    }

    @Test
    void shouldServeTheKeyThatVerifiesTheSystemTokensAsAJwkSet() throws Exception {
        String token = hotlineToken(null);
        Map<String, String> jwk = given().when().get("/oauth/jwks").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().jsonPath().getMap("keys[0]");
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("n"))), new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("e")))));
        String[] parts = token.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));

        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    @Test
    void shouldLetTheHotlineFileCasesAndReadTheirStatusOnly() {
        String token = hotlineToken(null);
        String filed = UUID.randomUUID().toString();
        String read = UUID.randomUUID().toString();
        String households = UUID.randomUUID().toString();
        String allCases = UUID.randomUUID().toString();

        given().auth().oauth2(token).contentType("application/json").body("{}")
                .when().post("/api/v1/cases?marker=" + filed).then().statusCode(201);
        given().auth().oauth2(token).when().get("/api/v1/cases/{id}?marker=" + read, UUID.randomUUID()).then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/households?marker=" + households)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:operation-not-allowed"))
                .body("detail", containsString("hotline"));
        given().auth().oauth2(token).when().get("/api/v1/cases?marker=" + allCases).then().statusCode(403);

        assertThat(Recorded.requestsWith(filed)).hasSize(1);
        assertThat(Recorded.requestsWith(read)).hasSize(1);
        assertThat(Recorded.requestsWith(households)).isEmpty();
        assertThat(Recorded.requestsWith(allCases)).isEmpty();
    }

    @Test
    void shouldHoldATokenToTheScopesItWasGrantedWhenItAskedForFewer() {
        String token = given().auth().preemptive().basic(DownstreamResource.SYSTEM_CLIENT, DownstreamResource.SYSTEM_CLIENT_SECRET)
                .formParam("grant_type", "client_credentials").formParam("scope", "case-status")
                .when().post("/oauth/token")
                .then().statusCode(200).body("scope", equalTo("case-status"))
                .extract().path("access_token");

        given().auth().oauth2(token).when().get("/api/v1/cases/{id}", UUID.randomUUID()).then().statusCode(200);
        given().auth().oauth2(token).contentType("application/json").body("{}").when().post("/api/v1/cases").then().statusCode(403);
    }

    @Test
    void shouldRefuseAScopeTheClientDoesNotHave() {
        given().auth().preemptive().basic(DownstreamResource.SYSTEM_CLIENT, DownstreamResource.SYSTEM_CLIENT_SECRET)
                .formParam("grant_type", "client_credentials").formParam("scope", "case-status case-figures")
                .when().post("/oauth/token")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:invalid-scope"));
    }

    @Test
    void shouldHoldASystemTokenOfTheIdentityProviderToItsClientsScopes() {
        String token = EdgeTokens.sign(EdgeTokens.claims("hr-" + UUID.randomUUID(), Set.of("SYSTEM"), Instant.now().plusSeconds(600))
                .claim("azp", DownstreamResource.IDP_CLIENT));
        String figures = UUID.randomUUID().toString();

        given().auth().oauth2(token).when().get("/api/v1/case-figures?from=2026-01-01&to=2026-01-31&marker=" + figures)
                .then().statusCode(200);
        given().auth().oauth2(token).contentType("application/json").body("{}").when().post("/api/v1/cases").then().statusCode(403);
        assertThat(Recorded.requestsWith(figures)).hasSize(1);
    }

    @Test
    void shouldRefuseASystemTokenOfTheIdentityProviderForAnotherCountyThanItsClients() {
        String figures = UUID.randomUUID().toString();
        String otherCounty = EdgeTokens.sign(EdgeTokens.claims("hr-" + UUID.randomUUID(), Set.of("SYSTEM"), Instant.now().plusSeconds(600))
                .claim("azp", DownstreamResource.IDP_CLIENT).claim(EdgeTokens.COUNTY, FiguresAnswers.WEST.toString()));
        String noCounty = EdgeTokens.sign(EdgeTokens.claims("hr-" + UUID.randomUUID(), Set.of("SYSTEM"), Instant.now().plusSeconds(600))
                .claim("azp", DownstreamResource.IDP_CLIENT).remove(EdgeTokens.COUNTY));

        given().auth().oauth2(otherCounty).header("Accept-Language", "en")
                .when().get("/api/v1/case-figures?from=2026-01-01&to=2026-01-31&marker=" + figures)
                .then().statusCode(403)
                .body("type", equalTo("urn:masswork:problem:operation-not-allowed"))
                .body("detail", equalTo("The county system hr-system works for the county 8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa; "
                        + "this token names the county " + FiguresAnswers.WEST));
        given().auth().oauth2(noCounty).when().get("/api/v1/case-figures?from=2026-01-01&to=2026-01-31&marker=" + figures)
                .then().statusCode(403)
                .body("type", equalTo("urn:masswork:problem:no-county"));
        assertThat(Recorded.requestsWith(figures)).isEmpty();
    }

    @Test
    void shouldRefuseASystemTokenThatNamesNoRegisteredClient() {
        String marker = UUID.randomUUID().toString();
        for (String token : List.of(EdgeTokens.token("anything-" + UUID.randomUUID(), Set.of("SYSTEM")),
                EdgeTokens.sign(EdgeTokens.claims("x-" + UUID.randomUUID(), Set.of("SYSTEM"), Instant.now().plusSeconds(600))
                        .claim("client_id", "unknown-system")))) {
            given().auth().oauth2(token).when().get("/api/v1/cases/{id}?marker=" + marker, UUID.randomUUID())
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:masswork:problem:operation-not-allowed"));
        }
        assertThat(Recorded.requestsWith(marker)).isEmpty();
    }

    private static String hotlineToken(String scope) {
        var request = given().auth().preemptive().basic(DownstreamResource.SYSTEM_CLIENT, DownstreamResource.SYSTEM_CLIENT_SECRET)
                .formParam("grant_type", "client_credentials");
        if (scope != null) {
            request.formParam("scope", scope);
        }
        return request.when().post("/oauth/token").then().statusCode(200).extract().path("access_token");
    }

    private static JsonPath part(String token, int index) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8));
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
