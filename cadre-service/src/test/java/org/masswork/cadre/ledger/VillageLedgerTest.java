package org.masswork.cadre.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cadre.household.HouseholdWorkData.household;
import static org.masswork.cadre.household.HouseholdWorkData.issueCard;
import static org.masswork.cadre.household.HouseholdWorkData.team;
import static org.masswork.cadre.household.HouseholdWorkData.visit;

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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.household.HouseholdWorkData.Team;
import org.masswork.infra.Await;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestEvents;
import org.masswork.infra.County;

/** The ledger keeps case-service's cases from its events, sent through the real broker. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class VillageLedgerTest {

    private static final String CASE_TOPIC = "masswork.case.events";

    @Inject
    LedgerCaseRepository cases;

    @Inject
    ObjectMapper mapper;

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
    void shouldCountCasesFromEventsThatComeTwiceOrOutOfOrder() {
        Team team = team();
        UUID closedFirst = UUID.randomUUID();
        UUID stillOpen = UUID.randomUUID();
        OffsetDateTime opened = OffsetDateTime.now().minusDays(3).truncatedTo(ChronoUnit.MICROS);
        String open1 = caseEvent("CaseOpened", closedFirst, team, "DISPUTE", opened);
        send(caseEvent("CaseClosed", closedFirst, team, "DISPUTE", opened.plusDays(2)));
        send(open1);
        send(open1);
        send(caseEvent("CaseOpened", UUID.randomUUID(), team, "DISPUTE", opened).replace(team.villageId().toString(),
                UUID.randomUUID().toString()));
        send(caseEvent("CaseOpened", stillOpen, team, "PROBLEM", opened));
        String reopened = caseEvent("CaseReopened", stillOpen, team, "PROBLEM", opened.plusDays(1));
        send(caseEvent("CaseClosed", stillOpen, team, "PROBLEM", opened.plusHours(1)));
        send(reopened);
        Await.until("all case events applied", Duration.ofSeconds(30), () -> QuarkusTransaction.requiringNew().call(() ->
                cases.count("villageId = ?1 and openedAt is not null and closedAt is not null", team.villageId()) == 2
                        && cases.count("caseId = ?1 and reopenedAt is not null", stillOpen) == 1));

        given().auth().oauth2(team.memberToken()).when().get("/api/v1/village-ledgers/{id}", team.villageId())
                .then().statusCode(200)
                .body("cases.open", equalTo(1)).body("cases.closed", equalTo(1))
                .body("cases.perKind.find { it.kind == 'DISPUTE' }.closed", equalTo(1))
                .body("cases.perKind.find { it.kind == 'PROBLEM' }.open", equalTo(1));
        LedgerCase stored = QuarkusTransaction.requiringNew().call(() -> cases.findById(closedFirst));
        assertThat(stored.openedAt.toInstant()).isEqualTo(opened.toInstant());
        assertThat(stored.closedAt.toInstant()).isEqualTo(opened.plusDays(2).toInstant());
    }

    @Test
    void shouldShowAVillagesHouseholdsKeyHouseholdsCardsCoverageAndVisits() {
        Team team = team();
        UUID elderly = household(team, "ELDERLY_ALONE", "LOW_INCOME");
        household(team, "ELDERLY_ALONE");
        household(team);
        List<String> codes = issueCard(team, elderly).getList("confirmationCodes");
        visit(team.memberToken(), elderly, County.today(), true, Map.of("code", codes.get(0)));
        visit(team.leaderToken(), elderly, County.today(), false, null);

        given().auth().oauth2(team.officerToken()).when().get("/api/v1/village-ledgers/{id}", team.villageId())
                .then().statusCode(200)
                .body("households", equalTo(3))
                .body("keyHouseholds.find { it.tag == 'ELDERLY_ALONE' }.households", equalTo(2))
                .body("keyHouseholds.find { it.tag == 'LOW_INCOME' }.label", equalTo("低保户"))
                .body("cards.householdsCovered", equalTo(1)).body("cards.issued", equalTo(1)).body("cards.outdated", equalTo(0))
                .body("coverage.visitedHouseholds", equalTo(1)).body("coverage.confirmedVisitedHouseholds", equalTo(1))
                .body("visits.confirmed", equalTo(1)).body("visits.unconfirmed", equalTo(1))
                .body("cases.open", equalTo(0));
        given().auth().oauth2(team().officerToken()).when().get("/api/v1/village-ledgers/{id}", team.villageId())
                .then().statusCode(403);
    }

    private void send(String event) {
        kafka.send(CASE_TOPIC, UUID.randomUUID().toString(), event);
    }

    private String caseEvent(String type, UUID caseId, Team team, String kind, OffsetDateTime occurredAt) {
        ObjectNode data = mapper.createObjectNode()
                .put("caseId", caseId.toString())
                .put("stationId", team.stationId().toString())
                .put("villageId", team.villageId().toString())
                .put("townshipId", team.townshipId().toString())
                .put("kind", kind)
                .put("category", "WATER")
                .put("occurredAt", occurredAt.toString())
                .put("closedAtLevel", "STATION");
        return TestEvents.envelope(UUID.randomUUID(), "/masswork/case-service", type, caseId.toString(), OffsetDateTime.now(),
                data.toString());
    }
}
