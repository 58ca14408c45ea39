package org.masswork.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
            Answer answer = send("GET", target, EdgeTokens.countyAdmin());
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
            Answer answer = send("GET", target, EdgeTokens.countyAdmin());
            assertThat(answer.status()).as(target).isBetween(400, 404);
            assertThat(answer.isProblem()).as(target + ": " + answer.head()).isTrue();
        }
        assertThat(Recorded.requestsWith(marker)).isEmpty();
    }

    @Test
    void shouldAnswerAPathNothingServesWithAProblem() throws IOException {
        for (String target : List.of("/nothing-here", "/index.html", "/q/nothing", "/oauth/nothing")) {
            Answer answer = send("GET", target, null);
            assertThat(answer.status()).as(target).isEqualTo(404);
            assertThat(answer.isProblem()).as(target + ": " + answer.head()).isTrue();
        }
    }

    @Test
    void shouldAnswerAMethodTheGatewaysOwnPathLacksWith405AndAllow() throws IOException {
        Answer token = send("GET", "/oauth/token", null);
        assertThat(token.status()).isEqualTo(405);
        assertThat(token.isProblem()).as(token.head()).isTrue();
        assertThat(token.header("Allow")).contains("POST");

        Answer document = send("DELETE", "/openapi/cadre", null);
        assertThat(document.status()).isEqualTo(405);
        assertThat(document.isProblem()).as(document.head()).isTrue();
        assertThat(document.header("Allow")).contains("GET");
    }

    private record Answer(int status, String head) {

        boolean isProblem() {
            return header("Content-Type") != null && header("Content-Type").startsWith("application/problem+json");
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    /** One request over a new connection, its target as written; the answer's status and head. */
    private static Answer send(String method, String target, String token) throws IOException {
        URI base = URI.create(RestAssured.baseURI);
        try (Socket socket = new Socket(base.getHost(), RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = all.indexOf("\r\n\r\n");
            String head = end < 0 ? all : all.substring(0, end);
            return new Answer(Integer.parseInt(head.split(" ")[1]), head);
        }
    }
}
