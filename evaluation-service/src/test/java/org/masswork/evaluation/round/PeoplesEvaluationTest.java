package org.masswork.evaluation.round;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.masswork.infra.Await;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class PeoplesEvaluationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** The half year before today's: complete, so its 18 station days are all due whatever the date. */
    private static final String PERIOD = TODAY.getMonthValue() <= 6 ? (TODAY.getYear() - 1) + "-H2" : TODAY.getYear() + "-H1";

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /**
     * One township with cadres A (12 households), B (3 households, attends every station day), C (5 households) and one
     * rotated out (its end arrives before its assignment); a cadre of another township outside it.
     */
    private record Township(UUID id, Place placeA, UUID a, UUID b, UUID c, Place elsewhere, UUID outsider) {
    }

    private Township township() {
        UpstreamEvents events = new UpstreamEvents();
        UUID townshipId = UUID.randomUUID();
        Place placeA = events.station(townshipId);
        Place placeB = events.station(townshipId);
        Place placeC = events.station(townshipId);
        Place elsewhere = events.station();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID outsider = UUID.randomUUID();
        for (int i = 0; i < 12; i++) {
            events.household(placeA);
        }
        for (int i = 0; i < 3; i++) {
            events.household(placeB);
        }
        for (int i = 0; i < 5; i++) {
            events.household(placeC);
            events.household(elsewhere);
        }
        events.assigned(a, placeA, TODAY.minusYears(1));
        events.assigned(b, placeB, TODAY.minusYears(1));
        events.assigned(c, placeC, TODAY.minusYears(1));
        events.assigned(outsider, elsewhere, TODAY.minusYears(1));
        UUID rotatedOut = UUID.randomUUID();
        UUID rotation = UUID.randomUUID();
        events.ended(rotation, rotatedOut, placeA, TODAY.minusDays(10));
        events.send();
        events.assigned(rotation, rotatedOut, placeA, TODAY.minusYears(2));
        LocalDate halfStart = HalfYear.parse(PERIOD).from();
        for (LocalDate day = halfStart; !day.isAfter(TODAY); day = day.plusDays(1)) {
            if (day.getDayOfMonth() >= 25 && day.getDayOfMonth() <= 27) {
                events.attended(b, placeB, day);
            }
        }
        events.send();
        Await.until("the township's facts are kept", Duration.ofSeconds(30), () -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery("select count(*) from stationing where township_id = :t")
                        .setParameter("t", townshipId).getSingleResult()).intValue() == 4
                        && ((Number) entityManager.createNativeQuery("select count(*) from known_household where township_id = :t")
                        .setParameter("t", townshipId).getSingleResult()).intValue() == 20));
        return new Township(townshipId, placeA, a, b, c, elsewhere, outsider);
    }

    @Test
    void shouldDrawRepresentativesFromEachCadresVillageAndKeepOnlyHashesOfTheirCodes() {
        Township t = township();
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
        assertThat(stored).hasSize(18).doesNotContainAnyElementsOf(opened.getList("codes.code"))
                .contains(BallotCodes.hash(byCadre.get(t.a()).get(0).get("code")));

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
    void shouldCountBallotsAnonymouslyOnceEachAndRefuseBadOnes() {
        Township t = township();
        JsonPath opened = open(t.id()).statusCode(201).extract().jsonPath();
        UUID roundId = UUID.fromString(opened.getString("round.id"));
        Map<UUID, List<Map<String, String>>> codes = codesByCadre(opened);
        String firstOfA = code(codes, t.a(), 0);

        cast(roundId, ballot(t.a(), firstOfA, "SATISFIED", 5)).statusCode(201)
                .body("cadreId", equalTo(t.a().toString())).body("valid", equalTo(true));
        long ballots = ballotCount(roundId);

        cast(roundId, ballot(t.a(), firstOfA, "SATISFIED", 5)).statusCode(409).body("type", equalTo("urn:masswork:problem:ballot-code-used"));
        cast(roundId, ballot(t.a(), "ABCDEFGHJKLM", "SATISFIED", 5)).statusCode(422).body("type", equalTo("urn:masswork:problem:unknown-ballot-code"));
        cast(roundId, ballot(t.outsider(), code(codes, t.a(), 1), "SATISFIED", 5)).statusCode(422).body("type", equalTo("urn:masswork:problem:cadre-not-in-round"));
        cast(roundId, ballot(t.b(), code(codes, t.a(), 1), "SATISFIED", 5)).statusCode(422).body("type", equalTo("urn:masswork:problem:unknown-ballot-code"));
        cast(roundId, ballot(t.a(), code(codes, t.a(), 1), "SATISFIED", 6)).statusCode(400);
        Map<String, Object> longComment = ballot(t.a(), code(codes, t.a(), 1), "SATISFIED", 5);
        longComment.put("comment", "很".repeat(501));
        cast(roundId, longComment).statusCode(400);
        cast(UUID.randomUUID(), ballot(t.a(), code(codes, t.a(), 1), "SATISFIED", 5)).statusCode(404);
        assertThat(ballotCount(roundId)).isEqualTo(ballots);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from ballot_code where round_id = :r and used").setParameter("r", roundId).getSingleResult()).intValue()))
                .isEqualTo(1);

        results(TestTokens.countyAdmin(), roundId, t.a()).body("validBallots", equalTo(1)).body("shown", equalTo(false))
                .body("satisfied", nullValue());
        for (int i = 1; i < 5; i++) {
            cast(roundId, ballot(t.a(), code(codes, t.a(), i), i == 4 ? "UNSATISFIED" : "SATISFIED", i == 4 ? 1 : 5)).statusCode(201);
        }
        results(TestTokens.cadre(t.a(), t.placeA().stationId(), t.id()), roundId, t.a())
                .body("validBallots", equalTo(5)).body("shown", equalTo(true))
                .body("satisfied", equalTo(4)).body("unsatisfied", equalTo(1)).body("attitude", equalTo(4.2f));
        results(TestTokens.cadre(t.b(), UUID.randomUUID(), t.id()), roundId, t.a()).statusCode(403);

        given().auth().oauth2(TestTokens.townshipOfficer(t.id())).contentType(ContentType.JSON)
                .body(Map.of("cadreId", t.a().toString(), "code", code(codes, t.a(), 5)))
                .when().post("/api/v1/rounds/{id}/ballots/spoiled", roundId).then().statusCode(201).body("valid", equalTo(false));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/rounds/{id}", roundId).then().statusCode(200)
                .body("ballotsReturned", equalTo(6)).body("ballotsInvalid", equalTo(1)).body("ballotsIssued", equalTo(18));

        List<String> ballotColumns = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select column_name from information_schema.columns where table_name = 'ballot'", String.class).getResultList());
        assertThat(ballotColumns).containsExactlyInAnyOrder("id", "round_id", "cadre_id", "valid", "rating", "attitude",
                "effectiveness", "integrity", "diligence", "comment");
        List<JsonNode> cast = EvaluationEvents.await("BallotCast", e -> e.path("subject").asText().equals(roundId.toString()), 6);
        assertThat(cast).hasSize(6).allSatisfy(e -> assertThat(e.path("data").properties().stream().map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("roundId", "cadreId", "valid"));
    }

    @Test
    void shouldGradeEveryCadreWhenTheRoundClosesAndRefuseBallotsAndASecondCloseAfterwards() {
        Township t = township();
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
        ranking.body("items[0].cadreId", equalTo(t.b().toString()))
                .body("items[0].grade", equalTo("EXCELLENT")).body("items[0].consequence", equalTo("RECOMMEND_PROMOTION"))
                .body("items[0].inputs.peopleScore", nullValue());
        Map<String, Object> a = verdictOf(ranking, t.a());
        assertThat(a).containsEntry("grade", "BASICALLY_COMPETENT").containsEntry("consequence", "ADMONISHMENT_TALK")
                .containsEntry("totalScore", 73.2f);
        assertThat((Map<String, Object>) a.get("inputs")).containsEntry("validBallots", 6).containsEntry("unsatisfied", 1)
                .containsEntry("peopleScore", 76.17f).containsEntry("supervisionScore", 80.0f).containsEntry("objectiveScore", 50.0f);
        assertThat(verdictOf(ranking, t.c())).containsEntry("grade", "INCOMPETENT")
                .containsEntry("consequence", "APPOINTMENT_CANCELLED_OR_POSTPONED");

        JsonNode concludedA = EvaluationEvents.await("EvaluationConcluded", e -> e.path("subject").asText().equals(t.a().toString()), 1).get(0);
        assertThat(concludedA.path("data").properties().stream().map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("cadreId", "roundId", "period", "grade", "consequence", "concludedAt");
        assertThat(concludedA.path("data").path("roundId").asText()).isEqualTo(roundId.toString());
        assertThat(concludedA.path("data").path("period").asText()).isEqualTo(PERIOD);
        assertThat(concludedA.path("data").path("consequence").asText()).isEqualTo("ADMONISHMENT_TALK");

        long ballots = ballotCount(roundId);
        cast(roundId, ballot(t.a(), code(codes, t.a(), 7), "SATISFIED", 5)).statusCode(409).body("type", equalTo("urn:masswork:problem:round-closed"));
        close(roundId, 1).statusCode(409).body("type", equalTo("urn:masswork:problem:round-already-closed"));
        assertThat(ballotCount(roundId)).isEqualTo(ballots);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from verdict where round_id = :r").setParameter("r", roundId).getSingleResult()).intValue())).isEqualTo(3);

        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/rounds/{id}/verdicts/report", roundId).then().statusCode(200)
                .body("total.cadres", equalTo(3)).body("total.recommendedForPromotion", equalTo(1))
                .body("total.admonishmentTalks", equalTo(1)).body("townships", hasSize(1));
        given().auth().oauth2(TestTokens.cadre(t.c(), UUID.randomUUID(), t.id())).when().get("/api/v1/cadres/{id}/verdicts", t.c())
                .then().statusCode(200).body("", hasSize(1)).body("[0].grade", equalTo("INCOMPETENT"));
        given().auth().oauth2(TestTokens.cadre(t.c(), UUID.randomUUID(), t.id())).when().get("/api/v1/cadres/{id}/verdicts", t.a())
                .then().statusCode(403);
    }

    @Test
    void shouldOpenACountyRoundOnlyForTheCountyAdmin() {
        Township t = township();
        given().auth().oauth2(TestTokens.townshipOfficer(t.id())).contentType(ContentType.JSON).body(Map.of("period", "2025-H1"))
                .when().post("/api/v1/rounds").then().statusCode(403);
        JsonPath opened = given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(Map.of("period", "2025-H1"))
                .when().post("/api/v1/rounds").then().statusCode(201)
                .body("round.townshipId", nullValue()).extract().jsonPath();
        assertThat(codesByCadre(opened)).containsKeys(t.a(), t.b(), t.c(), t.outsider());
        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(Map.of("period", "2025-H3"))
                .when().post("/api/v1/rounds").then().statusCode(400);
        given().auth().oauth2(TestTokens.townshipOfficer(t.id())).when().get("/api/v1/rounds/{id}", opened.getString("round.id"))
                .then().statusCode(403);
    }

    private ValidatableResponse open(UUID townshipId) {
        return given().auth().oauth2(TestTokens.townshipOfficer(townshipId)).contentType(ContentType.JSON)
                .body(Map.of("period", PERIOD, "townshipId", townshipId.toString()))
                .when().post("/api/v1/rounds").then();
    }

    private static ValidatableResponse close(UUID roundId, long version) {
        return given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(Map.of("version", version))
                .when().post("/api/v1/rounds/{id}/close", roundId).then();
    }

    private static ValidatableResponse cast(UUID roundId, Map<String, Object> ballot) {
        return given().contentType(ContentType.JSON).body(ballot).when().post("/api/v1/rounds/{id}/ballots", roundId).then();
    }

    private static ValidatableResponse results(String token, UUID roundId, UUID cadreId) {
        return given().auth().oauth2(token).when().get("/api/v1/rounds/{id}/cadres/{cadreId}/results", roundId, cadreId).then();
    }

    private static Map<String, Object> ballot(UUID cadreId, String code, String rating, int score) {
        Map<String, Object> ballot = new HashMap<>(Map.of("cadreId", cadreId.toString(), "code", code, "rating", rating,
                "attitude", score, "effectiveness", score, "integrity", score, "diligence", score));
        ballot.put("comment", "工作认真");
        return ballot;
    }

    private static String code(Map<UUID, List<Map<String, String>>> codes, UUID cadreId, int index) {
        return codes.get(cadreId).get(index).get("code");
    }

    private static Map<UUID, List<Map<String, String>>> codesByCadre(JsonPath opened) {
        List<Map<String, String>> codes = opened.getList("codes");
        return codes.stream().collect(Collectors.groupingBy(c -> UUID.fromString(c.get("cadreId")), Collectors.toList()));
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

    private long ballotCount(UUID roundId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from ballot where round_id = :r").setParameter("r", roundId).getSingleResult()).longValue());
    }
}
