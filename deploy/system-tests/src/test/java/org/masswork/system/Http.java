package org.masswork.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raw HTTP with a deadline, for drills and fuzzing: a hang is an outcome to count (status 0), not a test that
 * never ends, and bodies are sent byte for byte as given, broken JSON included.
 */
final class Http {

    static final int TIMED_OUT = 0;
    static final int CONNECTION_FAILED = -1;

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, String contentType, String body, Map<String, List<String>> headers) {

        Response(int status, String contentType, String body) {
            this(status, contentType, body, Map.of());
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        /** The first value of a header, by its name in any case; {@code null} if there is none. */
        String header(String name) {
            return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(header -> header.getValue().isEmpty() ? null : header.getValue().get(0)).findFirst().orElse(null);
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
            return new Response(response.statusCode(), type.orElse(null), response.body(), response.headers().map());
        } catch (HttpTimeoutException e) {
            return new Response(TIMED_OUT, null, e.toString());
        } catch (IOException e) {
            return new Response(CONNECTION_FAILED, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(CONNECTION_FAILED, null, e.toString());
        }
    }

    /**
     * One HTTP/1.1 exchange over a socket of its own, the request target and body byte for byte as given: targets a URI
     * class would refuse or normalise ({@code %zz}, {@code /../}) and bodies that are not UTF-8.
     */
    static Response sendRaw(String method, String baseUrl, String target, String token, String contentType, byte[] body,
                            Duration timeout) {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout((int) timeout.toMillis());
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: ")
                    .append(base.getHost()).append(':').append(base.getPort()).append("\r\nConnection: close\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body;
            head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            String text = new String(answer, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = (end < 0 ? text : text.substring(0, end)).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
                }
            }
            String[] status = lines[0].split(" ");
            Response parsed = new Response(status.length > 1 ? Integer.parseInt(status[1]) : CONNECTION_FAILED, null,
                    end < 0 ? "" : text.substring(end + 4), headers);
            return new Response(parsed.status(), parsed.header("Content-Type"), parsed.body(), headers);
        } catch (SocketTimeoutException e) {
            return new Response(TIMED_OUT, null, e.toString());
        } catch (IOException | NumberFormatException e) {
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
