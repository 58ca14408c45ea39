package org.masswork.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Behind the ingress: forwarded headers count only from a trusted proxy (127.0.0.2 here, DownstreamResource). From
 * anyone else they are dropped: the client is the socket's address for the rate limit and the access log, and the
 * services are told that address. Each test sends from a loopback address of its own, so no other test shares its
 * address's quota (burst 30).
 */
@QuarkusTest
@WithTestResource(DownstreamResource.class)
class ForwardedClientTest {

    private static final int BURST = 30;

    @Test
    void shouldKeepOneRateLimitForAnUntrustedAddressWhateverItClaimsToForward() throws Exception {
        RawHttp.Answer refused = null;
        for (int i = 0; i < 3 * BURST && refused == null; i++) {
            // No token: counted against the address. Each request claims another client.
            RawHttp.Answer answer = RawHttp.from("127.0.0.3").header("X-Forwarded-For", "203.0.113." + (i % 250 + 1))
                    .header("Forwarded", "for=198.51.100." + (i % 250 + 1)).send("GET", "/api/v1/stations");
            if (answer.status() == 429) {
                refused = answer;
            } else {
                assertThat(answer.status()).isEqualTo(401);
            }
        }
        assertThat(refused).as("a 429 within %d requests from one address", 3 * BURST).isNotNull();
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void shouldLogAndPassOnTheSocketAddressOfAnUntrustedClient() throws Exception {
        String marker = UUID.randomUUID().toString();

        RawHttp.Answer answer = RawHttp.from("127.0.0.4").token(EdgeTokens.countyAdmin()).header("X-Request-Id", "spoof-" + marker)
                .header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "attacker.test").send("GET", "/api/v1/stations?marker=" + marker);
        RawHttp.Answer refused = RawHttp.from("127.0.0.4").header("X-Request-Id", "spoof-401-" + marker)
                .header("X-Forwarded-For", "203.0.113.9").send("GET", "/api/v1/stations");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(Recorded.headers(Recorded.requestsWith(marker).get(0)))
                .containsEntry("x-forwarded-for", "127.0.0.4")
                .containsEntry("x-forwarded-proto", "http")
                .containsEntry("x-forwarded-host", "localhost");
        assertThat(accessLogLine("request=spoof-401-" + marker)).contains("client=127.0.0.4").doesNotContain("203.0.113.9");
    }

    @Test
    void shouldTakeTheClientFromATrustedProxyForTheRateLimitTheLogAndTheServices() throws Exception {
        String marker = UUID.randomUUID().toString();
        // Twice the burst through the one trusted proxy, each for another client: none is limited.
        for (int i = 0; i < 2 * BURST; i++) {
            RawHttp.Answer answer = RawHttp.from(DownstreamResource.TRUSTED_PROXY)
                    .header("X-Forwarded-For", "198.51.100." + (i + 1)).send("GET", "/api/v1/stations");
            assertThat(answer.status()).as("request %d", i).isEqualTo(401);
        }

        RawHttp.Answer answer = RawHttp.from(DownstreamResource.TRUSTED_PROXY).token(EdgeTokens.countyAdmin())
                .header("X-Request-Id", "forwarded-" + marker)
                // What the client sent first (6.6.6.6), then what the ingress appended: the client it saw.
                .header("X-Forwarded-For", "6.6.6.6, 192.0.2.44").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "masswork.county.example.org").header("X-Forwarded-Port", "443")
                .send("GET", "/api/v1/stations?marker=" + marker);
        RawHttp.Answer refused = RawHttp.from(DownstreamResource.TRUSTED_PROXY).header("X-Request-Id", "forwarded-401-" + marker)
                .header("Forwarded", "for=192.0.2.45;proto=https;host=masswork.county.example.org").send("GET", "/api/v1/stations");

        assertThat(answer.status()).isEqualTo(200);
        Map<String, String> headers = Recorded.headers(Recorded.requestsWith(marker).get(0));
        assertThat(headers).containsEntry("x-forwarded-for", "192.0.2.44").containsEntry("x-forwarded-proto", "https")
                .containsEntry("x-forwarded-host", "masswork.county.example.org").containsEntry("x-forwarded-port", "443");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(accessLogLine("request=forwarded-401-" + marker)).contains("client=192.0.2.45");
    }

    @Test
    void shouldSkipTrustedProxiesInTheChain() throws Exception {
        String marker = UUID.randomUUID().toString();

        RawHttp.from(DownstreamResource.TRUSTED_PROXY).token(EdgeTokens.countyAdmin())
                // A load balancer (10.1.2.3, trusted) before the ingress: the client is the one before it.
                .header("X-Forwarded-For", "192.0.2.50, 10.1.2.3").send("GET", "/api/v1/stations?marker=" + marker);

        assertThat(Recorded.headers(Recorded.requestsWith(marker).get(0))).containsEntry("x-forwarded-for", "192.0.2.50");
    }

    @Test
    void shouldAddressTheDocumentsToTheHostAndSchemeTheTrustedProxyForwarded() throws Exception {
        RawHttp.Answer document = RawHttp.from(DownstreamResource.TRUSTED_PROXY).header("X-Forwarded-For", "192.0.2.60")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "masswork.county.example.org")
                .send("GET", "/openapi/cadre");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("\"url\":\"https://masswork.county.example.org\"");
    }

    /** The access log is written every 100 ms. */
    private static String accessLogLine(String ending) throws Exception {
        Path log = Path.of("target/gateway-access.log");
        for (int attempt = 0; attempt < 100; attempt++) {
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log).stream().filter(line -> line.endsWith(ending)).toList();
                if (!lines.isEmpty()) {
                    return lines.get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no access log line ending with " + ending);
    }
}
