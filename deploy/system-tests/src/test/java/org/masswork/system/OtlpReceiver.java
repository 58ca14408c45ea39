package org.masswork.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * A trace collector for the system tests: takes what the services' OTLP exporters send over HTTP
 * ({@code POST /v1/traces}, protobuf), and keeps the spans of the traces a test watches, each with the name of the
 * service that sent it. Every other span is dropped, however long the run.
 */
final class OtlpReceiver implements AutoCloseable {

    /** One span as the tests look at it: ids in lowercase hexadecimal, as in a traceparent. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, String kind) {
    }

    private static final HexFormat HEX = HexFormat.of();
    private final HttpServer server;
    private final Map<String, CopyOnWriteArrayList<ReceivedSpan>> byTrace = new ConcurrentHashMap<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            OtlpReceiver receiver = new OtlpReceiver(server);
            // Quarkus posts to <endpoint>/v1/traces; only traces are exported, so every path is taken as that.
            server.createContext("/", receiver::receive);
            server.setExecutor(Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "otlp-receiver");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the OTLP receiver", e);
        }
    }

    /** What a service's OTLP exporter is pointed at. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Keeps the spans of this trace from now on. */
    void watch(String traceId) {
        byTrace.putIfAbsent(traceId, new CopyOnWriteArrayList<>());
    }

    List<ReceivedSpan> trace(String traceId) {
        List<ReceivedSpan> spans = byTrace.get(traceId);
        return spans == null ? List.of() : List.copyOf(spans);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            ExportTraceServiceRequest request;
            try (InputStream body = body(exchange)) {
                request = ExportTraceServiceRequest.parseFrom(body);
            }
            request.getResourceSpansList().forEach(this::keep);
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        return "gzip".equalsIgnoreCase(encoding) ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody();
    }

    private void keep(ResourceSpans resourceSpans) {
        String service = resourceSpans.getResource().getAttributesList().stream()
                .filter(attribute -> attribute.getKey().equals("service.name")).map(KeyValue::getValue)
                .map(value -> value.getStringValue()).findFirst().orElse("?");
        for (ScopeSpans scope : resourceSpans.getScopeSpansList()) {
            scope.getSpansList().forEach(span -> {
                String traceId = HEX.formatHex(span.getTraceId().toByteArray());
                CopyOnWriteArrayList<ReceivedSpan> watched = byTrace.get(traceId);
                if (watched != null) {
                    // An exporter sends a batch again when its answer came late (a loaded machine): the same span twice.
                    watched.addIfAbsent(new ReceivedSpan(service, traceId, HEX.formatHex(span.getSpanId().toByteArray()),
                            HEX.formatHex(span.getParentSpanId().toByteArray()), span.getName(), span.getKind().name()));
                }
            });
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
