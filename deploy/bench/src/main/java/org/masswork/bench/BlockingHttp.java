package org.masswork.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;

/**
 * The closed-loop runners' HTTP/1.1 client: each worker thread keeps one keep-alive connection per host and port, and
 * an exchange is one write of the whole request and blocking reads of the answer, on the worker's own thread. The JDK's
 * HttpClient hands every exchange between the calling thread and its selector thread; on 2 cores that cost the load
 * generator about a millisecond of CPU per request, a fifth of a burst's CPU, taken from the stack it measures.
 * Takes the JDK's {@link HttpRequest} as the workloads build it.
 */
final class BlockingHttp {

    /** The status and the body of an answer. */
    record Answer(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    private static final ThreadLocal<Map<String, Connection>> CONNECTIONS = ThreadLocal.withInitial(HashMap::new);

    private BlockingHttp() {
    }

    /** Sends on this thread's connection to the request's host, opening it if needed; a failed connection is dropped. */
    static Answer send(HttpRequest request) throws IOException {
        URI uri = request.uri();
        String authority = uri.getHost() + ":" + uri.getPort();
        Map<String, Connection> connections = CONNECTIONS.get();
        Connection connection = connections.get(authority);
        if (connection == null) {
            connection = new Connection(uri, request.timeout().orElse(DEFAULT_TIMEOUT));
            connections.put(authority, connection);
        }
        try {
            Answer answer = connection.exchange(encode(request, authority));
            if (!connection.keptAlive) {
                connection.close();
                connections.remove(authority);
            }
            return answer;
        } catch (IOException | RuntimeException e) {
            connection.close();
            connections.remove(authority);
            throw e;
        }
    }

    private static byte[] encode(HttpRequest request, String authority) throws IOException {
        byte[] body = body(request);
        URI uri = request.uri();
        StringBuilder head = new StringBuilder(256).append(request.method()).append(' ').append(uri.getRawPath());
        if (uri.getRawQuery() != null) {
            head.append('?').append(uri.getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(authority).append("\r\n");
        request.headers().map().forEach((name, values) -> values.forEach(value -> head.append(name).append(": ").append(value).append("\r\n")));
        if (body.length > 0 || !request.method().equals("GET")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(head.length() + body.length);
        bytes.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        bytes.write(body);
        return bytes.toByteArray();
    }

    /** The bytes of the request's body publisher (the workloads' are in memory, published at once). */
    private static byte[] body(HttpRequest request) throws IOException {
        if (request.bodyPublisher().isEmpty()) {
            return new byte[0];
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompletableFuture<Void> done = new CompletableFuture<>();
        request.bodyPublisher().get().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        return bytes.toByteArray();
    }

    /** One keep-alive connection; not shared between threads. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private boolean keptAlive = true;

        Connection(URI uri, Duration timeout) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), (int) CONNECT_TIMEOUT.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        Answer exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.x answer: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            long length = -1;
            boolean chunked = false;
            keptAlive = parts[0].equals("HTTP/1.1");
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> keptAlive = !value.equalsIgnoreCase("close");
                    default -> {
                    }
                }
            }
            byte[] body;
            if (status == 204 || status == 304) {
                body = new byte[0];
            } else if (chunked) {
                body = chunks();
            } else if (length >= 0) {
                body = exactly((int) length);
            } else {
                body = in.readAllBytes();
                keptAlive = false;
            }
            return new Answer(status, body);
        }

        private byte[] chunks() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                body.write(exactly(size));
                line();
            }
            while (!line().isEmpty()) {
                // past the trailers, which the services do not send
            }
            return body.toByteArray();
        }

        private int chunkSize() throws IOException {
            String line = line();
            int extension = line.indexOf(';');
            return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
        }

        private byte[] exactly(int length) throws IOException {
            byte[] bytes = in.readNBytes(length);
            if (bytes.length < length) {
                throw new IOException("the connection closed " + (length - bytes.length) + " bytes before the answer's end");
            }
            return bytes;
        }

        /** A header line without its CRLF. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the connection closed in the answer's head");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a failed connection: nothing more to do
            }
        }
    }
}
