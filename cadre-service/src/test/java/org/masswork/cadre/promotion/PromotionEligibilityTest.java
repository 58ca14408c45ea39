package org.masswork.cadre.promotion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cadre.CadreTestData.assignment;
import static org.masswork.cadre.CadreTestData.generalCadre;
import static org.masswork.cadre.CadreTestData.stationOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.infra.TestEvents;
import org.masswork.infra.County;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class PromotionEligibilityTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    CadreEvaluationRepository evaluations;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldNeedAYearOfStationWorkAndAPassedLatestEvaluation() {
        UUID cadreId = cadreStationedSince(County.today().minusDays(400));
        eligibility(TestTokens.token("org-dept", Set.of("ORG_DEPT"), Map.of()), cadreId)
                .body("eligible", equalTo(false)).body("reasons", contains("NO_EVALUATION_YET"));

        UUID firstRound = UUID.randomUUID();
        UUID secondRound = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.send("masswork.evaluation.events", cadreId.toString(), concluded(cadreId, firstRound, "COMPETENT", "NO_ACTION", now.minusMonths(6)));
            kafka.send("masswork.evaluation.events", cadreId.toString(), concluded(cadreId, secondRound, "INCOMPETENT",
                    "APPOINTMENT_CANCELLED_OR_POSTPONED", now));
        }
        Await.until("both results kept", Duration.ofSeconds(30), () ->
                QuarkusTransaction.requiringNew().call(() -> evaluations.count("cadreId", cadreId)) == 2);

        eligibility(TestTokens.countyAdmin(), cadreId)
                .body("eligible", equalTo(false))
                .body("stationExperienceDays", equalTo(400))
                .body("latestEvaluation.roundId", equalTo(secondRound.toString()))
                .body("latestEvaluation.passed", equalTo(false))
                .body("reasons", contains("FAILED_PEOPLES_EVALUATION"));
    }

    @Test
    void shouldBeEligibleWithAYearOfWorkAndAPassedEvaluationButNotWithLess() {
        UUID veteran = cadreStationedSince(County.today().minusDays(370));
        UUID newcomer = cadreStationedSince(County.today().minusDays(100));
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            kafka.send("masswork.evaluation.events", veteran.toString(), concluded(veteran, UUID.randomUUID(), "EXCELLENT", "RECOMMEND_PROMOTION", now));
            kafka.send("masswork.evaluation.events", newcomer.toString(), concluded(newcomer, UUID.randomUUID(), "EXCELLENT", "RECOMMEND_PROMOTION", now));
        }
        Await.until("results kept", Duration.ofSeconds(30), () -> QuarkusTransaction.requiringNew().call(() ->
                evaluations.count("cadreId in ?1", List.of(veteran, newcomer))) == 2);

        eligibility(TestTokens.countyAdmin(), veteran).body("eligible", equalTo(true)).body("reasons", empty());
        eligibility(TestTokens.countyAdmin(), newcomer).body("eligible", equalTo(false))
                .body("reasons", contains("INSUFFICIENT_STATION_EXPERIENCE"));
        given().auth().oauth2(TestTokens.cadre(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()))
                .when().get("/api/v1/cadres/{id}/promotion-eligibility", veteran).then().statusCode(403);
    }

    private static UUID cadreStationedSince(LocalDate startsOn) {
        UUID cadreId = generalCadre("ECONOMIC");
        Map<String, Object> body = assignment(cadreId, stationOfType("POOR"), "MEMBER");
        body.put("startsOn", startsOn.toString());
        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/assignments").then().statusCode(201);
        return cadreId;
    }

    private static ValidatableResponse eligibility(String token, UUID cadreId) {
        return given().auth().oauth2(token).when().get("/api/v1/cadres/{id}/promotion-eligibility", cadreId).then().statusCode(200);
    }

    private String concluded(UUID cadreId, UUID roundId, String grade, String consequence, OffsetDateTime at) {
        ObjectNode data = mapper.createObjectNode()
                .put("cadreId", cadreId.toString()).put("roundId", roundId.toString()).put("period", "2026-H1")
                .put("grade", grade).put("consequence", consequence).put("concludedAt", at.toString());
        return TestEvents.envelope(UUID.randomUUID(), "/masswork/evaluation-service", "EvaluationConcluded", cadreId.toString(),
                at, data.toString());
    }
}
