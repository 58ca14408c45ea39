package org.masswork.risk.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.masswork.risk.RiskTestData.RISK_TOPIC;
import static org.masswork.risk.RiskTestData.WAIT;
import static org.masswork.risk.RiskTestData.analysis;
import static org.masswork.risk.RiskTestData.caseEvent;
import static org.masswork.risk.RiskTestData.measures;
import static org.masswork.risk.RiskTestData.meeting;
import static org.masswork.risk.RiskTestData.opinion;
import static org.masswork.risk.RiskTestData.owner;
import static org.masswork.risk.RiskTestData.post;
import static org.masswork.risk.RiskTestData.register;
import static org.masswork.risk.RiskTestData.step;
import static org.masswork.risk.RiskTestData.transition;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * The highway of the report: land acquisition across 31 villages (2,271 mu, 226 houses, 1,647 graves). With many
 * land disputes open in those villages the review proposes HIGH and approval is refused; once they are settled
 * and every measure has an owner, the project can be approved, and a new wave of cases then raises an alert.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class HighwayWorkedExampleTest {

    private static final String TRANSPORT = "县交通运输局";

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
    void shouldRefuseTheHighwayWhileLandDisputesAreOpenAndApproveItOnceSettledWithMeasuresAssigned() {
        List<Village> villages = Stream.concat(RiskTestData.villages(kafka, UUID.randomUUID(), 16).stream(),
                RiskTestData.villages(kafka, UUID.randomUUID(), 15).stream()).toList();
        List<UUID> disputes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID caseId = UUID.randomUUID();
            disputes.add(caseId);
            caseEvent(kafka, "CaseOpened", caseId, villages.get(i), "DISPUTE", "LAND", Instant.now().minusSeconds(3600));
        }
        UUID petition = UUID.randomUUID();
        caseEvent(kafka, "PetitionFiled", petition, villages.get(30), "PETITION", "HOUSING_DEMOLITION", Instant.now().minusSeconds(3600));
        Await.until("21 grievances open", WAIT, () -> RiskTestData.openCases(villages) == 21);

        String transport = owner(TRANSPORT);
        UUID highway = register(transport, RiskTestData.project(villages));
        RiskTestData.startGathering(transport, highway);
        Village first = villages.get(0);
        post(transport, "/api/v1/matters/" + highway + "/meetings", meeting("HEARING", first, List.of(
                opinion("COMPENSATION", "SUPPORT_WITH_CONDITIONS", 60), opinion("GRAVES", "SUPPORT_WITH_CONDITIONS", 30),
                opinion("JOBS", "SUPPORT", 40), opinion("COMPENSATION", "OPPOSE", 12)))).statusCode(201);
        post(transport, "/api/v1/matters/" + highway + "/meetings", meeting("CONSULTATION", villages.get(20), List.of(
                opinion("RESETTLEMENT", "SUPPORT", 25), opinion("GRAVES", "OPPOSE", 5)))).statusCode(201);
        post(transport, "/api/v1/matters/" + highway + "/surveys", Map.of("villageId", first.villageId().toString(),
                "method", "DOOR_TO_DOOR", "householdsReached", 80, "support", 50, "oppose", 6, "supportWithConditions", 24))
                .statusCode(201);
        step(transport, highway, "/analysis", analysis(4,
                List.of(Map.of("description", "迁坟补偿标准争议", "likelihood", 3, "impact", 3)),
                measures("迁坟补偿按省标准上浮并公示", "拆迁户就近安置"))).statusCode(200).body("status", equalTo("ANALYSIS"));

        RestAssured.given().auth().oauth2(transport).header("Accept-Language", "en").when()
                .get("/api/v1/matters/{id}/risk-proposal", highway).then().statusCode(200)
                .body("level", equalTo("HIGH"))
                .body("reasons[0]", startsWith("weighted open cases and petitions in the affected villages: 66.0"))
                .body("openCases.find { it.category == 'LAND' }.count", equalTo(20))
                .body("opinions.oppose", equalTo(23));
        step(transport, highway, "/risk-level", Map.of()).statusCode(200)
                .body("riskLevel", equalTo("HIGH")).body("proposedLevel", equalTo("HIGH"));
        step(transport, highway, "/report", Map.of("summary", "征地涉及31个村，积案较多")).statusCode(200);

        step(transport, highway, "/decision", Map.of("decision", "APPROVE", "minutes", "县政府常务会议")).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:obvious-stability-risk-not-issued"))
                .body("blockedBy", equalTo(List.of("OBVIOUS_STABILITY_RISK", "UNBALANCED_INTERESTS")))
                .body("rules.find { it.rule == 'UNBALANCED_INTERESTS' }.checks.find { it.figure == 'OPEN_GRIEVANCES' }.value",
                        equalTo(66.0f));
        RestAssured.given().auth().oauth2(transport).when().get("/api/v1/matters/{id}", highway)
                .then().body("status", equalTo("REPORT")).body("decision", nullValue());
        step(transport, highway, "/decision", Map.of("decision", "POSTPONE", "minutes", "暂缓，先化解积案")).statusCode(200)
                .body("status", equalTo("COLLECTIVE_DECISION")).body("decisionLabel", equalTo("暂缓实施"));

        disputes.forEach(caseId -> caseEvent(kafka, "CaseClosed", caseId, villages.get(disputes.indexOf(caseId)),
                "DISPUTE", "LAND", Instant.now()));
        caseEvent(kafka, "PetitionEnded", petition, villages.get(30), "PETITION", "HOUSING_DEMOLITION", Instant.now());
        Await.until("grievances settled", WAIT, () -> RiskTestData.openCases(villages) == 0);

        transition(transport, highway, "REASSESS").statusCode(200).body("status", equalTo("ANALYSIS"));
        step(transport, highway, "/risk-level", Map.of()).statusCode(200)
                .body("riskLevel", equalTo("MEDIUM"))
                .body("proposalReasons", hasItem("受影响 1100 户（100 户起为中）"));
        RestAssured.given().auth().oauth2(transport).header("Accept-Language", "en").when().get("/api/v1/matters/{id}", highway)
                .then().body("proposalReasons", hasItem("1100 households affected (medium from 100)"));
        List<String> measureIds = step(transport, highway, "/report", Map.of("summary", "积案已化解")).statusCode(200)
                .extract().path("measures.id");
        step(transport, highway, "/decision", Map.of("decision", "APPROVE", "minutes", "县政府常务会议")).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:medium-risk-needs-assigned-measures"));
        measureIds.forEach(measureId -> RestAssured.given().auth().oauth2(transport)
                .contentType("application/json")
                .body(Map.of("version", RiskTestData.version(transport, highway), "owner", "县自然资源局"))
                .when().put("/api/v1/matters/{id}/measures/{m}/owner", highway, measureId).then().statusCode(200));
        step(transport, highway, "/decision", Map.of("decision", "APPROVE", "minutes", "县政府常务会议")).statusCode(200)
                .body("decision", equalTo("APPROVE")).body("riskLevel", equalTo("MEDIUM"));
        transition(transport, highway, "CARRY_OUT").statusCode(200).body("status", equalTo("MONITORING"));

        List<ConsumerRecord<String, String>> events = kafka.await(RISK_TOPIC, r -> r.key().equals(highway.toString()), 7, WAIT);
        assertThat(events).extracting(r -> type(r.value())).containsExactly("AssessmentOpened", "HearingHeld", "HearingHeld",
                "RiskLevelDetermined", "DecisionRecorded", "RiskLevelDetermined", "DecisionRecorded");
        assertThat(events.get(4).value()).contains("\"decision\":\"POSTPONE\"");
        assertThat(events.get(6).value()).contains("\"decision\":\"APPROVE\"").doesNotContain("张三丰");

        for (int i = 0; i < 10; i++) {
            caseEvent(kafka, "CaseOpened", UUID.randomUUID(), villages.get(i), "DISPUTE", "LAND", Instant.now());
        }
        Await.until("an alert on the highway", WAIT, () -> RestAssured.given().auth().oauth2(transport)
                .when().get("/api/v1/matters/{id}", highway).then().extract().<List<?>>path("alerts").size() == 1);
        RestAssured.given().auth().oauth2(transport).when().get("/api/v1/matters/{id}", highway)
                .then().body("alerts", hasSize(1)).body("alerts[0].newCases", equalTo(10)).body("alerts[0].threshold", equalTo(30))
                .body("alerts[0].weightedTotal", equalTo(30.0f));
        assertThat(kafka.await(RISK_TOPIC, r -> r.key().equals(highway.toString()) && type(r.value()).equals("RiskAlertRaised"), 1, WAIT))
                .hasSize(1);
    }

    private static String type(String envelope) {
        int start = envelope.indexOf("\"type\":\"") + 8;
        return envelope.substring(start, envelope.indexOf('"', start));
    }
}
