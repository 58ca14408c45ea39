package org.masswork.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.masswork.gateway.route.Circuits;
import org.masswork.gateway.route.GatewayConfig;

/**
 * The gateway is ready while it can serve: a service that is down takes only its own routes out (they answer
 * 503 with {@code Retry-After}), so one service's outage does not take the whole API out of the load balancer.
 * Each service's readiness and the state of its circuit are reported as data ({@code cadre: UP},
 * {@code cadre.circuit: CLOSED}, …). The services are asked all at once, each for at most two seconds, so the
 * check answers within the probe's timeout (4 s on Kubernetes) whatever a service does. A service's readiness is on
 * its management interface ({@code masswork.gateway.routes.<name>.management-url}), not on the port of its API.
 */
@Readiness
@ApplicationScoped
public class DownstreamReadinessCheck implements HealthCheck {

    private static final Duration LONGEST_ASK = Duration.ofSeconds(2);

    private final GatewayConfig config;
    private final Circuits circuits;
    private final HttpClient http;

    DownstreamReadinessCheck(GatewayConfig config, Circuits circuits, HttpClient http) {
        this.config = config;
        this.circuits = circuits;
        this.http = http;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<Boolean>> checks = new TreeMap<>();
        config.routes().forEach((name, route) -> checks.put(name, isReady(route)));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("downstream services").up();
        checks.forEach((name, check) -> response
                .withData(name, check.join() ? "UP" : "DOWN")
                .withData(name + ".circuit", circuits.of(name).state().name()));
        return response.build();
    }

    private CompletableFuture<Boolean> isReady(GatewayConfig.Route route) {
        Duration timeout = route.timeout().compareTo(LONGEST_ASK) < 0 ? route.timeout() : LONGEST_ASK;
        HttpRequest request = HttpRequest.newBuilder(route.readiness()).timeout(timeout).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> response.statusCode() == 200)
                .exceptionally(error -> false);
    }
}
