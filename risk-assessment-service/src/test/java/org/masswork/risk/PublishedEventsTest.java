package org.masswork.risk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.risk.RiskTestData.WAIT;
import static org.masswork.risk.RiskTestData.analysis;
import static org.masswork.risk.RiskTestData.caseEvent;
import static org.masswork.risk.RiskTestData.meeting;
import static org.masswork.risk.RiskTestData.opinion;
import static org.masswork.risk.RiskTestData.owner;
import static org.masswork.risk.RiskTestData.post;
import static org.masswork.risk.RiskTestData.register;
import static org.masswork.risk.RiskTestData.step;
import static org.masswork.risk.RiskTestData.survey;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.platform.testing.PublishedEvents;
import org.masswork.risk.RiskTestData.Village;
import org.masswork.risk.matter.AssessmentOpened;

/** Every event type risk-assessment-service publishes, on its optional paths too, as docs/asyncapi.yaml describes it. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class PublishedEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldPublishEveryEventTypeOfItsChannelAsTheCatalogueDescribesIt() {
        PublishedEvents published = PublishedEvents.mark();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<Village> villages = RiskTestData.villages(kafka, UUID.randomUUID(), 2);
            String owner = owner("县交通运输局");
            Map<String, Object> body = RiskTestData.project(villages);
            body.put("householdsAffected", 30);
            body.put("budgetYuan", 900_000);
            UUID matter = register(owner, body);
            RiskTestData.startGathering(owner, matter);

            // A hearing at a station, and a consultation at the township (no station).
            post(owner, "/api/v1/matters/" + matter + "/meetings",
                    meeting("HEARING", villages.get(0), List.of(opinion("COMPENSATION", "SUPPORT", 12)))).statusCode(201);
            Map<String, Object> atTownship = meeting("CONSULTATION", villages.get(1), List.of(opinion("OTHER", "SUPPORT", 8)));
            atTownship.remove("stationId");
            post(owner, "/api/v1/matters/" + matter + "/meetings", atTownship).statusCode(201);
            post(owner, "/api/v1/matters/" + matter + "/surveys", survey(villages.get(0), 30, 27, 1, 2, 0)).statusCode(201);
            step(owner, matter, "/analysis", analysis(4, 4, 4, 4, List.of())).statusCode(200);
            step(owner, matter, "/risk-level", Map.of()).statusCode(200).body("riskLevel", equalTo("LOW"));
            step(owner, matter, "/report", Map.of("summary", "低风险")).statusCode(200);
            step(owner, matter, "/decision", Map.of("decision", "APPROVE", "minutes", "局务会议")).statusCode(200);
            RiskTestData.transition(owner, matter, "CARRY_OUT").statusCode(200).body("status", equalTo("MONITORING"));

            // Ten land disputes (3 each) reach the threshold of 30: an alert.
            for (int i = 0; i < 10; i++) {
                caseEvent(kafka, "CaseOpened", UUID.randomUUID(), villages.get(0), "DISPUTE", "LAND", Instant.now());
            }
            Await.until("an alert on the matter", WAIT, () -> given().auth().oauth2(owner).when().get("/api/v1/matters/{id}", matter)
                    .then().extract().<List<?>>path("alerts").size() == 1);
        }

        assertThat(published.mismatches(AssessmentOpened.class)).isEmpty();
    }
}
