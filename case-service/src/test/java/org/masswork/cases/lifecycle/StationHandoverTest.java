package org.masswork.cases.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cases.CaseTestData.open;
import static org.masswork.cases.CaseTestData.transition;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.casefile.CaseFile;
import org.masswork.cases.casefile.CaseFileRepository;
import org.masswork.cases.station.StationEvents;
import org.masswork.infra.Await;
import org.masswork.infra.County;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestEvents;
import org.masswork.infra.TestTokens;
import org.masswork.platform.outbox.OutboxEvent;

/** cadre-service's StationHandedOver hands the outgoing cadre's open cases at the station to the successor. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class StationHandoverTest {

    @Inject
    CaseFileRepository cases;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldHandExactlyTheOutgoingCadresOpenCasesAtTheStationToTheSuccessorOnce() {
        Station station = CaseTestData.station();
        Station elsewhere = CaseTestData.station(station.townshipId());
        UUID outgoing = station.serving();
        elsewhere.serving(outgoing);
        UUID successor = station.serving();
        UUID teammate = station.serving();
        String out = station.tokenOf(outgoing);

        UUID accepted = open(out, CaseTestData.problem(station));
        transition(out, accepted, "ACCEPT").statusCode(200);
        UUID inProgress = open(out, CaseTestData.problem(station));
        transition(out, inProgress, "ACCEPT").statusCode(200);
        transition(out, inProgress, "START").statusCode(200);
        UUID closed = open(out, CaseTestData.problem(station));
        CaseTestData.resolve(out, closed);
        transition(out, closed, "CLOSE").statusCode(200);
        UUID teammates = open(station.tokenOf(teammate), CaseTestData.problem(station));
        transition(station.tokenOf(teammate), teammates, "ACCEPT").statusCode(200);
        UUID atOtherStation = open(elsewhere.tokenOf(outgoing), CaseTestData.problem(elsewhere));
        transition(elsewhere.tokenOf(outgoing), atOtherStation, "ACCEPT").statusCode(200);
        Map<UUID, Long> versions = Map.of(closed, CaseTestData.version(closed), teammates, CaseTestData.version(teammates),
                atOtherStation, CaseTestData.version(atOtherStation));
        long acceptedEvents = outboxRows(accepted);

        String handover = handedOver(UUID.randomUUID(), station, outgoing, successor);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.send(StationEvents.CADRE_TOPIC, station.stationId().toString(), handover);
            awaitHandler(accepted, successor);

            assertThat(handler(inProgress)).isEqualTo(successor);
            assertThat(handler(closed)).isEqualTo(outgoing);
            assertThat(handler(teammates)).isEqualTo(teammate);
            assertThat(handler(atOtherStation)).isEqualTo(outgoing);
            versions.forEach((caseId, version) -> assertThat(CaseTestData.version(caseId)).as("case %s", caseId).isEqualTo(version));
            given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/cases/{id}/timeline", accepted)
                    .then().statusCode(200).body("totalItems", equalTo(3))
                    .body("items[2].action", equalTo("HAND_OVER"))
                    .body("items[2].actor", equalTo("/masswork/cadre-service"))
                    .body("items[2].actorRole", equalTo("SYSTEM"))
                    .body("items[2].toStatus", equalTo("ACCEPTED"))
                    .body("items[2].handlerCadreId", equalTo(successor.toString()));
            assertThat(outboxRows(accepted)).as("a hand-over emits no case event").isEqualTo(acceptedEvents);
            long acceptedVersion = CaseTestData.version(accepted);
            long steps = timelineEntries(accepted);

            // The same event again, then a later handover at the station (same key, so read after it) to wait for.
            kafka.send(StationEvents.CADRE_TOPIC, station.stationId().toString(), handover);
            UUID nextSuccessor = station.serving();
            kafka.send(StationEvents.CADRE_TOPIC, station.stationId().toString(),
                    handedOver(UUID.randomUUID(), station, teammate, nextSuccessor));
            awaitHandler(teammates, nextSuccessor);

            assertThat(CaseTestData.version(accepted)).isEqualTo(acceptedVersion);
            assertThat(timelineEntries(accepted)).isEqualTo(steps);
            assertThat(handler(accepted)).isEqualTo(successor);
        }
    }

    private String handedOver(UUID eventId, Station station, UUID outgoing, UUID successor) {
        ObjectNode data = mapper.createObjectNode()
                .put("handoverId", UUID.randomUUID().toString())
                .put("stationId", station.stationId().toString())
                .put("villageId", station.villageId().toString())
                .put("townshipId", station.townshipId().toString())
                .put("outgoingAssignmentId", UUID.randomUUID().toString())
                .put("outgoingCadreId", outgoing.toString())
                .put("successorAssignmentId", UUID.randomUUID().toString())
                .put("successorCadreId", successor.toString())
                .put("role", "MEMBER")
                .put("handedOverOn", County.today().toString())
                .put("cardsReissued", 0);
        return TestEvents.envelope(eventId, "/masswork/cadre-service", "StationHandedOver", station.stationId().toString(),
                OffsetDateTime.now(ZoneOffset.UTC), data.toString());
    }

    private void awaitHandler(UUID caseId, UUID cadreId) {
        Await.until("case " + caseId + " handed to " + cadreId, Duration.ofSeconds(30), () -> Objects.equals(handler(caseId), cadreId));
    }

    private UUID handler(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> cases.findById(caseId).handlerCadreId);
    }

    private static long timelineEntries(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> TimelineEntry.count("caseId", caseId));
    }

    private static long outboxRows(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", caseId.toString()));
    }
}
