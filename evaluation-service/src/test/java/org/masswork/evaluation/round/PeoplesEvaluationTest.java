package org.masswork.evaluation.round;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.evaluation.round.RoundFixtures.PERIOD;
import static org.masswork.evaluation.round.RoundFixtures.TODAY;
import static org.masswork.evaluation.round.RoundFixtures.ballot;
import static org.masswork.evaluation.round.RoundFixtures.cast;
import static org.masswork.evaluation.round.RoundFixtures.close;
import static org.masswork.evaluation.round.RoundFixtures.code;
import static org.masswork.evaluation.round.RoundFixtures.codesByCadre;
import static org.masswork.evaluation.round.RoundFixtures.count;
import static org.masswork.evaluation.round.RoundFixtures.open;
import static org.masswork.evaluation.round.RoundFixtures.station;
import static org.masswork.evaluation.round.RoundFixtures.township;
import static org.masswork.evaluation.round.RoundFixtures.written;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.EvaluationEvents;
import org.masswork.evaluation.UpstreamEvents;
import org.masswork.evaluation.UpstreamEvents.Place;
import org.masswork.evaluation.round.RoundFixtures.Station;
import org.masswork.evaluation.round.RoundFixtures.Township;
import org.masswork.evaluation.round.RoundFixtures.Written;
import org.masswork.infra.Await;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class PeoplesEvaluationTest {

    @Inject
    EntityManager entityManager;

    @Inject
    BallotCodeHash hash;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldDrawRepresentativesFromEachCadresVillageAndKeepOnlyHashesOfTheirCodes() {
        Township t = township(entityManager);
        JsonPath opened = open(t.id()).statusCode(201)
                .body("round.status", equalTo("OPEN")).body("round.cadres", equalTo(3))
                .body("round.ballotsIssued", equalTo(18)).body("codes", hasSize(18))
                .extract().jsonPath();
        UUID roundId = UUID.fromString(opened.getString("round.id"));
        Map<UUID, List<Map<String, String>>> byCadre = codesByCadre(opened);
        assertThat(byCadre.get(t.a())).hasSize(10);
        assertThat(byCadre.get(t.b())).hasSize(3);
        assertThat(byCadre.get(t.c())).hasSize(5);
        assertThat(byCadre).doesNotContainKey(t.outsider());
        Set<UUID> villageA = Set.copyOf(householdsOf(t.placeA()));
        assertThat(byCadre.get(t.a())).allSatisfy(code -> assertThat(villageA).contains(UUID.fromString(code.get("householdId"))));
        assertThat(byCadre.get(t.a()).stream().map(code -> code.get("householdId")).distinct()).hasSize(10);

        List<String> stored = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select code_hash from ballot_code where round_id = :r", String.class).setParameter("r", roundId).getResultList());
        String firstOfA = byCadre.get(t.a()).get(0).get("code");
        assertThat(stored).hasSize(18).doesNotContainAnyElementsOf(opened.getList("codes.code"))
                .contains(hash.of(roundId, true, firstOfA))
                .doesNotContain(hash.of(roundId, false, firstOfA));
        List<String> codeColumns = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select column_name from information_schema.columns where table_name = 'ballot_code'", String.class).getResultList());
        assertThat(codeColumns).containsExactlyInAnyOrder("code_hash", "round_id", "cadre_id");

        JsonNode event = EvaluationEvents.await("EvaluationRoundOpened", e -> e.path("subject").asText().equals(roundId.toString()), 1).get(0);
        assertThat(event.path("data").path("cadres").asInt()).isEqualTo(3);
        assertThat(event.path("data").path("ballotsIssued").asInt()).isEqualTo(18);
        assertThat(event.path("data").path("period").asText()).isEqualTo(PERIOD);

        open(t.id()).statusCode(409).body("type", equalTo("urn:masswork:problem:round-exists"));
        given().auth().oauth2(TestTokens.townshipOfficer(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("period", PERIOD, "townshipId", t.id().toString()))
                .when().post("/api/v1/rounds").then().statusCode(403);
    }

    @Test
    void shouldDrawTheRepresentativesAfreshAtRandomWithNoSayForTheCadre() {
        Station station = station(entityManager, 40, 1);
        Place place = station.place();
        UUID cadreId = station.cadres().get(0);

        String cadre = TestTokens.cadre(cadreId, place.stationId(), place.townshipId());
        given().auth().oauth2(cadre).contentType(ContentType.JSON).body(Map.of("period", PERIOD, "townshipId", place.townshipId().toString()))
                .when().post("/api/v1/rounds").then().statusCode(403);
        given().auth().oauth2(TestTokens.townshipOfficer(place.townshipId())).contentType(ContentType.JSON)
                .body(Map.of("period", PERIOD, "townshipId", place.townshipId().toString(), "householdIds", List.of(UUID.randomUUID().toString())))
                .when().post("/api/v1/rounds").then().statusCode(400);

        Set<String> first = Set.copyOf(open(place.townshipId()).statusCode(201).extract().jsonPath().getList("codes.householdId"));
        Set<String> second = Set.copyOf(open(place.townshipId(), "2020-H1").statusCode(201).extract().jsonPath().getList("codes.householdId"));
        Set<String> village = householdsOf(place).stream().map(UUID::toString).collect(Collectors.toSet());
        assertThat(first).hasSize(10).isSubsetOf(village);
        assertThat(second).hasSize(10).isSubsetOf(village);
        // The same ten of forty twice by chance: one in 847,660,528.
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void shouldEvaluateACadreMovedToAnotherTownshipOnlyOnceInTheHalfYear() {
        UpstreamEvents events = new UpstreamEvents();
        Place first = events.station();
        Place second = events.station();
        events.household(first);
        events.household(second);
        UUID moved = UUID.randomUUID();
        UUID stayed = UUID.randomUUID();
        UUID firstPost = events.assigned(moved, first, TODAY.minusYears(1));
        events.assigned(stayed, second, TODAY.minusYears(1));
        events.send();
        Await.until("the stationings are kept", Duration.ofSeconds(30), () ->
                count(entityManager, "select count(*) from stationing where cadre_id = :t", moved) == 1
                        && count(entityManager, "select count(*) from known_household where village_id = :t", second.villageId()) == 1);
        open(first.townshipId(), "2023-H2").statusCode(201).body("round.cadres", equalTo(1));

        events.ended(firstPost, moved, first, TODAY);
        events.assigned(moved, second, TODAY);
        events.send();
        Await.until("the move is kept", Duration.ofSeconds(30), () ->
                count(entityManager, "select count(*) from stationing where cadre_id = :t", moved) == 2
                        && count(entityManager, "select count(*) from stationing where cadre_id = :t and ended_on is not null", moved) == 1);
        JsonPath secondRound = open(second.townshipId(), "2023-H2").statusCode(201).body("round.cadres", equalTo(1)).extract().jsonPath();
        assertThat(codesByCadre(secondRound)).containsOnlyKeys(stayed);
    }

    @Test
    void shouldCountBallotsAnonymouslyOnceEachAndRefuseBadOnes() {
        Township t = township(entityManager);
        JsonPath opened = open(t.id()).statusCode(201).extract().jsonPath();
        UUID roundId = UUID.fromString(opened.getString("round.id"));
        Map<UUID, List<Map<String, String>>> codes = codesByCadre(opened);
        String firstOfA = code(codes, t.a(), 0);

        long outboxBefore = written(entityManager, roundId).outboxRows();
        cast(roundId, ballot(t.a(), firstOfA, "SATISFIED", 5)).statusCode(201)
                .body("cadreId", equalTo(t.a().toString())).body("valid", equalTo(true));
        Written before = written(entityManager, roundId);
        assertThat(before).as("one ballot, one code spent, no event").isEqualTo(new Written(1, 17, outboxBefore));

        refused(cast(roundId, ballot(t.a(), firstOfA, "SATISFIED", 5)), 422, "unknown-ballot-code");
        refused(cast(roundId, ballot(t.a(), "ABCDEFGHJKLM", "SATISFIED", 5)), 422, "unknown-ballot-code");
        refused(cast(roundId, ballot(t.outsider(), code(codes, t.a(), 1), "SATISFIED", 5)), 422, "cadre-not-in-round");
        refused(cast(roundId, ballot(t.b(), code(codes, t.a(), 1), "SATISFIED", 5)), 422, "unknown-ballot-code");
        refused(cast(roundId, ballot(t.a(), code(codes, t.a(), 1), "SATISFIED", 6)), 400, "validation-failed")
                .body("errors.field", containsInAnyOrder("attitude", "effectiveness", "integrity", "diligence"));
        Map<String, Object> zero = ballot(t.a(), code(codes, t.a(), 1), "SATISFIED", 5);
        zero.put("diligence", 0);
        refused(cast(roundId, zero), 400, "validation-failed").body("errors.field", contains("diligence"));
        Map<String, Object> longComment = ballot(t.a(), code(codes, t.a(), 1), "SATISFIED", 5);
        longComment.put("comment", "很".repeat(501));
        refused(cast(roundId, longComment), 400, "validation-failed").body("errors.field", contains("comment"));
        refused(cast(roundId, ballot(t.a(), "abc", "SATISFIED", 5)), 400, "validation-failed").body("errors.field", contains("code"));
        refused(cast(UUID.randomUUID(), ballot(t.a(), code(codes, t.a(), 1), "SATISFIED", 5)), 404, "not-found");
        assertThat(written(entityManager, roundId)).isEqualTo(before);

        List<Long> linked = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count(*) from ballot b join ballot_code c on c.xmin = b.xmin where b.round_id = :r", Long.class)
                .setParameter("r", roundId).getResultList());
        assertThat(linked).containsExactly(0L);

        for (int i = 1; i < 5; i++) {
            cast(roundId, ballot(t.a(), code(codes, t.a(), i), i == 4 ? "UNSATISFIED" : "SATISFIED", i == 4 ? 1 : 5)).statusCode(201);
        }
        results(TestTokens.townshipOfficer(t.id()), roundId, t.a()).statusCode(200)
                .body("validBallots", equalTo(5)).body("shown", equalTo(false)).body("satisfied", nullValue());

        given().auth().oauth2(TestTokens.townshipOfficer(t.id())).contentType(ContentType.JSON)
                .body(Map.of("cadreId", t.a().toString(), "code", code(codes, t.a(), 5)))
                .when().post("/api/v1/rounds/{id}/ballots/spoiled", roundId).then().statusCode(201).body("valid", equalTo(false));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/rounds/{id}", roundId).then().statusCode(200)
                .body("ballotsReturned", equalTo(6)).body("ballotsInvalid", equalTo(1)).body("ballotsIssued", equalTo(18));
        assertThat(written(entityManager, roundId)).isEqualTo(new Written(6, 12, outboxBefore));

        List<String> ballotColumns = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select column_name from information_schema.columns where table_name = 'ballot'", String.class).getResultList());
        assertThat(ballotColumns).containsExactlyInAnyOrder("round_id", "cadre_id", "valid", "rating", "attitude",
                "effectiveness", "integrity", "diligence", "comment");
    }

    @Test
    void shouldGradeEveryCadreWhenTheRoundClosesAndRefuseBallotsAndASecondCloseAfterwards() {
        Township t = township(entityManager);
        JsonPath opened = open(t.id()).statusCode(201).extract().jsonPath();
        UUID roundId = UUID.fromString(opened.getString("round.id"));
        Map<UUID, List<Map<String, String>>> codes = codesByCadre(opened);
        String[] ratingsOfA = {"SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"};
        int[] scoresOfA = {5, 5, 5, 5, 3, 1};
        for (int i = 0; i < ratingsOfA.length; i++) {
            cast(roundId, ballot(t.a(), code(codes, t.a(), i), ratingsOfA[i], scoresOfA[i])).statusCode(201);
        }
        for (int i = 0; i < 5; i++) {
            cast(roundId, ballot(t.c(), code(codes, t.c(), i), i < 3 ? "SATISFIED" : "UNSATISFIED", i < 3 ? 5 : 1)).statusCode(201);
        }
        String month = HalfYear.parse(PERIOD).from().plusMonths(5).toString().substring(0, 7);
        given().auth().oauth2(TestTokens.token("inspector", Set.of("INSPECTOR"), Map.of())).contentType(ContentType.JSON)
                .body(Map.of("stationId", t.placeA().stationId().toString(), "month", month, "attendanceOk", true, "diaryOk", true,
                        "ledgerOk", true, "caseHandlingOk", true, "score", 80))
                .when().post("/api/v1/supervision-reviews").then().statusCode(201);

        given().auth().oauth2(TestTokens.cadre(t.a(), t.placeA().stationId(), t.id())).contentType(ContentType.JSON)
                .body(Map.of("version", 0)).when().post("/api/v1/rounds/{id}/close", roundId).then().statusCode(403);
        close(roundId, 0).statusCode(200).body("status", equalTo("CLOSED"));

        ValidatableResponse ranking = given().auth().oauth2(TestTokens.token("org-dept", Set.of("ORG_DEPT"), Map.of()))
                .when().get("/api/v1/rounds/{id}/verdicts", roundId).then().statusCode(200).body("items", hasSize(3));
        // B attended every station day but no representative of B's village voted: no grade, and the last of the ranking.
        ranking.body("items.cadreId", contains(t.a().toString(), t.c().toString(), t.b().toString()))
                .body("items[2].grade", equalTo("NOT_GRADED")).body("items[2].consequence", equalTo("NOT_APPLICABLE"))
                .body("items[2].totalScore", nullValue()).body("items[2].notGradedReasons.code", contains("INSUFFICIENT_BALLOTS"))
                .body("items[2].inputs.peopleScore", nullValue()).body("items[2].inputs.satisfied", nullValue())
                .body("items[2].inputs.stationDaysAttended", equalTo(18)).body("items[2].inputs.stationDaysDue", equalTo(18));
        Map<String, Object> a = verdictOf(ranking, t.a());
        assertThat(a).containsEntry("grade", "BASICALLY_COMPETENT").containsEntry("consequence", "ADMONISHMENT_TALK")
                .containsEntry("totalScore", 73.2f);
        assertThat((Map<String, Object>) a.get("inputs")).containsEntry("validBallots", 6).containsEntry("unsatisfied", 1)
                .containsEntry("peopleScore", 76.17f).containsEntry("supervisionScore", 80.0f).containsEntry("objectiveScore", 50.0f);
        assertThat(verdictOf(ranking, t.c())).containsEntry("grade", "INCOMPETENT")
                .containsEntry("consequence", "APPOINTMENT_CANCELLED_OR_POSTPONED");

        JsonNode notGradedB = EvaluationEvents.await("EvaluationNotGraded", e -> e.path("subject").asText().equals(t.b().toString()), 1).get(0);
        assertThat(notGradedB.path("data").path("reasons").get(0).asText()).isEqualTo("INSUFFICIENT_BALLOTS");
        JsonNode concludedA = EvaluationEvents.await("EvaluationConcluded", e -> e.path("subject").asText().equals(t.a().toString()), 1).get(0);
        assertThat(concludedA.path("data").properties().stream().map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("countyId", "cadreId", "roundId", "period", "grade", "consequence", "concludedAt");
        assertThat(concludedA.path("data").path("countyId").asText()).isEqualTo(TestTokens.DEFAULT_COUNTY.toString());
        assertThat(concludedA.path("countyid").asText()).isEqualTo(TestTokens.DEFAULT_COUNTY.toString());
        assertThat(concludedA.path("data").path("roundId").asText()).isEqualTo(roundId.toString());
        assertThat(concludedA.path("data").path("period").asText()).isEqualTo(PERIOD);
        assertThat(concludedA.path("data").path("consequence").asText()).isEqualTo("ADMONISHMENT_TALK");

        Written closed = written(entityManager, roundId);
        assertThat(closed.ballots()).isEqualTo(11);
        assertThat(closed.codesLeft()).as("the codes go with the close").isZero();
        long concluded = count(entityManager, "select count(*) from outbox_event where event_type = 'EvaluationConcluded'"
                + " and envelope like '%' || cast(:t as text) || '%'", roundId);
        assertThat(concluded).as("A and C; never B, whom cadre-service would read as graded").isEqualTo(2);
        refused(cast(roundId, ballot(t.a(), code(codes, t.a(), 7), "SATISFIED", 5)), 409, "round-closed");
        refused(close(roundId, 1), 409, "round-already-closed");
        assertThat(written(entityManager, roundId)).isEqualTo(closed);
        assertThat(count(entityManager, "select count(*) from verdict where round_id = :t", roundId)).isEqualTo(3);
        assertThat(count(entityManager, "select count(*) from outbox_event where event_type = 'EvaluationConcluded'"
                + " and envelope like '%' || cast(:t as text) || '%'", roundId)).isEqualTo(concluded);

        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/rounds/{id}/verdicts/report", roundId).then().statusCode(200)
                .body("total.cadres", equalTo(3)).body("total.recommendedForPromotion", equalTo(0))
                .body("total.admonishmentTalks", equalTo(1)).body("total.appointmentsCancelledOrPostponed", equalTo(1))
                .body("total.excellent", equalTo(0)).body("total.basicallyCompetent", equalTo(1)).body("total.incompetent", equalTo(1))
                .body("total.notGraded", equalTo(1))
                .body("townships", hasSize(1)).body("townships[0].townshipId", equalTo(t.id().toString()));
        given().auth().oauth2(TestTokens.townshipOfficer(t.id())).when().get("/api/v1/rounds/{id}/verdicts/report", roundId)
                .then().statusCode(403);
        String year = PERIOD.substring(0, 4);
        JsonPath county = given().auth().oauth2(TestTokens.token("org-dept", Set.of("ORG_DEPT"), Map.of())).queryParam("period", year)
                .when().get("/api/v1/rounds/report").then().statusCode(200).body("period", equalTo(year)).extract().jsonPath();
        assertThat(county.getMap("townships.find { it.townshipId == '" + t.id() + "' }")).containsEntry("cadres", 3)
                .containsEntry("recommendedForPromotion", 0).containsEntry("admonishmentTalks", 1)
                .containsEntry("appointmentsCancelledOrPostponed", 1).containsEntry("notGraded", 1);
        assertThat(county.getInt("total.cadres")).isGreaterThanOrEqualTo(3);
        assertThat(county.getInt("rounds")).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("period", "2026-H3").when().get("/api/v1/rounds/report")
                .then().statusCode(400).body("errors.field", contains("period"));
        given().auth().oauth2(TestTokens.townshipOfficer(t.id())).queryParam("period", year).when().get("/api/v1/rounds/report")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.token("org-dept", Set.of("ORG_DEPT"), Map.of())).when().get("/api/v1/cadres/{id}/verdicts", t.a())
                .then().statusCode(200).body("[0].inputs.validBallots", equalTo(6)).body("[0].consequenceLabel", equalTo("诫勉谈话"));
        given().auth().oauth2(TestTokens.cadre(t.c(), UUID.randomUUID(), t.id())).when().get("/api/v1/cadres/{id}/verdicts", t.c())
                .then().statusCode(200).body("", hasSize(1)).body("[0].grade", equalTo("INCOMPETENT"));
        given().auth().oauth2(TestTokens.cadre(t.c(), UUID.randomUUID(), t.id())).when().get("/api/v1/cadres/{id}/verdicts", t.a())
                .then().statusCode(403);
    }

    @Test
    void shouldOpenACountyRoundOnlyForTheCountyAdmin() {
        Township t = township(entityManager);
        given().auth().oauth2(TestTokens.townshipOfficer(t.id())).contentType(ContentType.JSON).body(Map.of("period", "2025-H1"))
                .when().post("/api/v1/rounds").then().statusCode(403);
        JsonPath opened = given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(Map.of("period", "2025-H1"))
                .when().post("/api/v1/rounds").then().statusCode(201)
                .body("round.townshipId", nullValue()).extract().jsonPath();
        assertThat(codesByCadre(opened)).containsKeys(t.a(), t.b(), t.c(), t.outsider());
        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(Map.of("period", "2025-H3"))
                .when().post("/api/v1/rounds").then().statusCode(400).body("errors.field", contains("period"));
        long rounds = count(entityManager, "select count(*) from evaluation_round");
        String future = (TODAY.getYear() + 1) + "-H1";
        refused(given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(Map.of("period", future))
                .when().post("/api/v1/rounds").then(), 422, "period-not-started");
        refused(open(t.id(), "2025-H1"), 409, "round-exists");
        open(t.id(), "2024-H1").statusCode(201);
        rounds++;
        refused(given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(Map.of("period", "2024-H1"))
                .when().post("/api/v1/rounds").then(), 409, "round-exists");
        assertThat(count(entityManager, "select count(*) from evaluation_round")).isEqualTo(rounds);
        given().auth().oauth2(TestTokens.townshipOfficer(t.id())).when().get("/api/v1/rounds/{id}", opened.getString("round.id"))
                .then().statusCode(403);
    }

    private static ValidatableResponse results(String token, UUID roundId, UUID cadreId) {
        return given().auth().oauth2(token).when().get("/api/v1/rounds/{id}/cadres/{cadreId}/results", roundId, cadreId).then();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> verdictOf(ValidatableResponse ranking, UUID cadreId) {
        List<Map<String, Object>> items = ranking.extract().jsonPath().getList("items");
        return items.stream().filter(v -> v.get("cadreId").equals(cadreId.toString())).findFirst().orElseThrow();
    }

    private List<UUID> householdsOf(Place place) {
        return new ArrayList<>(QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select household_id from known_household where village_id = :v", UUID.class)
                .setParameter("v", place.villageId()).getResultList()));
    }

    private static ValidatableResponse refused(ValidatableResponse response, int status, String problem) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:" + problem));
    }
}
