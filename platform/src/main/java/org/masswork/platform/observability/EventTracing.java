package org.masswork.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.masswork.platform.event.ErrorSummary;
import org.masswork.platform.event.EventEnvelope;

/**
 * Carries a trace across the outbox and Kafka by hand, as the services use plain kafka-clients with their own relay
 * and inbox. The trace context travels in the envelope's CloudEvents distributed-tracing extension
 * ({@code traceparent}) and on the outbox row:
 * <ol>
 * <li>{@link #created} — in the business transaction, a PRODUCER span "create &lt;type&gt;", child of the request's span;
 * its context becomes the event's {@code traceparent};</li>
 * <li>{@link #sending} — in the relay, a span "send &lt;type&gt;" per row, child of that context, until the broker
 * acknowledged it;</li>
 * <li>{@link #processing} — in each consumer, a CONSUMER span "process &lt;type&gt;" around the handler, child of that
 * context too.</li>
 * </ol>
 * Parent, not a span link: each event is processed by a span of its own (the batch transaction holds several such
 * spans), caused by exactly one event, and the point is that a filing's consequences in every service are found in
 * the filing's own trace. A link would leave each consumer's work in a trace of its own.
 */
@ApplicationScoped
public class EventTracing {

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;

    EventTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /**
     * Records that an event was written to the outbox, as part of the current trace (a new one when there is none).
     *
     * @return the span's W3C {@code traceparent}, or null when tracing is off
     */
    public String created(String topic, String type, UUID eventId) {
        Span span = messaging("create " + type, SpanKind.PRODUCER, Context.current(), topic, type, eventId).startSpan();
        try {
            return traceparent(Context.current().with(span));
        } finally {
            span.end();
        }
    }

    /** A span for sending one outbox row to Kafka, in the trace its event was created in; the caller ends it. */
    public Span sending(String topic, String type, UUID eventId, String traceparent) {
        return messaging("send " + type, SpanKind.PRODUCER, parent(traceparent), topic, type, eventId).startSpan();
    }

    /** Work that may throw. */
    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    /**
     * Applies one event inside a CONSUMER span "process &lt;type&gt;" of the trace it was created in: the span is current
     * while {@code work} runs (events the handler writes continue the trace), and its trace and span ids are in the
     * log's context ({@link LogContext}).
     */
    public <E extends Exception> void processing(EventEnvelope envelope, Work<E> work) throws E {
        Span span = messaging("process " + envelope.type(), SpanKind.CONSUMER, parent(envelope.traceparent()), null,
                envelope.type(), envelope.id())
                .setAttribute("cloudevents.event_source", envelope.source())
                .startSpan();
        try (Scope scope = span.makeCurrent(); LogContext log = LogContext.of(span)) {
            work.run();
        } catch (Exception e) {
            span.setStatus(StatusCode.ERROR, ErrorSummary.of(e));
            throw e;
        } finally {
            span.end();
        }
    }

    private SpanBuilder messaging(String name, SpanKind kind, Context parent, String topic, String type, UUID eventId) {
        SpanBuilder span = tracer.spanBuilder(name).setSpanKind(kind).setParent(parent)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("cloudevents.event_type", type)
                .setAttribute("cloudevents.event_id", eventId.toString());
        if (topic != null) {
            span.setAttribute("messaging.destination.name", topic);
        }
        return span;
    }

    private static String traceparent(Context context) {
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(context, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** The context a traceparent names; the root context (a new trace) when there is none or it is malformed. */
    private static Context parent(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3C.extract(Context.root(), traceparent, TRACEPARENT_ONLY);
    }

    private static final TextMapGetter<String> TRACEPARENT_ONLY = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };
}
