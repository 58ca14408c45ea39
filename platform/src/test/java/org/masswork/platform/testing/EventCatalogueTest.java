package org.masswork.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.masswork.platform.county.Counties;

/** The catalogue check itself, on the repository's docs/asyncapi.yaml: it must find what breaks the document. */
class EventCatalogueTest {

    private static final String TOPIC = "masswork.cadre.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventCatalogue catalogue = EventCatalogue.load();
    private final UUID stationId = UUID.randomUUID();

    @Test
    void shouldListTheMessagesOfAChannelByItsAddress() {
        assertThat(catalogue.messagesOf(TOPIC)).contains("StationRegistered", "HouseholdVisited").doesNotContain("CaseOpened");
        assertThat(catalogue.messagesOf("masswork.unknown.events")).isEmpty();
    }

    @Test
    void shouldLoadTheSchemasOfEveryMessageOfTheDocument() {
        assertThat(catalogue.unusableMessages()).isEmpty();
    }

    @Test
    void shouldNameAMessageWithoutPayloadAndAReferenceToNothing() {
        EventCatalogue broken = new EventCatalogue(Path.of("broken.yaml"), """
                asyncapi: 3.0.0
                channels:
                  events:
                    address: masswork.test.events
                    messages:
                      Known:
                        $ref: '#/components/messages/Known'
                      Empty:
                        name: Empty
                components:
                  messages:
                    Known:
                      name: Known
                      payload:
                        $ref: '#/components/schemas/Missing'
                """);

        assertThat(broken.unusableMessages()).satisfiesExactlyInAnyOrder(
                known -> assertThat(known).startsWith("Known: #/components/messages/Known/payload: "),
                empty -> assertThat(empty).isEqualTo("Empty: #/channels/events/messages/Empty has no payload schema"));
    }

    @Test
    void shouldFindNothingWrongWithAnEventAsTheDocumentDescribesIt() {
        assertThat(catalogue.violations(record(stationRegistered(), "application/cloudevents+json"))).isEmpty();
    }

    @Test
    void shouldNameAMissingRequiredFieldANullStringAndAWrongFormatInTheData() {
        ObjectNode event = stationRegistered();
        data(event).remove("villageCode");
        data(event).putNull("townshipName");
        data(event).put("villageId", "not-a-uuid");

        assertThat(String.join("\n", catalogue.violations(record(event, "application/cloudevents+json"))))
                .contains("value/data: required property 'villageCode' not found")
                .contains("value/data/townshipName: null found, string expected")
                .contains("value/data/villageId: does not match the uuid pattern");
    }

    @Test
    void shouldHoldTheEnvelopeHeadersAndKeyToTheDocument() {
        ObjectNode event = stationRegistered();
        event.put("source", "/masswork/case-service");
        event.remove("time");

        assertThat(catalogue.violations(record(event, "application/json")))
                .anySatisfy(v -> assertThat(v).contains("value/source: must be the constant value '/masswork/cadre-service'"))
                .anySatisfy(v -> assertThat(v).contains("value: required property 'time' not found"))
                .anySatisfy(v -> assertThat(v).contains("headers/content-type: must be the constant value"));
        ObjectNode otherSubject = stationRegistered();
        otherSubject.put("subject", UUID.randomUUID().toString());
        assertThat(catalogue.violations(record(otherSubject, "application/cloudevents+json")))
                .containsExactly("StationRegistered " + otherSubject.get("subject").asText() + ": key: " + stationId
                        + " is not the subject");
    }

    @Test
    void shouldRefuseATypeTheChannelDoesNotDeclare() {
        ObjectNode event = stationRegistered();
        event.put("type", "StationRenamed");

        assertThat(catalogue.violations(record(event, "application/cloudevents+json")))
                .singleElement().asString().contains("StationRenamed is not a message of the channel of " + TOPIC);
    }

    private ObjectNode stationRegistered() {
        ObjectNode event = JSON.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", "/masswork/cadre-service").put("type", "StationRegistered").put("subject", stationId.toString())
                .put("time", "2026-12-03T08:00:00Z").put("datacontenttype", "application/json")
                .put("countyid", Counties.DEFAULT_ID.toString());
        event.putObject("data").put("stationId", stationId.toString()).put("countyId", Counties.DEFAULT_ID.toString())
                .put("stationName", "东沟村群众工作站")
                .put("villageId", UUID.randomUUID().toString()).put("villageCode", "V-001").put("villageName", "东沟村")
                .put("villageKind", "VILLAGE").put("villageType", "POOR").put("townshipId", UUID.randomUUID().toString())
                .put("townshipName", "城关镇");
        return event;
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    private ConsumerRecord<String, String> record(ObjectNode event, String contentType) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", contentType.getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>(TOPIC, 0, 0L, 0L, TimestampType.CREATE_TIME, -1, -1, stationId.toString(),
                event.toString(), headers, Optional.empty());
    }
}
