package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP metrics tag a routed request with its route's template, never with its path: ids in paths would make
 * a tag each, and past Micrometer's cap on {@code uri} tags new ones are no longer measured at all.
 */
@QuarkusTest
@WithTestResource(DownstreamResource.class)
class RouteMetricsTest {

    private static final String REQUESTS = "http_server_requests_seconds_count";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldTagEveryRecordOfARouteWithOneTemplateAndKeepCountingThem() {
        Map<String, String> oneStation = Map.of("uri", "/api/v1/stations/{id}", "method", "GET", "status", "200");
        double before = Metrics.value(REQUESTS, oneStation);
        List<UUID> ids = IntStream.range(0, 150).mapToObj(i -> UUID.randomUUID()).toList();

        ids.forEach(id -> given().auth().oauth2(EdgeTokens.countyAdmin())
                .when().get("/api/v1/stations/{id}", id)
                .then().statusCode(200));
        given().auth().oauth2(EdgeTokens.countyAdmin()).when().get("/api/v1/stations/{id}", UUID.randomUUID()).then().statusCode(200);

        Set<String> uris = uriTags();
        assertThat(uris).noneMatch(uri -> ids.stream().anyMatch(id -> uri.contains(id.toString())));
        assertThat(uris.stream().filter(uri -> uri.startsWith("/api/v1/stations")))
                .allMatch(uri -> Set.of("/api/v1/stations", "/api/v1/stations/{id}", "/api/v1/stations/{id}/**",
                        "/api/v1/stations/**").contains(uri));
        // The last request, past 150 ids, is counted too.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(Metrics.value(REQUESTS, oneStation)).isEqualTo(before + ids.size() + 1));
    }

    @Test
    void shouldTagARequestRefusedBeforeItsTokenIsKnownWithoutItsPath() {
        Map<String, String> routedRefusals = Map.of("uri", "/api/v1/cases/{id}/**", "status", "401");
        Map<String, String> unroutedRefusals = Map.of("uri", "UNKNOWN", "status", "401");
        double routedBefore = Metrics.value(REQUESTS, routedRefusals);
        double unroutedBefore = Metrics.value(REQUESTS, unroutedRefusals);
        UUID routed = UUID.randomUUID();
        UUID unrouted = UUID.randomUUID();

        given().when().get("/api/v1/cases/{id}/close", routed).then().statusCode(401);
        given().when().get("/api/v1/nowhere/{id}", unrouted).then().statusCode(401);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(Metrics.value(REQUESTS, routedRefusals)).isEqualTo(routedBefore + 1);
            assertThat(Metrics.value(REQUESTS, unroutedRefusals)).isEqualTo(unroutedBefore + 1);
        });
        assertThat(uriTags()).noneMatch(uri -> uri.contains(routed.toString()) || uri.contains(unrouted.toString()));
    }

    private static Set<String> uriTags() {
        return Metrics.samples(REQUESTS).stream().map(sample -> sample.labels().get("uri")).collect(Collectors.toSet());
    }
}
