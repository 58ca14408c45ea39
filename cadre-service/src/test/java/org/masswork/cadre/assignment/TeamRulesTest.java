package org.masswork.cadre.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.cadre.CadreTestData.assign;
import static org.masswork.cadre.CadreTestData.assignment;
import static org.masswork.cadre.CadreTestData.cadre;
import static org.masswork.cadre.CadreTestData.department;
import static org.masswork.cadre.CadreTestData.generalCadre;
import static org.masswork.cadre.CadreTestData.sectionLevelCadre;
import static org.masswork.cadre.CadreTestData.stationOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.outbox.OutboxEvent;
import org.masswork.platform.privacy.PersonalDataAccess;
import org.masswork.infra.County;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class TeamRulesTest {

    @Inject
    AssignmentRepository assignments;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldAssignAMatchingCadreForATwoYearTermAndPublishCadreAssigned() throws Exception {
        UUID stationId = stationOfType("POOR");
        UUID cadreId = sectionLevelCadre("ECONOMIC");
        LocalDate startsOn = County.today().minusDays(10);
        Map<String, Object> body = assignment(cadreId, stationId, "LEADER");
        body.put("startsOn", startsOn.toString());
        body.put("firstSecretary", true);

        String id = post(body).then().statusCode(201)
                .body("termEndsOn", equalTo(startsOn.plusYears(2).toString()))
                .body("matchingException", equalTo(false))
                .body("roleLabel", equalTo("组长"))
                .extract().path("id");

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> records = kafka.await("masswork.cadre.events",
                    r -> id.equals(r.key()) && r.value().contains("\"CadreAssigned\""), 1, Duration.ofSeconds(20));
            assertThat(records).hasSize(1);
            JsonNode data = mapper.readTree(records.get(0).value()).path("data");
            assertThat(data.path("cadreId").asText()).isEqualTo(cadreId.toString());
            assertThat(data.path("stationId").asText()).isEqualTo(stationId.toString());
            assertThat(data.path("role").asText()).isEqualTo("LEADER");
            assertThat(data.path("firstSecretary").asBoolean()).isTrue();
            assertThat(data.path("termEndsOn").asText()).isEqualTo(startsOn.plusYears(2).toString());
        }
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/stations/{id}/team", stationId)
                .then().statusCode(200)
                .body("members.cadreId", contains(cadreId.toString()))
                .body("issues", contains("UNDERSTAFFED"));
    }

    @Test
    void shouldRejectAFourthCadreOnAStation() {
        UUID stationId = stationOfType("ORDINARY");
        assign(sectionLevelCadre("ECONOMIC"), stationId, "LEADER");
        assign(generalCadre("TECHNICAL"), stationId, "MEMBER");
        assign(generalCadre("POLITICAL_LEGAL"), stationId, "MEMBER");
        UUID fourth = generalCadre("PARTY_GOVERNMENT");

        post(assignment(fourth, stationId, "MEMBER")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:team-full"));
        assertThat(activeAt(stationId)).isEqualTo(3);
        assertThat(QuarkusTransaction.requiringNew().call(() -> assignments.activeForCadre(fourth))).isEmpty();
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/stations/{id}/team", stationId)
                .then().body("issues.size()", equalTo(0));
    }

    @Test
    void shouldRejectASecondLeaderAndALeaderBelowRank() {
        UUID stationId = stationOfType("ORDINARY");
        assign(sectionLevelCadre("ECONOMIC"), stationId, "LEADER");

        post(assignment(sectionLevelCadre("ECONOMIC"), stationId, "LEADER")).then().statusCode(409)
                .body("type", equalTo("urn:masswork:problem:station-has-leader"));

        UUID otherStation = stationOfType("ORDINARY");
        post(assignment(generalCadre("ECONOMIC"), otherStation, "LEADER")).then().statusCode(422)
                .body("type", equalTo("urn:masswork:problem:leader-rank"))
                .body("errors.field", contains("role"));
        UUID backbone = cadre(department("ECONOMIC"), "GENERAL", true);
        post(assignment(backbone, otherStation, "LEADER")).then().statusCode(201);
        assertThat(activeAt(stationId)).isEqualTo(1);
    }

    @Test
    void shouldRequireARecordedReasonToBreakTheMatchingRuleAndReportIt() {
        UUID stationId = stationOfType("DISORDERLY");
        UUID technical = generalCadre("TECHNICAL");

        post(assignment(technical, stationId, "MEMBER")).then().statusCode(422)
                .body("type", equalTo("urn:masswork:problem:matching-rule"))
                .body("errors.field", contains("exceptionReason"));
        assertThat(activeAt(stationId)).isZero();

        Map<String, Object> withReason = assignment(technical, stationId, "MEMBER");
        withReason.put("exceptionReason", "村里急需农业技术指导");
        String id = post(withReason).then().statusCode(201).body("matchingException", equalTo(true)).extract().path("id");

        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("size", 100)
                .when().get("/api/v1/assignments/matching-exceptions")
                .then().statusCode(200).body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.exceptionReason", equalTo("村里急需农业技术指导"));
    }

    @Test
    void shouldRefuseAReturnToAStationServedBeforeUnlessItsReasonIsRecorded() throws Exception {
        UUID stationId = stationOfType("POOR");
        UUID cadreId = generalCadre("ECONOMIC");
        Map<String, Object> first = assignment(cadreId, stationId, "MEMBER");
        first.put("startsOn", County.today().minusYears(2).toString());
        String firstTerm = post(first).then().statusCode(201).body("returnReason", nullValue()).extract().path("id");
        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("endedOn", County.today().toString(), "reason", "ROTATION", "version", 0))
                .when().post("/api/v1/assignments/{id}/end", firstTerm).then().statusCode(200);

        post(assignment(cadreId, stationId, "MEMBER")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:station-served-before"))
                .body("errors.field", contains("returnReason"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> assignments.activeForCadre(cadreId))).isEmpty();

        Map<String, Object> withReason = assignment(cadreId, stationId, "MEMBER");
        withReason.put("returnReason", "村里土地纠纷未了，村民代表要求原驻站干部回村");
        String id = post(withReason).then().statusCode(201)
                .body("returnReason", equalTo("村里土地纠纷未了，村民代表要求原驻站干部回村")).extract().path("id");
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/assignments/{id}", id)
                .then().statusCode(200).body("returnReason", equalTo("村里土地纠纷未了，村民代表要求原驻站干部回村"));
        String envelope = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("type = 'CadreAssigned' and key = ?1", id).singleResult().envelope);
        assertThat(mapper.readTree(envelope).path("data").path("returnReason").asText())
                .isEqualTo("村里土地纠纷未了，村民代表要求原驻站干部回村");
        // A station the cadre never served needs no reason.
        UUID otherCadre = generalCadre("ECONOMIC");
        post(assignment(otherCadre, stationId, "MEMBER")).then().statusCode(201).body("returnReason", nullValue());
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentAssignmentsOfOneCadreWin() throws Exception {
        UUID cadreId = generalCadre("ECONOMIC");
        List<UUID> stations = List.of(stationOfType("POOR"), stationOfType("POOR"));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> attempts = new ArrayList<>();
        for (UUID stationId : stations) {
            attempts.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return post(assignment(cadreId, stationId, "MEMBER")).then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        long active = QuarkusTransaction.requiringNew().call(() -> assignments.count("cadreId = ?1 and endedOn is null", cadreId));
        assertThat(active).isEqualTo(1);
        long events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("type = 'CadreAssigned' and envelope like ?1",
                "%" + cadreId + "%"));
        assertThat(events).isEqualTo(1);
    }

    @Test
    void shouldEndATermOnlyFromTheVersionTheClientRead() {
        UUID cadreId = generalCadre("ECONOMIC");
        UUID assignmentId = assign(cadreId, stationOfType("POOR"), "MEMBER");
        Map<String, Object> end = Map.of("endedOn", County.today().toString(), "reason", "ROTATION", "version", 7);

        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(end)
                .when().post("/api/v1/assignments/{id}/end", assignmentId)
                .then().statusCode(409).body("type", equalTo("urn:masswork:problem:stale-version"));
        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("endedOn", County.today().plusDays(3).toString(), "reason", "ROTATION", "version", 0))
                .when().post("/api/v1/assignments/{id}/end", assignmentId)
                .then().statusCode(400).body("errors.field", contains("endedOn"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> assignments.activeForCadre(cadreId))).isPresent();

        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("endedOn", County.today().toString(), "reason", "ROTATION", "version", 0))
                .when().post("/api/v1/assignments/{id}/end", assignmentId)
                .then().statusCode(200).body("endedOn", equalTo(County.today().toString())).body("version", equalTo(1));
        assertThat(QuarkusTransaction.requiringNew().call(() -> assignments.activeForCadre(cadreId))).isEmpty();
        long ended = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("type = 'AssignmentEnded' and key = ?1",
                assignmentId.toString()));
        assertThat(ended).isEqualTo(1);
    }

    @Test
    void shouldListTermsEndingSoonAndSuggestMatchingFreeCadres() {
        UUID stationId = stationOfType("SPECIALISED");
        Map<String, Object> old = assignment(generalCadre("TECHNICAL"), stationId, "MEMBER");
        old.put("startsOn", County.today().minusYears(2).plusDays(20).toString());
        String endingSoon = post(old).then().statusCode(201).extract().path("id");
        UUID mayLead = sectionLevelCadre("TECHNICAL");
        UUID member = generalCadre("TECHNICAL");
        UUID wrongKind = sectionLevelCadre("ECONOMIC");

        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("withinDays", 30).queryParam("size", 100)
                .when().get("/api/v1/assignments/ending")
                .then().statusCode(200).body("items.id", hasItem(endingSoon));

        List<String> candidates = given().auth().oauth2(TestTokens.countyAdmin()).queryParam("limit", 50)
                .when().get("/api/v1/stations/{id}/replacement-candidates", stationId)
                .then().statusCode(200).extract().path("cadreId");
        assertThat(candidates).contains(mayLead.toString(), member.toString()).doesNotContain(wrongKind.toString());
        assertThat(candidates.indexOf(mayLead.toString())).isLessThan(candidates.indexOf(member.toString()));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/stations/{id}/replacement-candidates", stationId)
                .then().body("departmentKind", everyItem(equalTo("TECHNICAL")));
    }

    @Test
    void shouldMaskACadresPhoneOutsideTheirScopeAndDeriveTheirExperience() {
        UUID stationId = stationOfType("POOR");
        UUID cadreId = generalCadre("ECONOMIC");
        Map<String, Object> body = assignment(cadreId, stationId, "MEMBER");
        body.put("startsOn", County.today().minusDays(100).toString());
        post(body).then().statusCode(201);

        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/cadres/{id}", cadreId)
                .then().statusCode(200).body("phone", equalTo("13812345678")).body("phoneMasked", equalTo(false))
                .body("stationExperienceDays", equalTo(100)).body("currentStationId", equalTo(stationId.toString()));
        given().auth().oauth2(TestTokens.cadre(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()))
                .when().get("/api/v1/cadres/{id}", cadreId)
                .then().statusCode(200).body("phone", equalTo("138****5678")).body("phoneMasked", equalTo(true));
        UUID teammate = generalCadre("ECONOMIC");
        post(assignment(teammate, stationId, "MEMBER")).then().statusCode(201);
        given().auth().oauth2(TestTokens.cadre(teammate, stationId, UUID.randomUUID()))
                .when().get("/api/v1/cadres/{id}", cadreId)
                .then().statusCode(200).body("phone", equalTo("13812345678"));
        // A token naming the station is not enough: its cadre must serve there, and the claim counts only for cadres.
        given().auth().oauth2(TestTokens.cadre(UUID.randomUUID(), stationId, UUID.randomUUID()))
                .when().get("/api/v1/cadres/{id}", cadreId)
                .then().statusCode(200).body("phone", equalTo("138****5678")).body("phoneMasked", equalTo(true));
        given().auth().oauth2(TestTokens.token(UUID.randomUUID().toString(), Set.of("VILLAGER"),
                        Map.of("station", stationId.toString(), "cadre", cadreId.toString())))
                .when().get("/api/v1/cadres/{id}", cadreId)
                .then().statusCode(200).body("phone", equalTo("138****5678")).body("phoneMasked", equalTo(true));
        long fullReads = QuarkusTransaction.requiringNew().call(() ->
                PersonalDataAccess.count("resourceId = ?1 and action = 'READ'", cadreId));
        assertThat(fullReads).as("the county admin's and the team member's reads, not the masked ones").isEqualTo(2);
    }

    private static Response post(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/assignments");
    }

    private long activeAt(UUID stationId) {
        return QuarkusTransaction.requiringNew().call(() -> (long) assignments.activeForStation(stationId).size());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
