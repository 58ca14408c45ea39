package org.masswork.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every answer of the gateway is problem+json, whatever the request: also those Vert.x's router would give on its
 * own (a bad percent-escape, dot segments, a path nothing serves, a method a path lacks). Sent over a raw socket, so
 * the request line reaches the gateway exactly as written here.
 */
@QuarkusTest
@WithTestResource(DownstreamResource.class)
class EdgeAnswersTest {

    @Test
    void shouldAnswerABadPercentEscapeWithAProblem() throws IOException {
        for (String target : List.of("/api/v1/stations/%zz", "/%zz", "/api/v1/stations/%", "/q/%E0%A4%A", "/openapi/%zz")) {
            RawHttp.Answer answer = send("GET", target, EdgeTokens.countyAdmin());
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.isProblem()).as(target + ": " + answer.head()).isTrue();
        }
    }

    @Test
    void shouldAnswerDotSegmentsWithAProblemAndPassNothingOn() throws IOException {
        String marker = UUID.randomUUID().toString();
        for (String target : List.of("/api/v1/stations/../households?marker=" + marker, "/api/v1/../../q/metrics",
                "/api/v1/stations/./x?marker=" + marker, "/../etc/passwd", "/q/../api/v1/stations?marker=" + marker,
                "/api/v1/stations/%2e%2e/households?marker=" + marker)) {
            RawHttp.Answer answer = send("GET", target, EdgeTokens.countyAdmin());
            assertThat(answer.status()).as(target).isBetween(400, 404);
            assertThat(answer.isProblem()).as(target + ": " + answer.head()).isTrue();
        }
        assertThat(Recorded.requestsWith(marker)).isEmpty();
    }

    @Test
    void shouldAnswerAPathNothingServesWithAProblem() throws IOException {
        for (String target : List.of("/nothing-here", "/index.html", "/q/nothing", "/oauth/nothing")) {
            RawHttp.Answer answer = send("GET", target, null);
            assertThat(answer.status()).as(target).isEqualTo(404);
            assertThat(answer.isProblem()).as(target + ": " + answer.head()).isTrue();
        }
    }

    @Test
    void shouldServeHealthAndMetricsOnTheManagementPortOnly() throws IOException {
        for (String target : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live")) {
            RawHttp.Answer answer = send("GET", target, null);
            assertThat(answer.status()).as(target).isEqualTo(404);
            assertThat(answer.isProblem()).as(target).isTrue();
        }
        Management.request().when().get("/q/metrics").then().statusCode(200);
        Management.request().when().get("/q/health/ready").then().statusCode(200);
        // Documents and Swagger UI stay on the API port.
        assertThat(send("GET", "/q/openapi", null).status()).isEqualTo(200);
    }

    @Test
    void shouldAnswerAMethodTheGatewaysOwnPathLacksWith405AndAllow() throws IOException {
        RawHttp.Answer token = send("GET", "/oauth/token", null);
        assertThat(token.status()).isEqualTo(405);
        assertThat(token.isProblem()).as(token.head()).isTrue();
        assertThat(token.header("Allow")).contains("POST");

        RawHttp.Answer document = send("DELETE", "/openapi/cadre", null);
        assertThat(document.status()).isEqualTo(405);
        assertThat(document.isProblem()).as(document.head()).isTrue();
        assertThat(document.header("Allow")).contains("GET");
    }

    private static RawHttp.Answer send(String method, String target, String token) throws IOException {
        return RawHttp.request().token(token).send(method, target);
    }
}
