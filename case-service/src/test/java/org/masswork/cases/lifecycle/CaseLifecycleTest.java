package org.masswork.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.masswork.cases.CaseTestData.open;
import static org.masswork.cases.CaseTestData.transition;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseEvents;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.CaseTestData;
import org.masswork.cases.casefile.CaseFile;
import org.masswork.cases.casefile.CaseFileRepository;
import org.masswork.cases.casefile.CaseStatus;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.outbox.OutboxEvent;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class CaseLifecycleTest {

    @Inject
    CaseFileRepository cases;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldClimbTheLadderComeBackDownAndCloseAtTheStationWithEveryStepInTheTimeline() {
        Station station = CaseTestData.station();
        String cadre = station.cadre();
        UUID caseId = open(cadre, CaseTestData.problem(station));

        transition(cadre, caseId, "ACCEPT", Map.of("method", "VISIT_AND_TALK", "note", "入户了解情况")).statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("acceptedAt", notNullValue());
        transition(cadre, caseId, "START").statusCode(200).body("status", equalTo("IN_PROGRESS"));
        transition(cadre, caseId, "ESCALATE", Map.of("method", "LEAD_COORDINATION")).statusCode(200)
                .body("level", equalTo("TOWNSHIP_OFFICE")).body("levelLabel", equalTo("乡镇群工办"));
        transition(station.townshipOfficer(), caseId, "ESCALATE", Map.of("toLevel", "JOINT_MEDIATION")).statusCode(200)
                .body("level", equalTo("JOINT_MEDIATION"));
        transition(cadre, caseId, "DE_ESCALATE", Map.of("note", "联调会议已协调水务站")).statusCode(200)
                .body("level", equalTo("STATION")).body("status", equalTo("IN_PROGRESS"));
        transition(cadre, caseId, "RESOLVE", Map.of("method", "AID_AND_RELIEF", "note", "更换水管")).statusCode(200)
                .body("status", equalTo("RESOLVED")).body("onTime", equalTo(true));
        transition(cadre, caseId, "CLOSE").statusCode(200)
                .body("status", equalTo("CLOSED")).body("statusLabel", equalTo("已结案"))
                .body("closedAtLevel", equalTo("STATION"));

        RestAssured.given().auth().oauth2(cadre).when().get("/api/v1/cases/{id}/timeline", caseId)
                .then().statusCode(200)
                .body("items.action", contains("OPEN", "ACCEPT", "START", "ESCALATE", "ESCALATE", "DE_ESCALATE", "RESOLVE", "CLOSE"))
                .body("items[1].method", equalTo("VISIT_AND_TALK")).body("items[1].methodLabel", equalTo("上门沟通"))
                .body("items[1].note", equalTo("入户了解情况"))
                .body("items[4].actorRole", equalTo("TOWNSHIP_OFFICER"))
                .body("items[4].fromLevel", equalTo("TOWNSHIP_OFFICE")).body("items[4].toLevel", equalTo("JOINT_MEDIATION"));

        List<JsonNode> escalations = CaseEvents.await(caseId, "CaseEscalated", 2);
        assertThat(escalations).extracting(e -> e.path("data").path("fromLevel").asText() + ">" + e.path("data").path("toLevel").asText())
                .containsExactly("STATION>TOWNSHIP_OFFICE", "TOWNSHIP_OFFICE>JOINT_MEDIATION");
        JsonNode closed = CaseEvents.await(caseId, "CaseClosed", 1).get(0).path("data");
        assertThat(closed.path("closedAtLevel").asText()).isEqualTo("STATION");
        assertThat(closed.path("onTime").asBoolean()).isTrue();
        assertThat(closed.path("stationId").asText()).isEqualTo(station.stationId().toString());
        assertThat(closed.path("category").asText()).isEqualTo("WATER");
        assertThat(CaseEvents.all(caseId)).extracting(e -> e.path("type").asText()).containsExactly(
                "CaseOpened", "CaseAccepted", "CaseEscalated", "CaseEscalated", "CaseDeescalated", "CaseResolved", "CaseClosed");
    }

    @Test
    void shouldRefuseATransitionFromTheWrongStateNamingStateAndActionAndChangeNothing() {
        Station station = CaseTestData.station();
        UUID caseId = open(station.cadre(), CaseTestData.problem(station));
        long version = CaseTestData.version(caseId);

        transition(station.cadre(), caseId, "CLOSE").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:illegal-transition"))
                .body("detail", containsString("RECEIVED")).body("detail", containsString("CLOSE"));
        transition(station.cadre(), caseId, "ESCALATE").statusCode(409)
                .body("type", equalTo("urn:masswork:problem:illegal-transition"));

        CaseFile file = QuarkusTransaction.requiringNew().call(() -> cases.findById(caseId));
        assertThat(file.status).isEqualTo(CaseStatus.RECEIVED);
        assertThat(file.version).isEqualTo(version);
        assertThat(QuarkusTransaction.requiringNew().call(() -> TimelineEntry.count("caseId", caseId))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", caseId.toString()))).isEqualTo(1);
    }

    @Test
    void shouldNeedAReasonToNotAcceptAndThenAllowNothingMore() {
        Station station = CaseTestData.station();
        UUID caseId = open(station.cadre(), CaseTestData.problem(station));

        transition(station.cadre(), caseId, "REJECT").statusCode(400).body("errors.field", contains("reason"));
        transition(station.cadre(), caseId, "REJECT", Map.of("reason", "不属于本站受理范围")).statusCode(200)
                .body("status", equalTo("NOT_ACCEPTED")).body("rejectionReason", equalTo("不属于本站受理范围"));
        transition(station.cadre(), caseId, "ACCEPT").statusCode(409);

        JsonNode rejected = CaseEvents.await(caseId, "CaseRejected", 1).get(0);
        assertThat(rejected.toString()).doesNotContain("不属于本站受理范围");
    }

    @Test
    void shouldRefuseAStaleVersionAndLetOnlyOneOfTwoRacingChangesWin() throws Exception {
        Station station = CaseTestData.station();
        UUID caseId = open(station.cadre(), CaseTestData.problem(station));
        long version = CaseTestData.version(caseId);
        transition(station.cadre(), caseId, "ACCEPT", Map.of("version", version)).statusCode(200);

        transition(station.cadre(), caseId, "START", Map.of("version", version)).statusCode(409)
                .body("type", equalTo("urn:masswork:problem:stale-version"));

        long current = CaseTestData.version(caseId);
        CountDownLatch ready = new CountDownLatch(1);
        List<CompletableFuture<Integer>> racers = List.of("START", "ESCALATE").stream()
                .map(action -> CompletableFuture.supplyAsync(() -> {
                    awaitLatch(ready);
                    return transition(station.cadre(), caseId, action, Map.of("version", current)).extract().statusCode();
                })).toList();
        ready.countDown();
        List<Integer> statuses = racers.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(QuarkusTransaction.requiringNew().call(() -> TimelineEntry.count("caseId", caseId))).isEqualTo(3);
    }

    @Test
    void shouldLetOnlyHandlersMoveACase() {
        Station station = CaseTestData.station();
        UUID villagerId = UUID.randomUUID();
        UUID caseId = open(TestTokens.villager(villagerId), CaseTestData.problem(station));

        transition(TestTokens.villager(villagerId), caseId, "ACCEPT").statusCode(403);
        transition(TestTokens.token("inspector", Set.of("INSPECTOR"), Map.of()), caseId, "ACCEPT").statusCode(403);
        transition(CaseTestData.station().cadre(), caseId, "ACCEPT").statusCode(404);
        transition(TestTokens.countyAdmin(), caseId, "ACCEPT").statusCode(200);
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
