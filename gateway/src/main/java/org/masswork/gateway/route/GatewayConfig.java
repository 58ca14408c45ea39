package org.masswork.gateway.route;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.masswork.platform.county.Counties;

/** The gateway's settings: the services behind it, and the rules it applies at the edge. */
@ConfigMapping(prefix = "masswork.gateway")
public interface GatewayConfig {

    Map<String, Route> routes();

    /**
     * Where clients reach the gateway, for the {@code servers} of the API documents; without it, the
     * scheme and host the request came in on.
     */
    Optional<URI> publicUrl();

    /**
     * Which environment this gateway serves (production, staging, local…): named in the {@code servers} of the
     * documents, so nobody mistakes a test stack for production.
     */
    @WithDefault("local")
    String environment();

    /**
     * Longest path and query string passed on; a longer one is refused with 414. The services read request lines
     * of up to 4096 bytes (Quarkus's default), method and protocol included; the gateway reads up to
     * {@code quarkus.http.limits.max-initial-line-length} so that it can answer the longer ones itself.
     */
    @WithDefault("4000")
    int maxUriLength();

    /** Largest request body passed on; a larger one is refused with 413. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** How long to wait for a connection to a service before answering 503 (or 504 on a timeout). */
    @WithDefault("2s")
    Duration connectTimeout();

    /**
     * The proxies in front of the gateway whose {@code Forwarded}/{@code X-Forwarded-*} headers are believed: IP
     * addresses or CIDR blocks, e.g. the ingress controller's pod network. None by default: the client is the socket's
     * peer, and what a client sends in those headers is dropped.
     */
    Optional<List<String>> trustedProxies();

    /** Where the access log is appended; without it, standard output. */
    Optional<Path> accessLogFile();

    /** Connections kept per service by each of the gateway's event loops. */
    @WithDefault("64")
    int maxConnectionsPerService();

    RateLimit rateLimit();

    /** The people's representatives' ballots: the one route the gateway lets through without a token. */
    Ballots ballots();

    /**
     * County systems, by client id: each gets SYSTEM tokens (client credentials) for its own operations only. A
     * SYSTEM token that names no client of this list ({@code client_id}, else {@code azp}) is refused at the edge.
     */
    Map<String, Client> clients();

    /**
     * What a county system may do, by scope name: rules {@code METHOD /path}, where a {@code *} segment matches any one
     * segment and a final {@code **} anything below ({@code GET /api/v1/cases/*}). A client is given scopes by name.
     */
    Map<String, List<String>> scopes();

    /** The PEM private key that signs SYSTEM tokens; its public key is served at {@code /oauth/jwks}. */
    Optional<String> signingKeyLocation();

    /**
     * The {@code iss} of the SYSTEM tokens the gateway signs; without it, the users' issuer ({@code mp.jwt.verify.issuer}),
     * since the services verify one issuer. Either way the tokens carry {@code azp} and {@code client_id}.
     */
    Optional<String> tokenIssuer();

    /** How long a SYSTEM token is valid; at most {@code smallrye.jwt.time-to-live}. */
    @WithDefault("5m")
    Duration systemTokenLifespan();

    interface Route {
        /** Base URL of the service, for example {@code http://cadre-service:8080}. */
        URI url();

        /**
         * Base URL of the service's management interface (health, metrics), for example {@code http://cadre-service:9000};
         * without it, the host of {@link #url()} on port {@value #MANAGEMENT_PORT}.
         */
        Optional<URI> managementUrl();

        int MANAGEMENT_PORT = 9000;

        /** Where the service's readiness is asked. */
        default URI readiness() {
            URI base = managementUrl().orElseGet(() -> URI.create(url().getScheme() + "://" + url().getHost() + ":" + MANAGEMENT_PORT));
            return base.resolve("/q/health/ready");
        }

        /**
         * The path prefixes the service owns. {@code /api/v1/stations} matches that path and everything
         * below it; a trailing {@code *} ({@code /api/v1/risk*}) matches any path that starts with it.
         */
        List<String> paths();

        /** How long the service may stay silent (before its response, or within it) before a 504. */
        @WithDefault("5s")
        Duration timeout();

        /** When the gateway stops calling the service for a while ({@link Circuit}). */
        CircuitSettings circuit();
    }

    interface CircuitSettings {
        /**
         * Failures in a row that open the circuit: the service could not be reached, stayed silent past its
         * timeout or broke off the exchange. An answer of its own, whatever its status, is not a failure.
         */
        @WithDefault("5")
        int failuresToOpen();

        /** How long an open circuit refuses the service's requests (503) before one goes through as a trial. */
        @WithDefault("10s")
        Duration openFor();
    }

    interface Client {
        /**
         * SHA-256 of the client's secret, in hex; the secret itself is never configured. Without it the gateway issues
         * this client no token (it gets them from the identity provider), but still holds its tokens to its scopes.
         */
        Optional<String> secretSha256();

        /** The names of the {@link #scopes()} this client may have; none: it may do nothing. */
        Optional<List<String>> scopes();

        /** The county the system works for; without it, the default county (a single-county deployment's). */
        Optional<UUID> county();

        /**
         * The county its SYSTEM tokens name ({@code county} claim): the gateway's carry it, and one from the identity
         * provider naming another is refused at the edge.
         */
        default UUID countyOrDefault() {
            return county().orElse(Counties.DEFAULT_ID);
        }
    }

    /**
     * {@code POST} to {@link #path()} casts an anonymous ballot (evaluation-service): the one-time code in its JSON body
     * is the credential, so no token is asked for and none is passed on. Limited by the client's address (as any
     * request without a token) and by the code: the gateway reads the body (at most {@link #maxBodySize()}) for it and
     * keeps only its hash. Neither the body nor the code is logged.
     */
    interface Ballots {
        /** {@code *} is one segment (the round). */
        @WithDefault("/api/v1/rounds/*/ballots")
        String path();

        @WithDefault("8K")
        MemorySize maxBodySize();

        /** Ballots one code may be sent with at once (a voter's retry after a broken connection)... */
        @WithDefault("3")
        int perCodeBurst();

        /** ...and one more per this interval. */
        @WithDefault("1m")
        Duration perCodeInterval();
    }

    /** A token bucket per client: the token's subject, else the caller's address. */
    interface RateLimit {
        @WithDefault("50")
        double requestsPerSecond();

        @WithDefault("100")
        int burst();
    }
}
