package org.masswork.cases.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.cases.CaseTestData.open;
import static org.masswork.cases.CaseTestData.post;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseEvents;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.CaseTestData;
import org.masswork.cases.lifecycle.TimelineEntry;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class SatisfactionTest {

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldRefuseARatingOfAnOpenCaseAndWriteNothing() {
        Station station = CaseTestData.station();
        UUID villager = UUID.randomUUID();
        UUID caseId = open(TestTokens.villager(villager), CaseTestData.problem(station));

        rate(TestTokens.villager(villager), caseId, "SATISFIED").statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:illegal-transition"))
                .body("detail", containsString("RECEIVED")).body("detail", containsString("RATE"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> TimelineEntry.count("caseId", caseId))).isEqualTo(1);
        RestAssured.given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/cases/{id}", caseId)
                .then().body("satisfaction", nullValue());
    }

    @Test
    void shouldLetTheVillagerRateTheirResolvedCaseOnce() {
        Station station = CaseTestData.station();
        UUID villager = UUID.randomUUID();
        UUID caseId = open(TestTokens.villager(villager), CaseTestData.problem(station));
        CaseTestData.resolve(station.cadre(), caseId);

        rate(TestTokens.villager(villager), caseId, "BASICALLY_SATISFIED").statusCode(200)
                .body("satisfaction", equalTo("BASICALLY_SATISFIED")).body("satisfactionLabel", equalTo("基本满意"))
                .body("ratedByProxy", equalTo(false)).body("status", equalTo("RESOLVED"));
        rate(TestTokens.villager(villager), caseId, "SATISFIED").statusCode(409)
                .body("type", equalTo("urn:masswork:problem:already-rated"));
        rate(TestTokens.villager(UUID.randomUUID()), caseId, "UNSATISFIED").statusCode(404);

        JsonNode rated = CaseEvents.await(caseId, "SatisfactionRated", 1).get(0).path("data");
        assertThat(rated.path("rating").asText()).isEqualTo("BASICALLY_SATISFIED");
        assertThat(rated.path("byProxy").asBoolean()).isFalse();
        assertThat(rated.has("villagerId")).isFalse();
    }

    @Test
    void shouldReopenACaseRatedUnsatisfiedByProxyWithinTheWindow() {
        Station station = CaseTestData.station();
        UUID caseId = open(station.cadre(), CaseTestData.problem(station));
        CaseTestData.resolve(station.cadre(), caseId);
        CaseTestData.transition(station.cadre(), caseId, "CLOSE").statusCode(200);

        rate(station.cadre(), caseId, "UNSATISFIED").statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("reopenCount", equalTo(1))
                .body("closedAt", nullValue()).body("satisfaction", nullValue());

        JsonNode rated = CaseEvents.await(caseId, "SatisfactionRated", 1).get(0).path("data");
        assertThat(rated.path("byProxy").asBoolean()).isTrue();
        assertThat(rated.path("reopened").asBoolean()).isTrue();
        JsonNode reopened = CaseEvents.await(caseId, "CaseReopened", 1).get(0).path("data");
        assertThat(reopened.path("reason").asText()).isEqualTo("UNSATISFIED_RATING");
    }

    @Test
    void shouldKeepACaseClosedWhenTheUnsatisfiedRatingComesAfterTheWindow() {
        Station station = CaseTestData.station();
        UUID caseId = open(station.cadre(), CaseTestData.problem(station));
        CaseTestData.resolve(station.cadre(), caseId);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update case_file set resolved_at = resolved_at - interval '16 days' where id = :id")
                .setParameter("id", caseId).executeUpdate());

        rate(station.cadre(), caseId, "UNSATISFIED").statusCode(200)
                .body("status", equalTo("RESOLVED")).body("satisfaction", equalTo("UNSATISFIED"))
                .body("ratedByProxy", equalTo(true));
    }

    @Test
    void shouldAskForAReturnCallBySomeoneOtherThanTheResolverAfterAnUnsatisfiedRating() {
        Station station = CaseTestData.station();
        UUID villager = UUID.randomUUID();
        String resolver = station.cadre();
        UUID caseId = open(TestTokens.villager(villager), CaseTestData.problem(station));
        CaseTestData.resolve(resolver, caseId);
        returnCall(station.cadre(), caseId).statusCode(409).body("type", equalTo("urn:masswork:problem:no-return-call-due"));

        rate(TestTokens.villager(villager), caseId, "UNSATISFIED").statusCode(200).body("returnCallDue", equalTo(true));

        returnCall(resolver, caseId).statusCode(422).body("type", equalTo("urn:masswork:problem:return-call-by-another"));
        returnCall(station.cadre(), caseId).statusCode(200).body("returnCallDue", equalTo(false));
        RestAssured.given().auth().oauth2(TestTokens.villager(villager)).when().get("/api/v1/cases/{id}/timeline", caseId)
                .then().statusCode(200).body("items[-1].action", equalTo("RETURN_CALL"))
                .body("items[-1].note", equalTo("已回访，群众表示理解"));
    }

    @Test
    void shouldNotLetTheCadreInChargeMakeTheReturnCallEvenIfSomeoneElseResolved() {
        Station station = CaseTestData.station();
        UUID villager = UUID.randomUUID();
        UUID inCharge = station.serving();
        UUID caseId = open(TestTokens.villager(villager), CaseTestData.problem(station));
        CaseTestData.transition(station.townshipOfficer(), caseId, "ACCEPT", Map.of("handlerCadreId", inCharge)).statusCode(200);
        CaseTestData.transition(station.townshipOfficer(), caseId, "START").statusCode(200);
        CaseTestData.transition(station.townshipOfficer(), caseId, "RESOLVE", Map.of("method", "REPLY_WITH_FEEDBACK")).statusCode(200);
        rate(TestTokens.villager(villager), caseId, "UNSATISFIED").statusCode(200).body("returnCallDue", equalTo(true));
        long version = CaseTestData.version(caseId);

        returnCall(station.tokenOf(inCharge), caseId).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:return-call-by-another"));
        returnCall(station.townshipOfficer(), caseId).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:return-call-by-another"));
        assertThat(CaseTestData.version(caseId)).isEqualTo(version);

        returnCall(station.cadre(), caseId).statusCode(200).body("returnCallDue", equalTo(false));
    }

    private static ValidatableResponse returnCall(String token, UUID caseId) {
        return post(token, "/api/v1/cases/" + caseId + "/satisfaction/return-call",
                Map.of("version", CaseTestData.version(caseId), "note", "已回访，群众表示理解"));
    }

    private static ValidatableResponse rate(String token, UUID caseId, String rating) {
        return post(token, "/api/v1/cases/" + caseId + "/satisfaction",
                Map.of("version", CaseTestData.version(caseId), "rating", rating));
    }
}
