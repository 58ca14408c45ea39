package org.masswork.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * Raw HTTP with a deadline, for drills and fuzzing: a hang is an outcome to count (status 0), not a test that
 * never ends, and bodies are sent byte for byte as given, broken JSON included.
 */
final class Http {

    static final int TIMED_OUT = 0;
    static final int CONNECTION_FAILED = -1;

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, String contentType, String body) {

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    private Http() {
    }

    static Response send(String method, String url, String token, String contentType, String body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Optional<String> type = response.headers().firstValue("Content-Type");
            return new Response(response.statusCode(), type.orElse(null), response.body());
        } catch (HttpTimeoutException e) {
            return new Response(TIMED_OUT, null, e.toString());
        } catch (IOException e) {
            return new Response(CONNECTION_FAILED, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(CONNECTION_FAILED, null, e.toString());
        }
    }

    static Response postJson(String url, String token, String body) {
        return send("POST", url, token, "application/json", body, Duration.ofSeconds(15));
    }

    static Response get(String url, String token) {
        return send("GET", url, token, null, null, Duration.ofSeconds(15));
    }
}
