package org.masswork.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import org.jboss.logging.MDC;

/**
 * Puts a span's trace and span ids in the log's context (MDC keys {@code traceId}, {@code spanId}, as Quarkus's
 * OpenTelemetry does for requests) on threads Quarkus does not trace itself: the outbox relay's and the event
 * consumer's. Closing it puts back what was there.
 */
final class LogContext implements AutoCloseable {

    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    private final Object traceId;
    private final Object spanId;
    private final boolean set;

    private LogContext(SpanContext span) {
        this.set = span.isValid();
        this.traceId = set ? MDC.put(TRACE_ID, span.getTraceId()) : null;
        this.spanId = set ? MDC.put(SPAN_ID, span.getSpanId()) : null;
    }

    static LogContext of(Span span) {
        return new LogContext(span.getSpanContext());
    }

    @Override
    public void close() {
        if (set) {
            restore(TRACE_ID, traceId);
            restore(SPAN_ID, spanId);
        }
    }

    private static void restore(String key, Object previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }
}
