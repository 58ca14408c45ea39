package org.masswork.gateway;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP/1.1 exchange over a new socket, written byte for byte: a request target exactly as given (dot segments,
 * bad escapes), from a chosen loopback address (127.0.0.2 is a trusted proxy in the tests, see DownstreamResource).
 */
final class RawHttp {

    private final String from;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;

    private RawHttp(String from) {
        this.from = from;
    }

    /** From 127.0.0.1, as rest-assured. */
    static RawHttp request() {
        return new RawHttp("127.0.0.1");
    }

    /** From another loopback address, so as not to share the address's rate limit with other tests. */
    static RawHttp from(String localAddress) {
        return new RawHttp(localAddress);
    }

    RawHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    RawHttp token(String token) {
        return token == null ? this : header("Authorization", "Bearer " + token);
    }

    RawHttp body(String contentType, byte[] content) {
        header("Content-Type", contentType);
        body = content;
        return this;
    }

    Answer send(String method, String target) throws IOException {
        URI base = URI.create(RestAssured.baseURI);
        try (Socket socket = new Socket(InetAddress.getByName(base.getHost()), RestAssured.port, InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(20_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            return new Answer(Integer.parseInt(all.split(" ")[1]), end < 0 ? all : all.substring(0, end), end < 0 ? "" : all.substring(end + 4));
        }
    }

    record Answer(int status, String head, String body) {

        boolean isProblem() {
            return header("Content-Type") != null && header("Content-Type").startsWith("application/problem+json");
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }
}
