package org.masswork.cases.station;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cases.CaseTestData.open;
import static org.masswork.cases.CaseTestData.post;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.casefile.CaseFile;
import org.masswork.cases.casefile.CaseFileRepository;
import org.masswork.cases.lifecycle.TimelineEntry;
import org.masswork.infra.County;
import org.masswork.infra.Await;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestEvents;
import org.masswork.infra.TestTokens;
import org.masswork.platform.outbox.OutboxEvent;

/** Which cadres serve a station, from cadre-service's assignment events, and the rules that rely on it. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class StationTeamTest {

    private static final String CADRE_TOPIC = "masswork.cadre.events";
    private static final LocalDate TODAY = County.today();

    @Inject
    ObjectMapper mapper;

    @Inject
    StationCadreRepository assignments;

    @Inject
    CaseFileRepository cases;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaTestClient kafka;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void shouldKnowWhoServesAStationWhenEventsArriveTwiceOrOutOfOrder() {
        Station station = CaseTestData.station();
        UUID leader = UUID.randomUUID();
        UUID leaderAssignment = UUID.randomUUID();
        String assigned = assigned(UUID.randomUUID(), leaderAssignment, leader, station, "LEADER", TODAY.minusDays(3));
        kafka.send(CADRE_TOPIC, leaderAssignment.toString(), assigned);
        kafka.send(CADRE_TOPIC, leaderAssignment.toString(), assigned);

        // The end overtakes its assignment (a replay, a redelivery): the assignment must not come back to life.
        UUID rotated = UUID.randomUUID();
        UUID rotatedAssignment = UUID.randomUUID();
        kafka.send(CADRE_TOPIC, rotatedAssignment.toString(), ended(UUID.randomUUID(), rotatedAssignment, rotated, station));
        kafka.send(CADRE_TOPIC, rotatedAssignment.toString(),
                assigned(UUID.randomUUID(), rotatedAssignment, rotated, station, "MEMBER", TODAY.minusYears(2)));

        UUID recalled = UUID.randomUUID();
        UUID recalledAssignment = UUID.randomUUID();
        kafka.send(CADRE_TOPIC, recalledAssignment.toString(),
                assigned(UUID.randomUUID(), recalledAssignment, recalled, station, "MEMBER", TODAY.minusMonths(6)));
        kafka.send(CADRE_TOPIC, recalledAssignment.toString(), ended(UUID.randomUUID(), recalledAssignment, recalled, station));

        UUID planned = UUID.randomUUID();
        UUID plannedAssignment = UUID.randomUUID();
        kafka.send(CADRE_TOPIC, plannedAssignment.toString(),
                assigned(UUID.randomUUID(), plannedAssignment, planned, station, "MEMBER", TODAY.plusDays(20)));

        awaitAssignment(leaderAssignment, a -> a.role != null);
        awaitAssignment(rotatedAssignment, a -> a.role != null && a.endedOn != null);
        awaitAssignment(recalledAssignment, a -> a.role != null && a.endedOn != null);
        awaitAssignment(plannedAssignment, a -> a.role != null);

        given().auth().oauth2(station.tokenOf(leader)).when().get("/api/v1/station-directory/{id}/cadres", station.stationId())
                .then().statusCode(200)
                .body("cadreId", contains(leader.toString()))
                .body("[0].role", equalTo("LEADER")).body("[0].roleLabel", equalTo("组长"))
                .body("[0].startsOn", equalTo(TODAY.minusDays(3).toString()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> assignments.count("cadreId", leader))).isEqualTo(1);

        UUID caseId = open(station.tokenOf(leader), CaseTestData.problem(station));
        for (UUID notServing : new UUID[] {rotated, recalled, planned}) {
            // The token still names the station, but the assignments say no: its cases do not exist for them.
            transition(station.tokenOf(notServing), caseId, "ACCEPT").statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:masswork:problem:not-found"));
            post(station.tokenOf(notServing), "/api/v1/cases", CaseTestData.problem(station)).statusCode(422)
                    .body("type", equalTo("urn:masswork:problem:cadre-not-serving"));
        }
        transition(station.tokenOf(leader), caseId, "ACCEPT").statusCode(200).body("handlerCadreId", equalTo(leader.toString()));
    }

    @Test
    void shouldRefuseACadreWhoseTokenClaimsAStationTheyDoNotServeAndWriteNothing() {
        Station station = CaseTestData.station();
        String formerCadre = station.tokenOf(UUID.randomUUID());
        UUID caseId = open(station.cadre(), CaseTestData.problem(station));
        long version = CaseTestData.version(caseId);

        post(formerCadre, "/api/v1/cases", CaseTestData.problem(station)).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:cadre-not-serving"));
        transition(formerCadre, caseId, "ACCEPT").statusCode(404)
                .body("type", equalTo("urn:masswork:problem:not-found"));
        post(formerCadre, "/api/v1/cases/" + caseId + "/satisfaction", Map.of("version", version, "rating", "SATISFIED"))
                .statusCode(404).body("type", equalTo("urn:masswork:problem:not-found"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> cases.count("stationId", station.stationId()))).isEqualTo(1);
        assertThat(CaseTestData.version(caseId)).isEqualTo(version);
        assertThat(QuarkusTransaction.requiringNew().call(() -> TimelineEntry.count("caseId", caseId))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", caseId.toString()))).isEqualTo(1);
        // Reading needs the assignment too: the claim alone shows neither the case nor its villager's data.
        given().auth().oauth2(formerCadre).when().get("/api/v1/cases/{id}", caseId).then().statusCode(404)
                .body("type", equalTo("urn:masswork:problem:not-found"));
        given().auth().oauth2(formerCadre).when().get("/api/v1/cases").then().statusCode(403);
        given().auth().oauth2(station.cadre()).when().get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("villager.name", equalTo("张三丰"));
    }

    @Test
    void shouldPutOnlyACadreServingTheStationInChargeOfACase() {
        Station station = CaseTestData.station();
        Station elsewhere = CaseTestData.station(station.townshipId());
        UUID first = station.serving();
        UUID second = station.serving();
        UUID caseId = open(station.tokenOf(first), CaseTestData.problem(station));
        long version = CaseTestData.version(caseId);

        transition(TestTokens.countyAdmin(), caseId, "ACCEPT", Map.of("handlerCadreId", elsewhere.serving()))
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:handler-not-serving"))
                .body("errors.field", contains("handlerCadreId"));
        transition(TestTokens.countyAdmin(), caseId, "START", Map.of("handlerCadreId", first)).statusCode(400)
                .body("errors.field", contains("handlerCadreId"));
        assertThat(CaseTestData.version(caseId)).isEqualTo(version);
        assertThat(QuarkusTransaction.requiringNew().call(() -> TimelineEntry.count("caseId", caseId))).isEqualTo(1);

        transition(station.townshipOfficer(), caseId, "ACCEPT", Map.of("handlerCadreId", first)).statusCode(200)
                .body("handlerCadreId", equalTo(first.toString()));
        transition(station.tokenOf(first), caseId, "HAND_OVER").statusCode(400).body("errors.field", contains("handlerCadreId"));
        transition(station.tokenOf(first), caseId, "HAND_OVER", Map.of("handlerCadreId", UUID.randomUUID())).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:handler-not-serving"));
        transition(station.tokenOf(first), caseId, "HAND_OVER", Map.of("handlerCadreId", second, "note", "轮换交接"))
                .statusCode(200).body("handlerCadreId", equalTo(second.toString())).body("status", equalTo("ACCEPTED"));

        given().auth().oauth2(station.tokenOf(second)).when().get("/api/v1/cases/{id}/timeline", caseId)
                .then().statusCode(200)
                .body("items.action", contains("OPEN", "ACCEPT", "HAND_OVER"))
                .body("items[1].handlerCadreId", equalTo(first.toString()))
                .body("items[2].handlerCadreId", equalTo(second.toString()))
                .body("items[2].actor", equalTo(first.toString()));
        CaseFile file = QuarkusTransaction.requiringNew().call(() -> cases.findById(caseId));
        assertThat(file.handlerCadreId).isEqualTo(second);
        assertThat(org.masswork.cases.CaseEvents.await(caseId, "CaseAccepted", 1).get(0).path("data").path("handlerCadreId").asText())
                .isEqualTo(first.toString());
    }

    private String assigned(UUID eventId, UUID assignmentId, UUID cadreId, Station station, String role, LocalDate startsOn) {
        ObjectNode data = mapper.createObjectNode()
                .put("assignmentId", assignmentId.toString())
                .put("cadreId", cadreId.toString())
                .put("stationId", station.stationId().toString())
                .put("villageId", station.villageId().toString())
                .put("townshipId", station.townshipId().toString())
                .put("role", role)
                .put("firstSecretary", false)
                .put("startsOn", startsOn.toString())
                .put("termEndsOn", startsOn.plusYears(2).toString())
                .put("matchingException", false);
        return TestEvents.envelope(eventId, "/masswork/cadre-service", "CadreAssigned", assignmentId.toString(),
                OffsetDateTime.now(ZoneOffset.UTC), data.toString());
    }

    private String ended(UUID eventId, UUID assignmentId, UUID cadreId, Station station) {
        ObjectNode data = mapper.createObjectNode()
                .put("assignmentId", assignmentId.toString())
                .put("cadreId", cadreId.toString())
                .put("stationId", station.stationId().toString())
                .put("villageId", station.villageId().toString())
                .put("townshipId", station.townshipId().toString())
                .put("endedOn", TODAY.toString())
                .put("reason", "ROTATION");
        return TestEvents.envelope(eventId, "/masswork/cadre-service", "AssignmentEnded", assignmentId.toString(),
                OffsetDateTime.now(ZoneOffset.UTC), data.toString());
    }

    private void awaitAssignment(UUID assignmentId, Predicate<StationCadre> applied) {
        Await.until("assignment " + assignmentId + " applied", Duration.ofSeconds(30), () ->
                QuarkusTransaction.requiringNew().call(() -> assignments.findByIdOptional(assignmentId)).filter(applied).isPresent());
    }
}
