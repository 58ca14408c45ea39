package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;

@QuarkusTest
@WithTestResource(DownstreamResource.class)
class RoutingTest {

    @Inject
    InMemorySpanExporter spans;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldPassMethodPathQueryHeadersAndBodyToTheOwningServiceAndItsAnswerBack() {
        String marker = UUID.randomUUID().toString();
        String token = EdgeTokens.countyAdmin();

        given().auth().oauth2(token).header("Idempotency-Key", marker).contentType(ContentType.JSON)
                .body(Map.of("name", "东沟村群众工作站", "marker", marker))
                .when().post("/api/v1/stations?marker=" + marker)
                .then().statusCode(201)
                .body("method", equalTo("POST"));

        List<Map<String, Object>> seen = Recorded.requestsWith(marker);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).get("uri")).isEqualTo("/api/v1/stations?marker=" + marker);
        assertThat((String) seen.get(0).get("body")).contains("东沟村群众工作站").contains(marker);
        assertThat(Recorded.headers(seen.get(0)))
                .containsEntry("authorization", "Bearer " + token)
                .containsEntry("idempotency-key", marker)
                .containsEntry("content-type", "application/json");
    }

    @Test
    void shouldKeepTheServicesStatusAndHeaders() {
        String marker = UUID.randomUUID().toString();

        given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/townships/{id}?status=409&marker={marker}", UUID.randomUUID(), marker)
                .then().statusCode(409)
                .header("X-Downstream", "seen");
    }

    @Test
    void shouldRouteEachPrefixToItsService() {
        String marker = UUID.randomUUID().toString();
        String token = EdgeTokens.countyAdmin();

        for (String path : List.of("/api/v1/villages", "/api/v1/station-directory/" + UUID.randomUUID(),
                "/api/v1/open311/services.json", "/api/v1/matters")) {
            given().auth().oauth2(token).when().get(path + "?marker=" + marker).then().statusCode(200);
        }
        // Evaluation's route leads to a closed port in these tests: a 503 shows the request went there.
        given().auth().oauth2(token).when().get("/api/v1/rounds?marker=" + marker).then().statusCode(503);

        assertThat(Recorded.requestsWith(marker)).hasSize(4);
    }

    @Test
    void shouldRouteEachFiguresEndpointToItsService() {
        String marker = UUID.randomUUID().toString();
        String token = EdgeTokens.countyAdmin();

        for (String path : List.of("/api/v1/case-figures?from=2026-01-01&to=2026-01-31", "/api/v1/risk-figures?from=2026-01-01&to=2026-01-31",
                "/api/v1/card-figures?groupBy=STATION", "/api/v1/pairing-figures?groupBy=TOWNSHIP")) {
            given().auth().oauth2(token).when().get(path + "&marker=" + marker).then().statusCode(200).body("rows", hasSize(1));
        }
        given().auth().oauth2(token).when().get("/api/v1/work-figures?from=2026-01-01&to=2026-01-31&marker=" + marker)
                .then().statusCode(503)
                .body("detail", containsString("evaluation"));
        given().auth().oauth2(token).when().get("/api/v1/verdict-figures?period=2026-H1&marker=" + marker)
                .then().statusCode(503)
                .body("detail", containsString("evaluation"));
        // The paths the figures endpoints replaced belong to no service.
        given().auth().oauth2(token).when().get("/api/v1/figures/stations/{id}?month=2026-01&marker=" + marker, UUID.randomUUID())
                .then().statusCode(404)
                .body("type", equalTo("urn:masswork:problem:no-route"));

        assertThat(Recorded.requestsWith(marker)).extracting(request -> String.valueOf(request.get("uri")).replaceFirst("\\?.*", ""))
                .containsExactly("/api/v1/case-figures", "/api/v1/risk-figures", "/api/v1/card-figures", "/api/v1/pairing-figures");
    }

    @Test
    void shouldPreferTheMostSpecificPrefix() {
        UUID cadreId = UUID.randomUUID();
        String token = EdgeTokens.countyAdmin();

        given().auth().oauth2(token).when().get("/api/v1/cadres/{id}", cadreId).then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/cadres/{id}/verdicts", cadreId)
                .then().statusCode(503)
                .body("detail", org.hamcrest.Matchers.containsString("evaluation"));
    }

    @Test
    void shouldTellTheServiceHowTheClientReachedTheGatewaySoItsLocationPointsThere() {
        String marker = UUID.randomUUID().toString();

        String location = given().auth().oauth2(EdgeTokens.countyAdmin())
                .header("Host", "gateway.county.test")
                .header("X-Forwarded-Host", "attacker.test")
                .contentType(ContentType.JSON).body(Map.of("marker", marker))
                .when().post("/api/v1/villages?marker=" + marker)
                .then().statusCode(201).extract().header("Location");

        assertThat(location).isEqualTo("http://gateway.county.test/api/v1/villages/42");
        assertThat(Recorded.headers(Recorded.requestsWith(marker).get(0)))
                .containsEntry("x-forwarded-host", "gateway.county.test")
                .containsEntry("x-forwarded-proto", "http")
                .containsEntry("x-forwarded-port", "80")
                .containsEntry("x-forwarded-for", "127.0.0.1");
    }

    @Test
    void shouldCreateARequestIdPassItOnAndReturnIt() {
        String marker = UUID.randomUUID().toString();

        String requestId = given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/stations?marker=" + marker)
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().header("X-Request-Id");

        assertThat(Recorded.headers(Recorded.requestsWith(marker).get(0))).containsEntry("x-request-id", requestId);
    }

    @Test
    void shouldWriteOneAccessLogLinePerRequestWithNoTokenOrQuery() throws Exception {
        String marker = UUID.randomUUID().toString();
        String token = EdgeTokens.countyAdmin();

        given().auth().oauth2(token).header("X-Request-Id", "log-" + marker)
                .when().get("/api/v1/stations?name=" + marker)
                .then().statusCode(200);
        given().header("X-Request-Id", "log-unknown-" + marker)
                .when().get("/api/v1/stations")
                .then().statusCode(401);

        assertThat(accessLogLine("request=log-" + marker)).matches(
                "\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z GET /api/v1/stations 200 \\d+\\.\\dms client=county-admin-[0-9a-f-]{36} request=log-" + marker)
                .doesNotContain(token).doesNotContain("name=");
        assertThat(accessLogLine("request=log-unknown-" + marker)).contains("GET /api/v1/stations 401 ").contains("client=127.0.0.1");
    }

    @Test
    void shouldWriteEveryLineOfABurstWholeAndOnce() throws Exception {
        String marker = UUID.randomUUID().toString();
        int requests = 60;

        // A client each, as the test profile's rate limit is low.
        for (int i = 0; i < requests; i++) {
            given().auth().oauth2(EdgeTokens.countyAdmin()).header("X-Request-Id", "burst-" + i + "-" + marker)
                    .when().get("/api/v1/villages").then().statusCode(200);
        }

        for (int i = 0; i < requests; i++) {
            assertThat(accessLogLine("request=burst-" + i + "-" + marker))
                    .matches("\\S+Z GET /api/v1/villages 200 \\d+\\.\\dms client=county-admin-[0-9a-f-]{36} request=burst-" + i + "-" + marker);
        }
    }

    /** The access log is written every 100 ms. */
    private static String accessLogLine(String ending) throws Exception {
        Path log = Path.of("target/gateway-access.log");
        for (int attempt = 0; attempt < 50; attempt++) {
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log).stream().filter(line -> line.endsWith(ending)).toList();
                if (!lines.isEmpty()) {
                    assertThat(lines).hasSize(1);
                    return lines.get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no access log line ending with " + ending);
    }

    @Test
    void shouldKeepTheClientsRequestIdAndContinueItsTraceInTheGatewaysSpan() {
        String marker = UUID.randomUUID().toString();
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        given().auth().oauth2(EdgeTokens.countyAdmin())
                .header("X-Request-Id", "mobile-" + marker).header("traceparent", traceparent).header("tracestate", "vendor=1")
                .when().get("/api/v1/stations?marker=" + marker)
                .then().statusCode(200)
                .header("X-Request-Id", "mobile-" + marker);

        Map<String, String> passedOn = Recorded.headers(Recorded.requestsWith(marker).get(0));
        assertThat(passedOn).containsEntry("x-request-id", "mobile-" + marker).containsEntry("tracestate", "vendor=1");
        SpanData gateway = gatewaySpan("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(gateway.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(gateway.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(gateway.getName()).isEqualTo("GET /api/v1/stations");
        assertThat(gateway.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200L);
        // The service's parent is the gateway's span, in the client's trace.
        assertThat(passedOn.get("traceparent")).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-" + gateway.getSpanId() + "-01");
    }

    @Test
    void shouldStartATraceInTheGatewaysSpanForARequestThatCameWithoutAValidOne() {
        String without = UUID.randomUUID().toString();
        String invalid = UUID.randomUUID().toString();

        given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/stations/" + UUID.randomUUID() + "?marker=" + without)
                .then().statusCode(200);
        given().auth().oauth2(EdgeTokens.countyAdmin())
                .header("traceparent", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01").header("tracestate", "vendor=1")
                .when().get("/api/v1/stations?marker=" + invalid)
                .then().statusCode(200);

        String started = Recorded.headers(Recorded.requestsWith(without).get(0)).get("traceparent");
        Map<String, String> replaced = Recorded.headers(Recorded.requestsWith(invalid).get(0));
        assertThat(started).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(replaced.get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01").doesNotContain("0".repeat(32))
                .isNotEqualTo(started);
        assertThat(replaced).doesNotContainKey("tracestate");
        for (String traceparent : List.of(started, replaced.get("traceparent"))) {
            SpanData gateway = gatewaySpan(traceparent.substring(3, 35));
            assertThat(gateway.getParentSpanContext().isValid()).isFalse();
            assertThat(traceparent.substring(36, 52)).isEqualTo(gateway.getSpanId());
        }
        assertThat(gatewaySpan(started.substring(3, 35)).getName()).isEqualTo("GET /api/v1/stations/{id}");
    }

    /** The gateway's span in that trace, once ended (it ends with the exchange, just after the answer was sent). */
    private SpanData gatewaySpan(String traceId) {
        Await.until("the gateway's span in trace " + traceId, Duration.ofMinutes(1),
                () -> spans.getFinishedSpanItems().stream().anyMatch(s -> s.getTraceId().equals(traceId)));
        List<SpanData> inTrace = spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
        assertThat(inTrace).hasSize(1);
        return inTrace.get(0);
    }

    @Test
    void shouldAnswer404ForAnApiPathNoServiceOwns() {
        given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:no-route"))
                .body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void shouldNotConfuseAPrefixWithALongerName() {
        given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/stationsXYZ")
                .then().statusCode(404)
                .body("type", equalTo("urn:masswork:problem:no-route"));
    }
}
