package org.masswork.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.masswork.gateway.route.Circuit;
import org.masswork.gateway.route.Circuits;
import org.masswork.gateway.route.GatewayConfig;
import org.masswork.platform.language.Text;

/**
 * GETs JSON from a service on behalf of the caller: their token goes on as it came (the service applies its
 * own scope rules), as do the request id and trace context. A refusal becomes {@link SectionStatus#FORBIDDEN},
 * anything else that is not a 200 {@link SectionStatus#UNAVAILABLE}. The reads share the service's
 * {@link Circuit} with its routes: while it is open, the section is unavailable at once.
 */
@ApplicationScoped
class ServiceReads {

    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 50;

    private final GatewayConfig config;
    private final Circuits circuits;
    private final ObjectMapper json;
    private final HttpClient http;

    ServiceReads(GatewayConfig config, Circuits circuits, ObjectMapper json, HttpClient http) {
        this.config = config;
        this.circuits = circuits;
        this.json = json;
        this.http = http;
    }

    CompletableFuture<JsonNode> get(String service, String pathAndQuery, CallerHeaders caller) {
        Circuit circuit = circuits.of(service);
        if (!circuit.allowsRequest()) {
            return CompletableFuture.failedFuture(new SectionFailure(SectionStatus.UNAVAILABLE, Text.of(
                    service + " 无法连接；网关在 " + circuit.retryAfterSeconds() + " 秒内不调用它",
                    service + " cannot be reached; the gateway is not calling it for " + circuit.retryAfterSeconds() + " s")));
        }
        GatewayConfig.Route route = config.routes().get(service);
        HttpRequest.Builder request = HttpRequest.newBuilder(route.url().resolve(pathAndQuery))
                .timeout(route.timeout()).header("Accept", "application/json");
        caller.forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, error) -> {
                    if (error != null) {
                        circuit.failed();
                        throw failure(service, error instanceof CompletionException ? error.getCause() : error);
                    }
                    circuit.succeeded();
                    return read(service, pathAndQuery, response);
                });
    }

    /**
     * Every item of a paged list, pages of 100 (the services' largest) until the last, the pages after the first asked
     * at once; at most 50 pages (a county's rounds of a half year, a province's counties fit in one or two).
     */
    CompletableFuture<List<JsonNode>> all(String service, String path, CallerHeaders caller) {
        String separator = path.contains("?") ? "&" : "?";
        Function<Integer, CompletableFuture<JsonNode>> page = n -> get(service, path + separator + "size=" + PAGE_SIZE + "&page=" + n, caller);
        return page.apply(0).thenCompose(first -> {
            int total = Math.min(first.path("totalPages").asInt(1), MAX_PAGES);
            List<CompletableFuture<JsonNode>> rest = new ArrayList<>();
            for (int n = 1; n < total; n++) {
                rest.add(page.apply(n));
            }
            return CompletableFuture.allOf(rest.toArray(CompletableFuture[]::new)).thenApply(done -> {
                List<JsonNode> items = new ArrayList<>();
                first.path("items").forEach(items::add);
                rest.forEach(next -> next.join().path("items").forEach(items::add));
                return items;
            });
        });
    }

    private JsonNode read(String service, String pathAndQuery, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new SectionFailure(SectionStatus.FORBIDDEN, Text.of(service + " 不向调用方展示这些数据",
                    service + " does not show these figures to the caller"));
        }
        if (status != 200) {
            throw new SectionFailure(SectionStatus.UNAVAILABLE, Text.of(service + " 对 " + pathOf(pathAndQuery) + " 的应答为 " + status,
                    service + " answered " + status + " to " + pathOf(pathAndQuery)));
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new SectionFailure(SectionStatus.UNAVAILABLE, Text.of(service + " 对 " + pathOf(pathAndQuery) + " 的应答不是 JSON",
                    service + " answered no JSON to " + pathOf(pathAndQuery)));
        }
    }

    private static SectionFailure failure(String service, Throwable error) {
        if (error instanceof SectionFailure failure) {
            return failure;
        }
        return new SectionFailure(SectionStatus.UNAVAILABLE, error instanceof HttpTimeoutException
                ? Text.of(service + " 未及时应答", service + " did not answer in time")
                : Text.of(service + " 无法连接", service + " cannot be reached"));
    }

    private static String pathOf(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }
}
