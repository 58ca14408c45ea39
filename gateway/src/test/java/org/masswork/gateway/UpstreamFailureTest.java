package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** A service that is down or broken gives the client a problem naming it, never a hang (a slow one: {@link UpstreamTimeoutTest}). */
@QuarkusTest
@WithTestResource(DownstreamResource.class)
class UpstreamFailureTest {

    /** Far above what any answer here takes: a client that waits this long met a hang. */
    private static final Duration CLIENT_GIVES_UP = Duration.ofSeconds(10);

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
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:masswork:problem:service-unavailable"))
                .body("detail", containsString("evaluation"))
                .body("instance", equalTo("/api/v1/rounds"));
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

    /** The fault drill's case: the service dies with requests in flight, their bodies sent or still on the way. */
    @ParameterizedTest
    @CsvSource({"HTTP_1_1, /api/v1/stations/broken", "HTTP_2, /api/v1/stations/broken",
            "HTTP_1_1, /api/v1/stations/crash-before-body", "HTTP_2, /api/v1/stations/crash-before-body",
            "HTTP_1_1, /api/v1/stations/crash-after-head", "HTTP_2, /api/v1/stations/crash-after-head"})
    void shouldAnswer502WhenTheServiceDiesBeforeAnyOfItsAnswerReachedTheClient(HttpClient.Version version, String path) throws Exception {
        for (Duration bodyDelay : List.of(Duration.ZERO, Duration.ofMillis(300))) {
            HttpResponse<String> response = post(version, path, bodyDelay);

            assertThat(response.statusCode()).as("%s, body after %s", path, bodyDelay).isEqualTo(502);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(response.headers().firstValue("X-Downstream")).as("the service's headers are not the problem's").isEmpty();
            assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
            assertThat(response.headers().firstValue("RateLimit")).isPresent();
            assertThat(response.body()).contains("urn:masswork:problem:bad-gateway").contains("cadre");
        }
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void shouldCutTheClientsExchangeWhenTheServiceDiesWithPartOfItsAnswerSent(HttpClient.Version version) {
        // Part of the answer is out: a 502 cannot follow it, but the client must learn at once that the answer is broken.
        assertThatThrownBy(() -> post(version, "/api/v1/stations/crash-mid-answer", Duration.ZERO))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);
    }

    /** A POST whose body follows its head after {@code bodyDelay}; a new connection each time (for HTTP/2, upgraded from HTTP/1.1). */
    private static HttpResponse<String> post(HttpClient.Version version, String path, Duration bodyDelay) throws Exception {
        byte[] head = "{\"note\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "村民反映\"}".getBytes(StandardCharsets.UTF_8);
        Flow.Publisher<ByteBuffer> body = subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            private boolean started;

            @Override
            public void request(long n) {
                if (started) {
                    return;
                }
                started = true;
                subscriber.onNext(ByteBuffer.wrap(head));
                CompletableFuture.delayedExecutor(bodyDelay.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
                    subscriber.onNext(ByteBuffer.wrap(tail));
                    subscriber.onComplete();
                });
            }

            @Override
            public void cancel() {
            }
        });
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Authorization", "Bearer " + EdgeTokens.countyAdmin()).header("Content-Type", "application/json")
                .timeout(CLIENT_GIVES_UP)
                .POST(HttpRequest.BodyPublishers.fromPublisher(body, head.length + tail.length)).build();
        return HttpClient.newBuilder().version(version).build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldStayReadyWhileAServiceIsDownAndNameEachServicesState() {
        Management.request().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'downstream services' }.data.cadre", equalTo("UP"))
                .body("checks.find { it.name == 'downstream services' }.data.'cadre.circuit'", equalTo("CLOSED"))
                .body("checks.find { it.name == 'downstream services' }.data.evaluation", equalTo("DOWN"))
                .body("checks.find { it.name == 'downstream services' }.data.'evaluation.circuit'", matchesPattern("CLOSED|OPEN|HALF_OPEN"));
    }
}
