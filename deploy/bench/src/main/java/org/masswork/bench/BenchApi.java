package org.masswork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One service of the running local stack as the benchmarks call it: requests to build, JSON to read. */
public final class BenchApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = newHttpClient();
    /** Opening or closing a county-wide round takes seconds. */
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final String base;
    private final String token;

    /** @param portVariable the environment variable that moves the service, e.g. MASSWORK_CADRE_PORT */
    public BenchApi(String portVariable, int defaultPort, String token) {
        this.base = "http://localhost:" + System.getenv().getOrDefault(portVariable, String.valueOf(defaultPort));
        this.token = token;
    }

    /**
     * The client of the benchmarks' setup and checks, over HTTP/1.1. Over HTTP/2 (h2c upgrade) the JDK client would
     * multiplex every caller on one connection. The measured closed-loop runs send with {@link BlockingHttp}.
     */
    private static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public HttpRequest get(String path) {
        return request(path).GET().build();
    }

    /** A create with a fresh Idempotency-Key, as the mobile app sends it. */
    public HttpRequest post(String path, String body) {
        return request(path).header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Without a token when this API was made with none (ballots carry their own credential). */
    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** Sends a request outside the measurement and reads the answer; anything but {@code expected} is fatal. */
    public JsonNode send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode json(String path) {
        return send(get(path), 200);
    }

    /** Up to {@code max} items of a paged list, page after page. */
    public List<JsonNode> items(String path, int max) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; items.size() < max; page++) {
            JsonNode body = json(path + separator + "size=100&page=" + page);
            body.path("items").forEach(items::add);
            if (page + 1 >= body.path("totalPages").asInt()) {
                break;
            }
        }
        return items.size() > max ? items.subList(0, max) : items;
    }

    /** Ids of every item of a paged list. */
    public List<String> ids(String path) {
        return items(path, Integer.MAX_VALUE).stream().map(item -> item.path("id").asText()).toList();
    }

    public static String pick(List<String> ids, long n) {
        return ids.get((int) ((n * 7919) % ids.size()));
    }
}
