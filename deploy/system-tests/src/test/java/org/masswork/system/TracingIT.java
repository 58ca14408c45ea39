package org.masswork.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.system.OtlpReceiver.ReceivedSpan;

/**
 * One trace for a filing, across the processes: the client's request through the gateway's span (a child of the
 * client's {@code traceparent}), case-service's request under it, its event's outbox row and the relay's
 * send, and the event's processing in each service that consumes case events — every span in the trace the client's
 * {@code traceparent} named, each under the one that caused it, as the services export them over OTLP (to
 * {@link OtlpReceiver}).
 */
class TracingIT {

    /** The services that consume masswork.case.events, and handle CaseOpened. */
    private static final List<String> CONSUMERS = List.of("cadre-service", "evaluation-service", "risk-assessment-service");

    private static SystemUnderTest system;
    private static String gateway;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        gateway = system.url("gateway");
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldTraceAFilingFromTheClientThroughCaseServiceAndEachOfItsConsumers() {
        CaseFiling filing = CaseFiling.atNewStation(gateway);
        String traceId = hex(16);
        String clientSpanId = hex(8);
        system.traces.watch(traceId);

        given().baseUri(gateway).auth().oauth2(filing.writerToken())
                .header("traceparent", "00-" + traceId + "-" + clientSpanId + "-01")
                .contentType(ContentType.JSON).body(filing.dispute())
                .when().post("/api/v1/cases")
                .then().statusCode(201);

        // Each process exports its spans in batches of its own: wait until all of them have come.
        Await.until("trace " + traceId + " from the client's span to each consumer's", Duration.ofSeconds(90), () ->
                CONSUMERS.stream().allMatch(consumer -> find(traceId, consumer, "process CaseOpened").isPresent())
                        && find(traceId, "case-service", "send CaseOpened").isPresent()
                        && find(traceId, "case-service", "create CaseOpened")
                        .map(created -> ancestry(created, spansById(traceId)).stream()
                                .anyMatch(span -> span.parentSpanId().equals(clientSpanId)))
                        .orElse(false));
        Map<String, ReceivedSpan> byId = spansById(traceId);

        // The gateway's span is the one under the client's; case-service's request is under the gateway's.
        ReceivedSpan edge = byId.values().stream().filter(span -> span.parentSpanId().equals(clientSpanId)).findFirst().orElseThrow();
        assertThat(edge.service()).isEqualTo("gateway");
        assertThat(edge.name()).isEqualTo("POST /api/v1/cases");
        assertThat(edge.kind()).isEqualTo("SPAN_KIND_SERVER");
        ReceivedSpan created = find(traceId, "case-service", "create CaseOpened").orElseThrow();
        List<ReceivedSpan> ancestry = ancestry(created, byId);
        assertThat(ancestry).last().isEqualTo(edge);
        ReceivedSpan request = ancestry.get(ancestry.size() - 2);
        assertThat(request.service()).isEqualTo("case-service");
        assertThat(request.kind()).isEqualTo("SPAN_KIND_SERVER");
        assertThat(request.parentSpanId()).isEqualTo(edge.spanId());
        assertThat(find(traceId, "case-service", "send CaseOpened").orElseThrow().parentSpanId()).isEqualTo(created.spanId());
        for (String consumer : CONSUMERS) {
            ReceivedSpan processed = find(traceId, consumer, "process CaseOpened").orElseThrow();
            assertThat(processed.parentSpanId()).as(consumer).isEqualTo(created.spanId());
            assertThat(processed.kind()).as(consumer).isEqualTo("SPAN_KIND_CONSUMER");
        }
    }

    private static Map<String, ReceivedSpan> spansById(String traceId) {
        return system.traces.trace(traceId).stream().collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity()));
    }

    private static Optional<ReceivedSpan> find(String traceId, String service, String name) {
        return system.traces.trace(traceId).stream()
                .filter(span -> span.service().equals(service) && span.name().equals(name)).findFirst();
    }

    /** The span and its ancestors among the received ones, nearest first. */
    private static List<ReceivedSpan> ancestry(ReceivedSpan span, Map<String, ReceivedSpan> byId) {
        List<ReceivedSpan> chain = new ArrayList<>();
        for (ReceivedSpan current = span; current != null; current = byId.get(current.parentSpanId())) {
            chain.add(current);
        }
        return chain;
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1;
        return HexFormat.of().formatHex(random);
    }
}
