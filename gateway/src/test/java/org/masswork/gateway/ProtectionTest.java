package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
@WithTestResource(DownstreamResource.class)
class ProtectionTest {

    /** The test configuration's burst (DownstreamResource). */
    private static final int BURST = 30;
    /** The RateLimit header field (IETF draft-ietf-httpapi-ratelimit-headers). */
    private static final String QUOTA = "\"default\";r=\\d+;t=\\d+";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldLimitEachClientAndSayWhenToRetry() {
        String marker = UUID.randomUUID().toString();
        String token = EdgeTokens.token("inspector-" + marker, Set.of("INSPECTOR"));

        Response refused = null;
        int sent = 0;
        while (refused == null && sent < 3 * BURST) {
            Response response = given().auth().oauth2(token).when().get("/api/v1/stations?marker=" + marker + "&n=" + sent);
            sent++;
            if (response.statusCode() == 429) {
                refused = response;
            }
        }

        assertThat(refused).as("a 429 within %d requests", 3 * BURST).isNotNull();
        assertThat(sent).isGreaterThan(BURST);
        refused.then().contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:rate-limited"))
                .header("RateLimit", matchesPattern("\"default\";r=0;t=\\d+"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(Recorded.requestsWith(marker)).hasSize(sent - 1);
        // Another client is not held back by this one.
        given().auth().oauth2(EdgeTokens.countyAdmin()).when().get("/api/v1/stations").then().statusCode(200);
    }

    @Test
    void shouldTellEachClientWhatIsLeftOfItsQuotaOnEveryAnswer() {
        String token = EdgeTokens.countyAdmin();

        // A new client's first request: the burst less one left, whole again within a second (5 per second here).
        given().auth().oauth2(token).when().get("/api/v1/stations")
                .then().statusCode(200).header("RateLimit", "\"default\";r=" + (BURST - 1) + ";t=1");
        given().auth().oauth2(token).when().get("/api/v1/townships/{id}?status=404", UUID.randomUUID())
                .then().statusCode(404).header("RateLimit", matchesPattern(QUOTA));
        given().auth().oauth2(token).when().get("/api/v1/rounds")
                .then().statusCode(503).header("RateLimit", matchesPattern(QUOTA));
        given().auth().oauth2(token).when().get("/api/v1/county-dashboard?from=someday&to=2026-01-31")
                .then().statusCode(400).header("RateLimit", matchesPattern(QUOTA));
        // Answers before the caller is known count against its address.
        given().when().get("/api/v1/stations").then().statusCode(401).header("RateLimit", matchesPattern(QUOTA));
        given().when().get("/openapi/cadre").then().statusCode(200).header("RateLimit", matchesPattern(QUOTA));
    }

    @Test
    void shouldRefuseAnOverLongPathOrQueryStringWithAProblemBeforeTheService() {
        String marker = UUID.randomUUID().toString();
        String token = EdgeTokens.countyAdmin();

        for (String uri : List.of("/api/v1/stations?marker=" + marker + "&q=" + "x".repeat(5000),
                "/api/v1/stations/" + "x".repeat(5000) + "?marker=" + marker,
                "/openapi/cadre?marker=" + marker + "&q=" + "x".repeat(5000))) {
            given().auth().oauth2(token).when().get(uri)
                    .then().statusCode(414)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:masswork:problem:uri-too-long"))
                    .body("detail", containsString("最多 4000 个字符"))
                    .header("RateLimit", matchesPattern(QUOTA));
        }
        assertThat(Recorded.requestsWith(marker)).isEmpty();

        String longest = "/api/v1/stations?marker=" + marker + "&q=";
        given().auth().oauth2(token).when().get(longest + "x".repeat(4000 - longest.length())).then().statusCode(200);
        assertThat(Recorded.requestsWith(marker)).hasSize(1);
    }

    @Test
    void shouldRefuseATooLargeBodyWith413BeforeTheService() {
        String marker = UUID.randomUUID().toString();

        given().auth().oauth2(EdgeTokens.countyAdmin()).contentType(ContentType.JSON)
                .body("{\"note\":\"" + "x".repeat(65 * 1024) + "\"}")
                .when().post("/api/v1/stations?marker=" + marker)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:body-too-large"));
        assertThat(Recorded.requestsWith(marker)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void shouldCutOffATooLargeBodySentWithoutALength(HttpClient.Version version) throws Exception {
        String marker = UUID.randomUUID().toString();

        HttpResponse<String> response = postWithoutLength(version, marker, "x".repeat(200 * 1024));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("urn:masswork:problem:body-too-large");
        assertThat(Recorded.requestsWith(marker)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void shouldPassABodySentWithoutALengthIntact(HttpClient.Version version) throws Exception {
        String marker = UUID.randomUUID().toString();
        String note = "村民反映的问题".repeat(1000);

        HttpResponse<String> response = postWithoutLength(version, marker, note);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat((String) Recorded.requestsWith(marker).get(0).get("body")).contains(note);
    }

    /** A body publisher without a length: HTTP/1.1 sends it chunked, HTTP/2 (h2c) as frames without a length. */
    private static HttpResponse<String> postWithoutLength(HttpClient.Version version, String marker, String note) throws Exception {
        byte[] body = ("{\"note\":\"" + note + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/stations?marker=" + marker))
                .header("Authorization", "Bearer " + EdgeTokens.countyAdmin()).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newBuilder().version(version).build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldLetConfiguredWebOriginsCallTheApi() {
        given().header("Origin", DownstreamResource.WEB_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type,Idempotency-Key")
                .when().options("/api/v1/stations")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", DownstreamResource.WEB_ORIGIN);

        given().auth().oauth2(EdgeTokens.countyAdmin()).header("Origin", DownstreamResource.WEB_ORIGIN)
                .when().get("/api/v1/stations")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", DownstreamResource.WEB_ORIGIN)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void shouldNotLetOtherOriginsCallTheApi() {
        Response response = given().auth().oauth2(EdgeTokens.countyAdmin()).header("Origin", "https://evil.test")
                .when().get("/api/v1/stations");

        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void shouldAddSecurityHeadersToWhatTheServicesAnswer() {
        given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/stations")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Cache-Control", "no-store")
                .header("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age="));
    }
}
