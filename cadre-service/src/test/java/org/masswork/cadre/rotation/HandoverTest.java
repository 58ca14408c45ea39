package org.masswork.cadre.rotation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.cadre.household.HouseholdWorkData.household;
import static org.masswork.cadre.household.HouseholdWorkData.issueCard;
import static org.masswork.cadre.household.HouseholdWorkData.team;
import static org.masswork.cadre.household.HouseholdWorkData.visitBody;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.CadreTestData;
import org.masswork.cadre.assignment.Assignment;
import org.masswork.cadre.assignment.AssignmentRepository;
import org.masswork.cadre.contactcard.ContactCardRepository;
import org.masswork.cadre.household.HouseholdWorkData;
import org.masswork.cadre.household.HouseholdWorkData.Team;
import org.masswork.infra.County;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.outbox.OutboxEvent;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class HandoverTest {

    private static final LocalDate TODAY = County.today();

    @Inject
    AssignmentRepository assignments;

    @Inject
    ContactCardRepository cards;

    @Inject
    StationHandoverRepository handovers;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldHandAStationOverInOneOperationOnceWhateverTheReplays() throws Exception {
        Team team = team();
        UUID carded = household(team);
        UUID alsoCarded = household(team);
        UUID uncarded = household(team);
        JsonPath oldCard = issueCard(team, carded);
        UUID oldCardId = UUID.fromString(oldCard.getString("card.id"));
        String oldCode = oldCard.getList("confirmationCodes", String.class).get(0);
        issueCard(team, alsoCarded);
        UUID outgoing = activeAssignmentOf(team.memberId()).id;
        UUID successor = CadreTestData.generalCadre("ECONOMIC");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("successorCadreId", successor, "version", 0, "note", "两年期满轮换");

        JsonPath handover = handOver(outgoing, body, key).statusCode(201)
                .header("Location", endsWith("/api/v1/assignments/" + activeAssignmentOf(successor).id))
                .body("stationId", equalTo(team.stationId().toString()))
                .body("handedOverOn", equalTo(TODAY.toString()))
                .body("outgoing.id", equalTo(outgoing.toString()))
                .body("outgoing.endedOn", equalTo(TODAY.toString()))
                .body("outgoing.endReason", equalTo("ROTATION"))
                .body("outgoing.endNote", equalTo("两年期满轮换"))
                .body("successor.cadreId", equalTo(successor.toString()))
                .body("successor.role", equalTo("MEMBER"))
                .body("successor.startsOn", equalTo(TODAY.toString()))
                .body("successor.endedOn", nullValue())
                .body("cardsReissued", equalTo(2))
                .body("reissuedCards.card.householdId", containsInAnyOrder(carded.toString(), alsoCarded.toString()))
                .extract().jsonPath();
        UUID handoverId = UUID.fromString(handover.getString("id"));
        for (int i = 0; i < 2; i++) {
            assertThat(handover.getList("reissuedCards[" + i + "].card.members.cadreId", String.class))
                    .containsExactly(team.leaderId().toString(), successor.toString());
            assertThat(handover.getList("reissuedCards[" + i + "].confirmationCodes")).hasSize(12);
        }
        JsonPath newCard = JsonPath.from(handover.prettify()).setRootPath("reissuedCards.find { it.card.householdId == '" + carded + "' }");
        String newCode = newCard.getList("confirmationCodes", String.class).get(0);

        assertThat(QuarkusTransaction.requiringNew().call(() -> cards.current(carded).orElseThrow().id))
                .isEqualTo(UUID.fromString(newCard.getString("card.id")));
        assertThat(QuarkusTransaction.requiringNew().call(() -> cards.findById(oldCardId).current)).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> cards.count("householdId", uncarded))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> assignments.activeForCadre(team.memberId()))).isEmpty();

        // The old card no longer confirms a visit; the new one does, for the successor now serving the station.
        String successorToken = TestTokens.cadre(successor, team.stationId(), team.townshipId());
        visit(successorToken, carded, oldCode).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:confirmation-code-invalid"));
        visit(successorToken, carded, newCode).statusCode(201).body("confirmed", equalTo(true));

        handOver(outgoing, body, key).statusCode(201)
                .body("id", equalTo(handoverId.toString()))
                .body("successor.cadreId", equalTo(successor.toString()))
                .body("cardsReissued", equalTo(2))
                .body("reissuedCards", nullValue());
        assertThat(QuarkusTransaction.requiringNew().call(() -> cards.count("householdId", carded))).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> assignments.count("cadreId", successor))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("type = 'StationHandedOver' and key = ?1", team.stationId().toString()))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("type = 'AssignmentEnded' and key = ?1", outgoing.toString()))).isEqualTo(1);

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> records = kafka.await("masswork.cadre.events",
                    r -> team.stationId().toString().equals(r.key()) && r.value().contains("\"StationHandedOver\""),
                    1, Duration.ofSeconds(20));
            JsonNode data = mapper.readTree(records.get(0).value()).path("data");
            assertThat(data.path("handoverId").asText()).isEqualTo(handoverId.toString());
            assertThat(data.path("outgoingAssignmentId").asText()).isEqualTo(outgoing.toString());
            assertThat(data.path("outgoingCadreId").asText()).isEqualTo(team.memberId().toString());
            assertThat(data.path("successorCadreId").asText()).isEqualTo(successor.toString());
            assertThat(data.path("successorAssignmentId").asText()).isEqualTo(handover.getString("successor.id"));
            assertThat(data.path("handedOverOn").asText()).isEqualTo(TODAY.toString());
            assertThat(data.path("cardsReissued").asInt()).isEqualTo(2);
        }
    }

    @Test
    void shouldRefuseAnIneligibleSuccessorOrUnknownIdsAndChangeNothing() {
        Team team = team(TODAY.minusYears(2));
        UUID carded = household(team);
        UUID cardId = UUID.fromString(issueCard(team, carded).getString("card.id"));
        UUID servedBefore = CadreTestData.generalCadre("ECONOMIC");
        UUID earlier = HouseholdWorkData.assign(servedBefore, team.stationId(), "MEMBER", TODAY.minusYears(2));
        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("endedOn", TODAY.minusYears(1).toString(), "reason", "RECALLED", "version", 0))
                .when().post("/api/v1/assignments/{id}/end", earlier).then().statusCode(200);
        Assignment outgoing = activeAssignmentOf(team.memberId());
        UUID eligible = CadreTestData.generalCadre("ECONOMIC");
        UUID technical = CadreTestData.generalCadre("TECHNICAL");
        long outboxBefore = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());

        handOver(UUID.randomUUID(), request(eligible), null).statusCode(404)
                .contentType("application/problem+json");
        handOver(outgoing.id, request(UUID.randomUUID()), null).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:unknown-cadre"))
                .body("errors.field", contains("successorCadreId"));
        handOver(outgoing.id, request(team.memberId()), null).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:successor-is-outgoing"));
        handOver(outgoing.id, request(team.leaderId()), null).statusCode(409)
                .body("type", equalTo("urn:masswork:problem:cadre-already-assigned"));
        handOver(outgoing.id, request(technical), null).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:matching-rule"));
        handOver(outgoing.id, request(servedBefore), null).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:station-served-before"))
                .body("errors.field", contains("returnReason"));
        Assignment outgoingLeader = activeAssignmentOf(team.leaderId());
        handOver(outgoingLeader.id, request(eligible), null).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:leader-rank"))
                .body("errors.field", contains("successorCadreId"));
        Map<String, Object> stale = request(eligible);
        stale.put("version", 5);
        handOver(outgoing.id, stale, null).statusCode(409).body("type", equalTo("urn:masswork:problem:stale-version"));
        Map<String, Object> future = request(eligible);
        future.put("handedOverOn", TODAY.plusDays(1).toString());
        handOver(outgoing.id, future, null).statusCode(400).body("errors.field", contains("handedOverOn"));
        handOver(outgoing.id, Map.of("version", 0), null).statusCode(400).body("errors.field", contains("successorCadreId"));
        given().auth().oauth2(team.officerToken()).contentType(ContentType.JSON)
                .body(request(eligible))
                .when().post("/api/v1/assignments/{id}/handover", outgoing.id).then().statusCode(403);

        for (Assignment before : List.of(outgoing, outgoingLeader)) {
            Assignment after = QuarkusTransaction.requiringNew().call(() -> assignments.findById(before.id));
            assertThat(after.endedOn).isNull();
            assertThat(after.version).isEqualTo(before.version);
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> assignments.activeForCadre(eligible))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> cards.current(carded).orElseThrow().id)).isEqualTo(cardId);
        assertThat(QuarkusTransaction.requiringNew().call(() -> handovers.count("stationId", team.stationId()))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count())).isEqualTo(outboxBefore);
    }

    private Assignment activeAssignmentOf(UUID cadreId) {
        return QuarkusTransaction.requiringNew().call(() -> assignments.activeForCadre(cadreId).orElseThrow());
    }

    private static Map<String, Object> request(UUID successor) {
        Map<String, Object> body = new HashMap<>();
        body.put("successorCadreId", successor);
        body.put("version", 0);
        return body;
    }

    private static ValidatableResponse handOver(UUID assignmentId, Map<String, Object> body, String key) {
        var request = given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/assignments/{id}/handover", assignmentId).then();
    }

    private static ValidatableResponse visit(String token, UUID householdId, String code) {
        Map<String, Object> body = visitBody(householdId, TODAY, false);
        body.put("confirmation", Map.of("code", code));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/visits").then();
    }
}
