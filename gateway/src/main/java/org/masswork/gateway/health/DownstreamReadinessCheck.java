package org.masswork.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.masswork.gateway.route.GatewayConfig;

/**
 * The gateway is ready when every service behind it is. Each service's state is reported by name; the
 * services are asked all at once, so one slow service costs its timeout once, not once per service.
 */
@Readiness
@ApplicationScoped
public class DownstreamReadinessCheck implements HealthCheck {

    private final GatewayConfig config;
    private final HttpClient http;

    DownstreamReadinessCheck(GatewayConfig config, HttpClient http) {
        this.config = config;
        this.http = http;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<Boolean>> checks = new TreeMap<>();
        config.routes().forEach((name, route) -> checks.put(name, isReady(route)));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("downstream services").up();
        checks.forEach((name, check) -> {
            boolean ready = check.join();
            response.withData(name, ready ? "UP" : "DOWN");
            if (!ready) {
                response.down();
            }
        });
        return response.build();
    }

    private CompletableFuture<Boolean> isReady(GatewayConfig.Route route) {
        HttpRequest request = HttpRequest.newBuilder(route.url().resolve("/q/health/ready")).timeout(route.timeout()).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> response.statusCode() == 200)
                .exceptionally(error -> false);
    }
}
