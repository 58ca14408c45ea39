package org.masswork.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.masswork.gateway.route.GatewayConfig;

/** The gateway is ready when every service behind it is. Each service's state is reported by name. */
@Readiness
@ApplicationScoped
public class DownstreamReadinessCheck implements HealthCheck {

    private final GatewayConfig config;
    private final HttpClient http = HttpClient.newHttpClient();

    DownstreamReadinessCheck(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("downstream services").up();
        config.routes().forEach((name, route) -> {
            boolean ready = isReady(route);
            response.withData(name, ready ? "UP" : "DOWN");
            if (!ready) {
                response.down();
            }
        });
        return response.build();
    }

    private boolean isReady(GatewayConfig.Route route) {
        try {
            HttpRequest request = HttpRequest.newBuilder(route.url().resolve("/q/health/ready")).timeout(route.timeout()).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
