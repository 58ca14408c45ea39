package org.masswork.cadre.visit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.masswork.cadre.household.HouseholdWorkData.household;
import static org.masswork.cadre.household.HouseholdWorkData.issueCard;
import static org.masswork.cadre.household.HouseholdWorkData.team;
import static org.masswork.cadre.household.HouseholdWorkData.visit;
import static org.masswork.cadre.household.HouseholdWorkData.visitBody;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.contactcard.ConfirmationCodeRepository;
import org.masswork.cadre.contactcard.ContactCardRepository;
import org.masswork.cadre.household.HouseholdWorkData.Team;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.platform.outbox.OutboxEvent;
import org.masswork.infra.County;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class VisitTest {

    private static final LocalDate TODAY = County.today();

    @Inject
    VisitRepository visits;

    @Inject
    ConfirmationCodeRepository codes;

    @Inject
    ContactCardRepository cards;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldConfirmAVisitWithAOneTimeCodeThatThenNoLongerWorks() throws Exception {
        Team team = team();
        UUID householdId = household(team);
        List<String> plain = issueCard(team, householdId).getList("confirmationCodes");
        Map<String, Object> body = visitBody(householdId, TODAY.minusDays(1), false);
        body.put("confirmation", Map.of("code", plain.get(3)));

        String id = given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/visits")
                .then().statusCode(201)
                .body("cadreId", equalTo(team.memberId().toString()))
                .body("villageId", equalTo(team.villageId().toString()))
                .body("roles.code", contains("OPINION_RESEARCHER", "SERVICE_PROVIDER"))
                .body("roles.label", contains("社情民意调研员", "为民便民服务员"))
                .body("confirmed", equalTo(true)).body("confirmationMethod", equalTo("CODE"))
                .body("confirmedAt", notNullValue())
                .extract().path("id");

        Map<String, Object> reuse = visitBody(householdId, TODAY, false);
        reuse.put("confirmation", Map.of("code", plain.get(3)));
        given().auth().oauth2(team.leaderToken()).contentType(ContentType.JSON).body(reuse)
                .when().post("/api/v1/visits")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:confirmation-code-used"))
                .body("errors.field", contains("confirmation.code"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> visits.count("householdId", householdId))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> codes.count("visitId", UUID.fromString(id)))).isEqualTo(1);

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> records = kafka.await("masswork.cadre.events", r -> id.equals(r.key()), 1,
                    Duration.ofSeconds(20));
            JsonNode event = mapper.readTree(records.get(0).value());
            assertThat(event.path("type").asText()).isEqualTo("HouseholdVisited");
            JsonNode data = event.path("data");
            assertThat(data.path("householdId").asText()).isEqualTo(householdId.toString());
            assertThat(data.path("stationId").asText()).isEqualTo(team.stationId().toString());
            assertThat(data.path("townshipId").asText()).isEqualTo(team.townshipId().toString());
            assertThat(data.path("visitedOn").asText()).isEqualTo(TODAY.minusDays(1).toString());
            assertThat(data.path("confirmed").asBoolean()).isTrue();
            assertThat(data.path("roles")).hasSize(2);
            assertThat(event.toString()).doesNotContain("屋顶漏雨");
        }
    }

    @Test
    void shouldRefuseAWrongCodeWritingNothingAndLockTheCardAfterFiveWrongCodes() {
        Team team = team();
        UUID householdId = household(team);
        List<String> plain = issueCard(team, householdId).getList("confirmationCodes");
        String wrong = plain.contains("000000") ? "000001" : "000000";
        long outboxBefore = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());

        for (int attempt = 1; attempt <= 5; attempt++) {
            Map<String, Object> body = visitBody(householdId, TODAY, false);
            body.put("confirmation", Map.of("code", wrong));
            given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/visits")
                    .then().statusCode(422).body("type", equalTo("urn:masswork:problem:confirmation-code-invalid"));
        }
        Map<String, Object> right = visitBody(householdId, TODAY, false);
        right.put("confirmation", Map.of("code", plain.get(0)));
        given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).body(right)
                .when().post("/api/v1/visits")
                .then().statusCode(422).body("type", equalTo("urn:masswork:problem:card-codes-locked"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> visits.count("householdId", householdId))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count())).isEqualTo(outboxBefore);
        assertThat(QuarkusTransaction.requiringNew().call(() -> codes.count("usedAt is not null and codeHash is not null and cardId in "
                + "(select c.id from ContactCard c where c.householdId = ?1)", householdId))).isZero();

        List<String> fresh = issueCard(team, householdId).getList("confirmationCodes");
        right.put("confirmation", Map.of("code", fresh.get(0)));
        given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).body(right)
                .when().post("/api/v1/visits").then().statusCode(201).body("confirmed", equalTo(true));
    }

    @Test
    void shouldConfirmLaterByCountersignatureAndCountConfirmedAndUnconfirmedApart() throws Exception {
        Team team = team();
        UUID first = household(team);
        UUID second = household(team);
        household(team);
        household(team);
        UUID confirmedLater = visit(team.memberToken(), first, TODAY.minusDays(2), false, null);
        visit(team.leaderToken(), first, TODAY.minusDays(1), false, null);
        visit(team.memberToken(), second, TODAY.minusDays(1), true, null);

        given().auth().oauth2(team.leaderToken()).contentType(ContentType.JSON)
                .body(Map.of("countersignatureRef", "签字单-2026-118"))
                .when().post("/api/v1/visits/{id}/confirmation", confirmedLater)
                .then().statusCode(200).body("confirmed", equalTo(true))
                .body("confirmationMethod", equalTo("COUNTERSIGNATURE")).body("confirmationMethodLabel", equalTo("户主签字"));
        given().auth().oauth2(team.leaderToken()).contentType(ContentType.JSON)
                .body(Map.of("countersignatureRef", "again"))
                .when().post("/api/v1/visits/{id}/confirmation", confirmedLater)
                .then().statusCode(409).body("type", equalTo("urn:masswork:problem:visit-already-confirmed"));

        given().auth().oauth2(team.officerToken()).queryParam("villageId", team.villageId())
                .when().get("/api/v1/visits/coverage")
                .then().statusCode(200)
                .body("households", equalTo(4)).body("visitedHouseholds", equalTo(2))
                .body("confirmedVisitedHouseholds", equalTo(1))
                .body("share", equalTo(0.5f)).body("confirmedShare", equalTo(0.25f));
        given().auth().oauth2(team.memberToken()).queryParam("stationId", team.stationId()).queryParam("confirmed", false)
                .when().get("/api/v1/visits").then().statusCode(200).body("totalItems", equalTo(2));

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> records = kafka.await("masswork.cadre.events",
                    r -> confirmedLater.toString().equals(r.key()) && r.value().contains("\"VisitConfirmed\""), 1,
                    Duration.ofSeconds(20));
            JsonNode data = mapper.readTree(records.get(0).value()).path("data");
            assertThat(data.path("confirmationMethod").asText()).isEqualTo("COUNTERSIGNATURE");
            assertThat(data.path("cadreId").asText()).isEqualTo(team.memberId().toString());
        }
    }

    @Test
    void shouldRefuseVisitsOutsideTheCadresStationOrTermAndInTheFutureAndWriteNothing() {
        Team team = team(TODAY.minusDays(10));
        Team other = team();
        UUID mine = household(team);
        UUID theirs = household(other);
        long outboxBefore = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());

        post(team.memberToken(), visitBody(theirs, TODAY, false))
                .then().statusCode(422).body("type", equalTo("urn:masswork:problem:household-outside-cadre-station"))
                .body("errors.field", contains("householdId"));
        post(team.memberToken(), visitBody(mine, TODAY.plusDays(1), false))
                .then().statusCode(400).body("errors.field", contains("visitedOn"));
        post(team.memberToken(), visitBody(mine, TODAY.minusDays(11), false))
                .then().statusCode(422).body("type", equalTo("urn:masswork:problem:visit-before-assignment"));
        Map<String, Object> noRoles = visitBody(mine, TODAY, false);
        noRoles.put("roles", List.of());
        noRoles.put("findings", "x".repeat(2001));
        post(team.memberToken(), noRoles).then().statusCode(400).body("errors.field", contains("findings", "roles"));
        Map<String, Object> both = visitBody(mine, TODAY, false);
        both.put("confirmation", Map.of("code", "123456", "countersignatureRef", "S-1"));
        post(team.memberToken(), both).then().statusCode(400).body("errors.field", contains("confirmation"));
        Map<String, Object> badCode = visitBody(mine, TODAY, false);
        badCode.put("confirmation", Map.of("code", "12ab"));
        post(team.memberToken(), badCode).then().statusCode(400).body("errors.field", contains("confirmation.code"));
        post(team.memberToken(), visitBody(UUID.randomUUID(), TODAY, false))
                .then().statusCode(422).body("type", equalTo("urn:masswork:problem:unknown-household"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> visits.count("householdId in ?1", List.of(mine, theirs)))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count())).isEqualTo(outboxBefore);
    }

    @Test
    void shouldRefuseASecondVisitOfTheSameCadreToTheSameHouseholdOnTheSameDay() {
        Team team = team();
        UUID householdId = household(team);
        visit(team.memberToken(), householdId, TODAY, false, null);

        post(team.memberToken(), visitBody(householdId, TODAY, false))
                .then().statusCode(409).body("type", equalTo("urn:masswork:problem:visit-already-recorded"));
        visit(team.leaderToken(), householdId, TODAY, false, null);
        assertThat(QuarkusTransaction.requiringNew().call(() -> visits.count("householdId", householdId))).isEqualTo(2);
    }

    @Test
    void shouldKeepAnotherStationsCadreAndTownshipAwayFromVisits() {
        Team mine = team();
        Team other = team();
        UUID householdId = household(mine);
        UUID visitId = visit(mine.memberToken(), householdId, TODAY, false, null);

        given().auth().oauth2(other.memberToken()).when().get("/api/v1/visits/{id}", visitId).then().statusCode(404)
                .body("type", equalTo("urn:masswork:problem:not-found"));
        given().auth().oauth2(other.officerToken()).when().get("/api/v1/visits/{id}", visitId).then().statusCode(404);
        given().auth().oauth2(other.memberToken()).queryParam("stationId", mine.stationId())
                .when().get("/api/v1/visits").then().statusCode(403);
        given().auth().oauth2(other.officerToken()).queryParam("townshipId", mine.townshipId())
                .when().get("/api/v1/visits").then().statusCode(403);
        given().auth().oauth2(other.memberToken()).contentType(ContentType.JSON).body(Map.of("countersignatureRef", "S-9"))
                .when().post("/api/v1/visits/{id}/confirmation", visitId).then().statusCode(404);
        given().auth().oauth2(other.officerToken()).when().get("/api/v1/visits")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(mine.officerToken()).when().get("/api/v1/visits")
                .then().statusCode(200).body("items.id", contains(visitId.toString()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> visits.get(visitId).isConfirmed())).isFalse();
    }

    private static Response post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/visits");
    }
}
