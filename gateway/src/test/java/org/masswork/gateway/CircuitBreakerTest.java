package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A service that keeps failing has its circuit opened: its routes are answered 503 with {@code Retry-After} at once,
 * without a connection to it, while the other services' routes work as before; once it answers again, a trial
 * request after the open interval closes the circuit. Nothing here depends on how fast the machine is: the open
 * interval is only waited for by polling, and a check of the open circuit that came too late is sent again.
 */
@QuarkusTest
@WithTestResource(OutageResource.class)
class CircuitBreakerTest {

    private static final Duration GENEROUS = Duration.ofSeconds(60);

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldStopCallingAFailingServiceAndCallItAgainOnceItAnswers() {
        SwitchableService.Control evaluation = OutageResource.evaluation();
        evaluation.down();
        int beforeFailures = evaluation.connections();

        for (int failure = 0; failure < OutageResource.FAILURES_TO_OPEN; failure++) {
            rounds().then().statusCode(502)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:masswork:problem:bad-gateway"));
        }
        assertThat(evaluation.connections()).as("each failure reached the service").isEqualTo(beforeFailures + OutageResource.FAILURES_TO_OPEN);

        Response refused = answeredWithoutConnecting(evaluation, CircuitBreakerTest::rounds);
        refused.then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:service-unavailable"))
                .body("detail", containsString("evaluation"))
                .body("instance", equalTo("/api/v1/rounds"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, (long) OutageResource.OPEN_FOR_SECONDS);

        given().auth().oauth2(EdgeTokens.countyAdmin()).when().get("/api/v1/stations")
                .then().statusCode(200)
                .body("uri", equalTo("/api/v1/stations"));
        JsonPath dashboard = answeredWithoutConnecting(evaluation, CircuitBreakerTest::dashboard).then().statusCode(200)
                .extract().jsonPath();
        assertThat(dashboard.getString("evaluation.status")).isEqualTo("UNAVAILABLE");
        assertThat(dashboard.getString("evaluation.detail")).contains("evaluation 无法连接；网关在");
        assertThat(dashboard.getString("cases.status")).isEqualTo("AVAILABLE");

        evaluation.up();
        int beforeTrial = evaluation.connections();
        await().atMost(GENEROUS).pollInterval(Duration.ofMillis(200)).until(() -> {
            int status = rounds().then().extract().statusCode();
            assertThat(status).as("refused while open, answered once closed").isIn(503, 200);
            return status == 200;
        });
        assertThat(evaluation.connections()).as("of the requests since it is back, only the trial reached it").isEqualTo(beforeTrial + 1);

        rounds().then().statusCode(200).body("service", equalTo("switchable"));
        Management.request().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'downstream services' }.data.evaluation", equalTo("UP"))
                .body("checks.find { it.name == 'downstream services' }.data.'evaluation.circuit'", equalTo("CLOSED"));
        assertThat(Metrics.value("masswork_gateway_circuit_refusals_total", Map.of("service", "evaluation"))).isGreaterThanOrEqualTo(2);
        assertThat(Metrics.value("masswork_gateway_circuit_state", Map.of("service", "evaluation", "state", "closed"))).isEqualTo(1);
        assertThat(Metrics.value("masswork_gateway_circuit_state", Map.of("service", "evaluation", "state", "open"))).isZero();
    }

    @Test
    void shouldTakeAnyAnswerOfTheServiceForAnAnswerNotAFailure() {
        SwitchableService.Control evaluation = OutageResource.evaluation();
        evaluation.up();

        for (int answer = 0; answer < 2 * OutageResource.FAILURES_TO_OPEN; answer++) {
            String status = answer % 2 == 0 ? "503" : "404";
            given().auth().oauth2(EdgeTokens.countyAdmin()).when().get("/api/v1/rounds?status=" + status)
                    .then().statusCode(Integer.parseInt(status))
                    .body("service", equalTo("switchable"));
        }

        rounds().then().statusCode(200).body("service", equalTo("switchable"));
        assertThat(Metrics.value("masswork_gateway_circuit_state", Map.of("service", "evaluation", "state", "closed"))).isEqualTo(1);
    }

    private static Response rounds() {
        return given().auth().oauth2(EdgeTokens.countyAdmin()).when().get("/api/v1/rounds");
    }

    private static Response dashboard() {
        return given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/county-dashboard?from=2026-01-01&to=2026-03-31&townshipId=" + UUID.randomUUID());
    }

    /**
     * Sends the call until the service sees no connection while it runs: the answer of the open circuit. A call that
     * came after the open interval was the trial, which reached the service and failed, opening the circuit again.
     * Without a circuit every call reaches the service, and this fails.
     */
    private static Response answeredWithoutConnecting(SwitchableService.Control service, Supplier<Response> call) {
        for (int attempt = 0; attempt < 10; attempt++) {
            int before = service.connections();
            Response response = call.get();
            if (service.connections() == before) {
                return response;
            }
        }
        throw new AssertionError("every call reached the service: the circuit never refused one");
    }
}
