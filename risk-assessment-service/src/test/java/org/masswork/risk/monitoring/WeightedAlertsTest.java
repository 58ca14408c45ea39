package org.masswork.risk.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.masswork.risk.RiskTestData.WAIT;
import static org.masswork.risk.RiskTestData.analysis;
import static org.masswork.risk.RiskTestData.caseEvent;
import static org.masswork.risk.RiskTestData.events;
import static org.masswork.risk.RiskTestData.owner;
import static org.masswork.risk.RiskTestData.post;
import static org.masswork.risk.RiskTestData.register;
import static org.masswork.risk.RiskTestData.step;
import static org.masswork.risk.RiskTestData.survey;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.risk.RiskTestData;
import org.masswork.risk.RiskTestData.Village;

/**
 * Alerts on a matter being carried out weigh the new cases in its villages as the review weighs evidence: many
 * opinions, errands and education problems raise nothing, a few land disputes and a demolition petition do; the alert
 * says why (the weighted total against the threshold, each kind and category's share, the case that reached it).
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class WeightedAlertsTest {

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
    void shouldRaiseAnAlertOnlyWhenTheWeightedNewCasesReachTheThresholdAndSayWhy() {
        List<Village> villages = RiskTestData.villages(kafka, UUID.randomUUID(), 2);
        Village east = villages.get(0);
        Village west = villages.get(1);
        String owner = owner("县住房和城乡建设局");
        UUID matter = carriedOut(owner, villages);

        // 23 new cases weighing 15: ten land opinions (1.5 each), five land errands and eight education problems (nothing).
        List<UUID> sent = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sent.add(caseEvent(kafka, "CaseOpened", UUID.randomUUID(), east, "OPINION", "LAND", Instant.now()));
        }
        for (int i = 0; i < 5; i++) {
            sent.add(caseEvent(kafka, "CaseOpened", UUID.randomUUID(), west, "ERRAND", "LAND", Instant.now()));
        }
        for (int i = 0; i < 8; i++) {
            sent.add(caseEvent(kafka, "CaseOpened", UUID.randomUUID(), west, "PROBLEM", "EDUCATION", Instant.now()));
        }
        // Four land disputes: 27 of 30.
        for (int i = 0; i < 4; i++) {
            sent.add(caseEvent(kafka, "CaseOpened", UUID.randomUUID(), east, "DISPUTE", "LAND", Instant.now()));
        }
        Await.until("27 case events applied", WAIT, () -> sent.stream().allMatch(RiskTestData::applied));
        given().auth().oauth2(owner).when().get("/api/v1/matters/{id}", matter).then().body("alerts", hasSize(0));

        // A demolition petition (6): 33, the alert.
        UUID petition = UUID.randomUUID();
        caseEvent(kafka, "PetitionFiled", petition, west, "PETITION", "HOUSING_DEMOLITION", Instant.now());
        Await.until("an alert on the matter", WAIT, () -> alerts(owner, matter) == 1);
        given().auth().oauth2(owner).when().get("/api/v1/matters/{id}", matter).then()
                .body("alerts[0].newCases", equalTo(28))
                .body("alerts[0].weightedTotal", equalTo(33.0f))
                .body("alerts[0].threshold", equalTo(30))
                .body("alerts[0].multiple", equalTo(1))
                .body("alerts[0].triggeringCaseId", equalTo(petition.toString()))
                .body("alerts[0].contributions.category", equalTo(List.of("HOUSING_DEMOLITION", "LAND", "LAND")))
                .body("alerts[0].contributions.kind", equalTo(List.of("PETITION", "DISPUTE", "OPINION")))
                .body("alerts[0].contributions.weighted", equalTo(List.of(6.0f, 12.0f, 15.0f)))
                .body("alerts[0].reasons", equalTo(List.of(
                        "事项实施以来所涉村新发案件（加权）：33.0，达到 30（阈值 30 × 1）",
                        "HOUSING_DEMOLITION PETITION：1 × 6.0 = 6.0", "LAND DISPUTE：4 × 3.0 = 12.0", "LAND OPINION：10 × 1.5 = 15.0",
                        "由案件 " + petition + " 达到")));
        given().auth().oauth2(owner).header("Accept-Language", "en").when().get("/api/v1/matters/{id}", matter).then()
                .body("alerts[0].reasons", equalTo(List.of(
                        "weighted cases opened in the matter's villages since it is carried out: 33.0, reaching 30 (threshold 30 x 1)",
                        "HOUSING_DEMOLITION PETITION: 1 x 6.0 = 6.0", "LAND DISPUTE: 4 x 3.0 = 12.0", "LAND OPINION: 10 x 1.5 = 15.0",
                        "reached with case " + petition)));
        JsonPath raised = events(kafka, matter, "RiskAlertRaised", 1).get(0);
        assertThat(raised.getFloat("weightedTotal")).isEqualTo(33.0f);
        assertThat(raised.getInt("newCases")).isEqualTo(28);
        assertThat(raised.getString("triggeringCaseId")).isEqualTo(petition.toString());
        assertThat(raised.getList("contributions.weighted", Float.class)).containsExactly(6.0f, 12.0f, 15.0f);

        // Nine more land disputes (27): 60, twice the threshold, the second alert.
        for (int i = 0; i < 9; i++) {
            caseEvent(kafka, "CaseOpened", UUID.randomUUID(), east, "DISPUTE", "LAND", Instant.now());
        }
        Await.until("a second alert", WAIT, () -> alerts(owner, matter) == 2);
        given().auth().oauth2(owner).header("Accept-Language", "en").when().get("/api/v1/matters/{id}", matter).then()
                .body("alerts[1].weightedTotal", equalTo(60.0f))
                .body("alerts[1].multiple", equalTo(2))
                .body("alerts[1].reasons[0]", equalTo(
                        "weighted cases opened in the matter's villages since it is carried out: 60.0, reaching 60 (threshold 30 x 2)"));
        assertThat(events(kafka, matter, "RiskAlertRaised", 2)).extracting(e -> e.getInt("multiple")).containsExactly(1, 2);
    }

    private static int alerts(String owner, UUID matter) {
        return given().auth().oauth2(owner).when().get("/api/v1/matters/{id}", matter).then().extract().<List<?>>path("alerts").size();
    }

    /** A small LOW-risk project in the villages, approved and carried out. */
    private static UUID carriedOut(String owner, List<Village> villages) {
        Map<String, Object> body = RiskTestData.project(villages);
        body.put("householdsAffected", 30);
        body.put("budgetYuan", 900_000);
        UUID matter = register(owner, body);
        RiskTestData.startGathering(owner, matter);
        post(owner, "/api/v1/matters/" + matter + "/surveys", survey(villages.get(0), 30, 27, 1, 2, 0)).statusCode(201);
        step(owner, matter, "/analysis", analysis(4, 4, 4, 4, List.of())).statusCode(200);
        step(owner, matter, "/risk-level", Map.of()).statusCode(200).body("riskLevel", equalTo("LOW"));
        step(owner, matter, "/report", Map.of("summary", "低风险")).statusCode(200);
        step(owner, matter, "/decision", Map.of("decision", "APPROVE", "minutes", "局务会议")).statusCode(200);
        RiskTestData.transition(owner, matter, "CARRY_OUT").statusCode(200).body("status", equalTo("MONITORING"));
        return matter;
    }
}
