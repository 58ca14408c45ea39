package org.masswork.cases.observability;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.masswork.infra.Await;

/**
 * The spans this test JVM's service ends, kept in memory: Quarkus exports to every SpanExporter bean (the OTLP
 * exporter itself is off in tests).
 */
@ApplicationScoped
public class RecordedSpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    /** Waits until a span of the trace matches (spans are exported in batches, after they end). */
    static SpanData await(InMemorySpanExporter exporter, String traceId, String what, Predicate<SpanData> match) {
        AtomicReference<SpanData> found = new AtomicReference<>();
        Await.until(what + " in trace " + traceId, Duration.ofSeconds(20), () -> {
            Optional<SpanData> span = inTrace(exporter, traceId).stream().filter(match).findFirst();
            span.ifPresent(found::set);
            return span.isPresent();
        });
        return found.get();
    }

    static List<SpanData> inTrace(InMemorySpanExporter exporter, String traceId) {
        return exporter.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }
}
