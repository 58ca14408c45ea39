package org.masswork.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Puts the gateway in front of a {@link Downstream}: cadre, case and risk go to it (with the timeouts the gateway's
 * settings give them, cadre with a circuit that does not open), evaluation to a port where nothing listens. Tokens are
 * {@link EdgeTokens}'.
 */
public class DownstreamResource implements QuarkusTestResourceLifecycleManager {

    static final String SYSTEM_CLIENT = "hotline";
    static final String SYSTEM_CLIENT_SECRET = "s3cret-of-the-12345-hotline-0123456789";
    static final String IDP_CLIENT = "hr-system";
    static final String TRUSTED_PROXY = "127.0.0.2";
    static final String WEB_ORIGIN = "https://web.county.test";

    private Downstream downstream;

    @Override
    public Map<String, String> start() {
        downstream = new Downstream();
        return Map.ofEntries(
                Map.entry("masswork.gateway.routes.cadre.url", downstream.url()),
                Map.entry("masswork.gateway.routes.case.url", downstream.url()),
                Map.entry("masswork.gateway.routes.risk.url", downstream.url()),
                // The peer answers its readiness on the port of its API.
                Map.entry("masswork.gateway.routes.cadre.management-url", downstream.url()),
                Map.entry("masswork.gateway.routes.case.management-url", downstream.url()),
                Map.entry("masswork.gateway.routes.risk.management-url", downstream.url()),
                // UpstreamFailureTest breaks cadre's exchanges a dozen times in a row: each must reach the peer.
                Map.entry("masswork.gateway.routes.cadre.circuit.failures-to-open", "1000"),
                Map.entry("masswork.gateway.routes.evaluation.url", "http://127.0.0.1:" + closedPort()),
                Map.entry("masswork.gateway.routes.evaluation.management-url", "http://127.0.0.1:" + closedPort()),
                // An inline key wins over smallrye-jwt's generated dev/test key; the location is what production sets.
                Map.entry("mp.jwt.verify.publickey", EdgeTokens.publicKeyPem()),
                Map.entry("mp.jwt.verify.publickey.location", "file:" + EdgeTokens.PUBLIC_KEY_PEM),
                Map.entry("masswork.gateway.signing-key-location", EdgeTokens.SIGNING_KEY_PEM.toString()),
                Map.entry("masswork.gateway.clients." + SYSTEM_CLIENT + ".secret-sha256", sha256(SYSTEM_CLIENT_SECRET)),
                Map.entry("masswork.gateway.clients." + SYSTEM_CLIENT + ".scopes", "case-filing,case-status"),
                // The hotline works for the west county; the identity provider's client for the default one (no setting).
                Map.entry("masswork.gateway.clients." + SYSTEM_CLIENT + ".county", FiguresAnswers.WEST.toString()),
                // A county system whose tokens come from the identity provider: no secret here, its scopes still apply.
                Map.entry("masswork.gateway.clients." + IDP_CLIENT + ".scopes", "case-figures"),
                // Requests from 127.0.0.2 stand for the ingress controller's (RawHttp.from): its forwarded headers count.
                Map.entry("masswork.gateway.trusted-proxies", TRUSTED_PROXY + ",10.0.0.0/8"),
                Map.entry("masswork.gateway.rate-limit.requests-per-second", "5"),
                Map.entry("masswork.gateway.rate-limit.burst", "30"),
                Map.entry("masswork.gateway.max-body-size", "64K"),
                Map.entry("quarkus.http.cors.origins", WEB_ORIGIN));
    }

    @Override
    public void stop() {
        if (downstream != null) {
            downstream.close();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
