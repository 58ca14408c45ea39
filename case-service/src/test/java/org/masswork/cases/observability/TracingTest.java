package org.masswork.cases.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseEvents;
import org.masswork.cases.CaseTestData;
import org.masswork.cases.station.KnownStationRepository;
import org.masswork.cases.station.StationEvents;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestManagement;
import org.masswork.infra.TestTokens;
import org.masswork.platform.outbox.OutboxEvent;

/**
 * One trace from the filing's request to its event on Kafka, and on to a consumer: the request's server span, the
 * event's "create" span written with the outbox row, the relay's "send" span, all in the trace the caller's
 * {@code traceparent} named, and the same trace context in the CloudEvents envelope. And a consumer's "process" span
 * is a child of the context its envelope carries.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class TracingTest {

    private static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("cloudevents.event_id");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    InMemorySpanExporter spans;

    @Inject
    KnownStationRepository stations;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldCarryAFilingsTraceFromItsRequestThroughTheOutboxRowToItsEventOnKafka() {
        String traceId = hex(16);
        String callerSpanId = hex(8);
        CaseTestData.Station station = CaseTestData.station();

        UUID caseId = UUID.fromString(given().auth().oauth2(station.cadre())
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .contentType(ContentType.JSON).body(CaseTestData.problem(station))
                .when().post("/api/v1/cases")
                .then().statusCode(201).extract().path("id"));

        JsonNode event = CaseEvents.await(caseId, "CaseOpened", 1).get(0);
        String traceparent = event.path("traceparent").asText();
        assertThat(traceparent).matches("00-" + traceId + "-[0-9a-f]{16}-01");
        String eventSpanId = traceparent.substring(36, 52);
        UUID eventId = UUID.fromString(event.path("id").asText());
        OutboxEvent row = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("eventId", eventId).firstResult());
        assertThat(row.traceparent).isEqualTo(traceparent);

        SpanData server = RecordedSpans.await(spans, traceId, "the request's server span",
                span -> span.getKind() == SpanKind.SERVER && span.getName().startsWith("POST"));
        assertThat(server.getParentSpanId()).isEqualTo(callerSpanId);
        SpanData created = RecordedSpans.await(spans, traceId, "the event's create span",
                span -> span.getName().equals("create CaseOpened"));
        assertThat(created.getSpanId()).isEqualTo(eventSpanId);
        assertThat(created.getParentSpanId()).isEqualTo(server.getSpanId());
        assertThat(created.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(created.getAttributes().get(EVENT_ID)).isEqualTo(eventId.toString());
        SpanData sent = RecordedSpans.await(spans, traceId, "the relay's send span",
                span -> span.getName().equals("send CaseOpened") && eventId.toString().equals(span.getAttributes().get(EVENT_ID)));
        assertThat(sent.getParentSpanId()).isEqualTo(eventSpanId);
        assertThat(sent.getStatus().getStatusCode()).isNotEqualTo(StatusCode.ERROR);
    }

    @Test
    void shouldApplyAConsumedEventInAChildSpanOfTheTraceContextItsEnvelopeCarries() {
        String traceId = hex(16);
        String producerSpanId = hex(8);
        UUID eventId = UUID.randomUUID();
        UUID stationId = UUID.randomUUID();
        ObjectNode envelope = read(StationEvents.stationRegistered(eventId, stationId, UUID.randomUUID(), "西沟村群众工作站"));
        envelope.put("traceparent", "00-" + traceId + "-" + producerSpanId + "-01");

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.send(StationEvents.CADRE_TOPIC, stationId.toString(), envelope.toString());
        }

        StationEvents.awaitInDirectory(stations, stationId, Duration.ofSeconds(20));
        SpanData processed = RecordedSpans.await(spans, traceId, "the consumer's process span",
                span -> span.getName().equals("process StationRegistered"));
        assertThat(processed.getParentSpanId()).isEqualTo(producerSpanId);
        assertThat(processed.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(processed.getAttributes().get(EVENT_ID)).isEqualTo(eventId.toString());
    }

    @Test
    void shouldStillMeasureTheRequestsItTraces() {
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/cases/" + UUID.randomUUID()).then().statusCode(404);

        String metrics = given().baseUri(TestManagement.base()).port(TestManagement.port()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/cases/\\{id}\"");
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1;
        return HexFormat.of().formatHex(random);
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
