package org.masswork.gateway.edge;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.masswork.platform.language.Language;

/**
 * First on every request: gives it a request id (kept if the client sent a sane one), passed on to the
 * service, returned and in the log's context; records the gateway's span of the request (W3C {@code traceparent}:
 * a child of the client's span, or the start of the trace for a request that came without a valid one), which the proxy
 * passes on as the services' parent; adds the security headers to the response; records one {@link AccessLog} line when
 * the exchange ends. The line carries no token, query string or body, so no personal data.
 */
@ApplicationScoped
public class EdgeHandler implements Handler<RoutingContext> {

    public static final String REQUEST_ID = "X-Request-Id";
    /** The request id's key in the log's context (MDC), the same as the services'. */
    static final String REQUEST_ID_KEY = "requestId";
    /** The trace id's key in the log's context, the same as the services'. */
    static final String TRACE_ID_KEY = "traceId";
    /** Routing context key: who the caller is for the log and the rate limit (token subject or address). */
    public static final String CLIENT = "masswork.gateway.client";
    /** Routing context key: the request's {@link ClientOrigins.Origin}. */
    public static final String ORIGIN = "masswork.gateway.origin";
    /** Routing context key: set once this handler has taken the request (its headers will be on the answer). */
    static final String SEEN = "masswork.gateway.edge";

    private static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";
    /** W3C Trace Context, version 00; an all-zero trace or parent id is invalid. */
    private static final Pattern W3C_TRACEPARENT = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");
    /** Ids in a path, left out of the span's name so that names stay few (one per route and method). */
    private static final Pattern ID_SEGMENT = Pattern.compile("/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final TextMapGetter<MultiMap> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(MultiMap headers) {
            return headers.names();
        }

        @Override
        public String get(MultiMap headers, String key) {
            return headers == null ? null : headers.get(key);
        }
    };
    /** Longer paths (refused with 414) are cut in the log, so a client cannot flood it. */
    private static final int LOGGED_PATH_LENGTH = 300;

    private final AccessLog accessLog;
    private final ClientOrigins origins;
    private final Tracer tracer;

    EdgeHandler(AccessLog accessLog, ClientOrigins origins, Tracer tracer) {
        this.accessLog = accessLog;
        this.origins = origins;
        this.tracer = tracer;
    }

    /** Where the request comes from (the client's address behind trusted proxies); the edge handler knows it first. */
    public static ClientOrigins.Origin origin(RoutingContext ctx) {
        return ctx.get(ORIGIN);
    }

    @Override
    public void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        ctx.put(SEEN, Boolean.TRUE);
        HttpServerRequest request = ctx.request();
        ClientOrigins.Origin origin = origins.of(request);
        ctx.put(ORIGIN, origin);
        String requestId = requestId(request.getHeader(REQUEST_ID));
        request.headers().set(REQUEST_ID, requestId);
        // The gateway's own log lines about this request carry its id, as the services' do (platform RequestIds).
        MDC.put(REQUEST_ID_KEY, requestId);
        String path = request.path();
        String logged = path.length() > LOGGED_PATH_LENGTH ? path.substring(0, LOGGED_PATH_LENGTH) + "…" : path;
        Span span = startSpan(request, logged);
        // Swagger UI under /q/ is a page with scripts; everything else the gateway serves is data.
        boolean data = !path.startsWith("/q/");
        String language = Language.of(request).tag();
        ctx.addHeadersEndHandler(ignored -> {
            MultiMap headers = ctx.response().headers();
            headers.set(REQUEST_ID, requestId);
            SecurityHeaders.apply(headers, data);
            if (!headers.contains(Language.CONTENT_LANGUAGE)) {
                // The gateway's own answers; a service's answer says its language itself.
                headers.set(Language.CONTENT_LANGUAGE, language);
            }
        });
        ctx.addEndHandler(result -> {
            String client = ctx.get(CLIENT, origin.client());
            String status = result.succeeded() || ctx.response().ended() ? String.valueOf(ctx.response().getStatusCode()) : "aborted";
            accessLog.record(request.method().name(), logged, status, System.nanoTime() - started, client, requestId);
            endSpan(span, ctx, result.succeeded() || ctx.response().ended());
        });
        ctx.next();
    }

    /**
     * The gateway's span, a child of the client's when it sent a valid {@code traceparent}; the request then carries the
     * gateway's span as the services' parent. With tracing off (no span recorded) the client's context goes on as it
     * came, and a request without a valid one gets a new trace.
     */
    private Span startSpan(HttpServerRequest request, String loggedPath) {
        boolean continued = isTraceparent(request.getHeader(TRACEPARENT));
        Context parent = continued
                ? W3CTraceContextPropagator.getInstance().extract(Context.root(), request.headers(), HEADERS)
                : Context.root();
        Span span = tracer.spanBuilder(request.method().name() + " " + ID_SEGMENT.matcher(loggedPath).replaceAll("/{id}"))
                .setParent(parent).setSpanKind(SpanKind.SERVER)
                .setAttribute("http.request.method", request.method().name())
                .setAttribute("url.path", loggedPath)
                .startSpan();
        if (span.getSpanContext().isValid()) {
            W3CTraceContextPropagator.getInstance().inject(Context.root().with(span), request.headers(),
                    (headers, key, value) -> headers.set(key, value));
        }
        if (!continued && !span.getSpanContext().isValid()) {
            request.headers().set(TRACEPARENT, newTraceparent()).remove(TRACESTATE);
        } else if (!continued) {
            request.headers().remove(TRACESTATE);
        }
        MDC.put(TRACE_ID_KEY, request.getHeader(TRACEPARENT).substring(3, 35));
        return span;
    }

    private static void endSpan(Span span, RoutingContext ctx, boolean answered) {
        int status = ctx.response().getStatusCode();
        span.setAttribute("http.response.status_code", status);
        if (!answered || status >= 500) {
            span.setStatus(StatusCode.ERROR);
        }
        span.end();
    }

    private static boolean isTraceparent(String sent) {
        return sent != null && W3C_TRACEPARENT.matcher(sent).matches();
    }

    /**
     * The start of a trace when tracing is off, for a request that came without a valid one: a new trace id and parent
     * id, sampled; the services' spans continue it.
     */
    private static String newTraceparent() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "00-" + hex(random.nextLong() | 1) + hex(random.nextLong()) + "-" + hex(random.nextLong() | 1) + "-01";
    }

    private static String hex(long value) {
        return String.format("%016x", value);
    }

    /** The public API: what needs a token. */
    public static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    private static String requestId(String sent) {
        return sent != null && SANE_REQUEST_ID.matcher(sent).matches() ? sent : newRequestId();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: a request id must be unique, not secret, and
     * {@link UUID#randomUUID()} draws from one shared SecureRandom that every request would queue for.
     */
    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xCL << 60) | (0x8L << 60);
        return new UUID(high, low).toString();
    }
}
