package org.masswork.cadre.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.masswork.cadre.household.HouseholdWorkData.household;
import static org.masswork.cadre.household.HouseholdWorkData.team;
import static org.masswork.cadre.household.HouseholdWorkData.visit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.county.CountyClocks;
import org.masswork.cadre.household.HouseholdWorkData.Team;
import org.masswork.cadre.ledger.LedgerCaseRepository;
import org.masswork.infra.Await;
import org.masswork.infra.County;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestEvents;
import org.masswork.platform.outbox.OutboxEvent;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class MonthlyReportTest {

    private static final YearMonth LAST_MONTH = County.thisMonth().minusMonths(1);

    @Inject
    MonthlyReportRepository reports;

    @Inject
    LedgerCaseRepository cases;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldLetTheLeaderSubmitLastMonthsReportOnceWithTheMonthsFigures() throws Exception {
        Team team = team();
        UUID first = household(team);
        UUID second = household(team);
        visit(team.memberToken(), first, LAST_MONTH.atDay(10), false, Map.of("countersignatureRef", "S-10"));
        UUID followUp = visit(team.memberToken(), second, LAST_MONTH.atDay(12), true, null);
        visit(team.leaderToken(), second, LAST_MONTH.atDay(12), false, null);
        visit(team.leaderToken(), first, LAST_MONTH.plusMonths(1).atDay(1), true, null);
        checkIn(team, team.memberId(), team.memberToken(), LAST_MONTH.atDay(26));
        CountyClocks.stoppedAt(LAST_MONTH.atDay(27).atTime(18, 0));
        checkIn(team, team.leaderId(), team.leaderToken(), LAST_MONTH.atDay(27));
        CountyClocks.running();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            UUID caseId = UUID.randomUUID();
            kafka.send("masswork.case.events", caseId.toString(), caseEvent("CaseOpened", caseId, team, LAST_MONTH.atDay(3)));
            kafka.send("masswork.case.events", caseId.toString(), caseEvent("CaseClosed", caseId, team, LAST_MONTH.atDay(20)));
            Await.until("the case in the ledger", Duration.ofSeconds(30), () -> QuarkusTransaction.requiringNew().call(() ->
                    cases.count("caseId = ?1 and openedAt is not null and closedAt is not null", caseId) == 1));
        }

        String id = given().auth().oauth2(team.leaderToken()).contentType(ContentType.JSON)
                .body(Map.of("stationId", team.stationId(), "month", LAST_MONTH.toString(), "summary", "本月走访三户，一户需协调修缮"))
                .when().post("/api/v1/monthly-reports")
                .then().statusCode(201)
                .body("month", equalTo(LAST_MONTH.toString()))
                .body("submittedBy", equalTo(team.leaderId().toString()))
                .body("figures.visitsConfirmed", equalTo(1)).body("figures.visitsUnconfirmed", equalTo(2))
                .body("figures.householdsVisited", equalTo(2))
                .body("figures.casesOpened", equalTo(1)).body("figures.casesClosed", equalTo(1))
                .body("figures.stationDaysDue", equalTo(6)).body("figures.stationDaysAttended", equalTo(1))
                .body("figures.stationDaysPending", equalTo(1))
                .body("figures.attendance.find { it.cadreId == '" + team.memberId() + "' }.stationDaysPending", equalTo(1))
                .body("figures.attendance.find { it.cadreId == '" + team.leaderId() + "' }.stationDaysAttended", equalTo(1))
                .body("figures.fiveRoles.role", contains("POLICY_PUBLICIST", "OPINION_RESEARCHER",
                        "PARTY_BUILDING_INSTRUCTOR", "DISPUTE_MEDIATOR", "SERVICE_PROVIDER"))
                .body("figures.fiveRoles.visits", contains(0, 3, 0, 0, 3))
                .body("figures.fiveRolesPerCadre.find { it.cadreId == '" + team.memberId() + "' }.roles.visits",
                        contains(0, 2, 0, 0, 2))
                .body("figures.fiveRolesPerCadre.find { it.cadreId == '" + team.leaderId() + "' }.roles.visits",
                        contains(0, 1, 0, 0, 1))
                .body("figures.notableFindings.visitId", contains(followUp.toString()))
                .body("deadline", equalTo(LAST_MONTH.plusMonths(1).atDay(5).toString()))
                .extract().path("id");

        given().auth().oauth2(team.leaderToken()).contentType(ContentType.JSON)
                .body(Map.of("stationId", team.stationId(), "month", LAST_MONTH.toString(), "summary", "再报一次"))
                .when().post("/api/v1/monthly-reports")
                .then().statusCode(409).body("type", equalTo("urn:masswork:problem:monthly-report-submitted"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> reports.count("stationId", team.stationId()))).isEqualTo(1);
        given().auth().oauth2(team.officerToken()).when().get("/api/v1/monthly-reports/{id}", id)
                .then().statusCode(200).body("summary", equalTo("本月走访三户，一户需协调修缮"))
                .body("figures.stationDaysPending", equalTo(1))
                .body("figures.fiveRoles.visits", contains(0, 3, 0, 0, 3))
                .body("figures.fiveRolesPerCadre.find { it.cadreId == '" + team.memberId() + "' }.roles.visits",
                        contains(0, 2, 0, 0, 2));

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> records = kafka.await("masswork.cadre.events", r -> id.equals(r.key()), 1,
                    Duration.ofSeconds(20));
            JsonNode event = mapper.readTree(records.get(0).value());
            assertThat(event.path("type").asText()).isEqualTo("MonthlyReportSubmitted");
            assertThat(event.path("data").path("month").asText()).isEqualTo(LAST_MONTH.toString());
            assertThat(event.path("data").path("visitsConfirmed").asLong()).isEqualTo(1);
            assertThat(event.path("data").path("notableFindings").asInt()).isEqualTo(1);
            assertThat(event.path("data").path("stationDaysAttended").asInt()).isEqualTo(1);
            assertThat(event.path("data").path("stationDaysPending").asInt()).isEqualTo(1);
            assertThat(event.path("data").path("fiveRoles").path("OPINION_RESEARCHER").asLong()).isEqualTo(3);
            assertThat(event.path("data").path("fiveRoles").path("DISPUTE_MEDIATOR").asLong()).isZero();
        }
    }

    @Test
    void shouldRefuseAReportFromAMemberOrAnotherStationOrForAMonthNotOverAndWriteNothing() {
        Team team = team();
        Team other = team();
        long outboxBefore = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
        Map<String, Object> body = Map.of("stationId", team.stationId(), "month", LAST_MONTH.toString(), "summary", "月报");

        given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/monthly-reports").then().statusCode(403);
        given().auth().oauth2(other.leaderToken()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/monthly-reports").then().statusCode(403);
        given().auth().oauth2(team.leaderToken()).contentType(ContentType.JSON)
                .body(Map.of("stationId", team.stationId(), "month", County.thisMonth().toString(), "summary", "月报"))
                .when().post("/api/v1/monthly-reports")
                .then().statusCode(422).body("type", equalTo("urn:masswork:problem:month-not-over"))
                .body("errors.field", contains("month"));
        given().auth().oauth2(team.leaderToken()).contentType(ContentType.JSON)
                .body(Map.of("stationId", team.stationId(), "month", "2026-13", "summary", "月报"))
                .when().post("/api/v1/monthly-reports")
                .then().statusCode(400).body("errors.field", contains("month"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> reports.count("stationId", team.stationId()))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count())).isEqualTo(outboxBefore);
    }

    @Test
    void shouldListTheStationsOfATownshipThatMissedTheDeadline() {
        Team team = team();
        given().auth().oauth2(team.leaderToken()).contentType(ContentType.JSON)
                .body(Map.of("stationId", team.stationId(), "month", LAST_MONTH.minusMonths(1).toString(), "summary", "补报"))
                .when().post("/api/v1/monthly-reports").then().statusCode(201);

        given().auth().oauth2(team.officerToken()).queryParam("month", LAST_MONTH.minusMonths(1).toString())
                .when().get("/api/v1/monthly-reports/missing")
                .then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].stationId", equalTo(team.stationId().toString()))
                .body("items[0].overdue", equalTo(true)).body("items[0].submittedLateAt", notNullValue());
        given().auth().oauth2(team.officerToken()).queryParam("month", LAST_MONTH.toString())
                .when().get("/api/v1/monthly-reports/missing")
                .then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(team.officerToken()).queryParam("month", LAST_MONTH.toString())
                .queryParam("townshipId", team().townshipId())
                .when().get("/api/v1/monthly-reports/missing").then().statusCode(403);
    }

    private static void checkIn(Team team, UUID cadreId, String token, LocalDate day) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("cadreId", cadreId, "stationId", team.stationId(),
                        "recordedAt", day.atTime(LocalTime.of(9, 0)).atZone(County.ZONE).toOffsetDateTime().toString()))
                .when().post("/api/v1/check-ins").then().statusCode(201);
    }

    private String caseEvent(String type, UUID caseId, Team team, LocalDate day) {
        ObjectNode data = mapper.createObjectNode()
                .put("caseId", caseId.toString())
                .put("stationId", team.stationId().toString())
                .put("villageId", team.villageId().toString())
                .put("townshipId", team.townshipId().toString())
                .put("kind", "PROBLEM")
                .put("category", "ROADS")
                .put("occurredAt", day.atTime(LocalTime.NOON).atZone(County.ZONE).toOffsetDateTime().toString());
        return TestEvents.envelope(UUID.randomUUID(), "/masswork/case-service", type, caseId.toString(), OffsetDateTime.now(),
                data.toString());
    }
}
