package org.masswork.evaluation.verdict;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.masswork.evaluation.round.RoundFixtures.PERIOD;
import static org.masswork.evaluation.round.RoundFixtures.TODAY;
import static org.masswork.evaluation.round.RoundFixtures.ballot;
import static org.masswork.evaluation.round.RoundFixtures.cast;
import static org.masswork.evaluation.round.RoundFixtures.close;
import static org.masswork.evaluation.round.RoundFixtures.code;
import static org.masswork.evaluation.round.RoundFixtures.codesByCadre;
import static org.masswork.evaluation.round.RoundFixtures.count;
import static org.masswork.evaluation.round.RoundFixtures.open;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.EvaluationEvents;
import org.masswork.evaluation.UpstreamEvents;
import org.masswork.evaluation.UpstreamEvents.Place;
import org.masswork.evaluation.round.HalfYear;
import org.masswork.infra.Await;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

/**
 * The verdict's inputs are counted over the days each cadre served in the half year, and a cadre with too few
 * ballots or too short a service gets no grade and no consequence. The round's half year ({@code RoundFixtures.PERIOD}) is the one
 * before today's, so all of it has come.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class VerdictInputsTest {

    private static final HalfYear HALF = HalfYear.parse(PERIOD);
    private static final String INSPECTOR = TestTokens.token("inspector-v", Set.of("INSPECTOR"), Map.of());

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /**
     * J joined station P1 on the 26th of the half year's third month; L served P2 from before the half year until
     * the 10th of its fifth month and has been at P3 since the half year ended. Each is judged on their own days
     * only: the station days due in them (J: 2 + 3 × 3 = 11; L: 4 × 3 = 12, the fifth month's came after L left),
     * the cases of their station closed while they were there, the reviews of their station for the months they
     * were there (not P1's before J came, not P2's after L left, not P3's at all), and their visits per role.
     */
    @Test
    void shouldCountEveryObjectiveInputOverTheDaysServedWhenACadreJoinedOrLeftMidHalfYear() {
        UpstreamEvents events = new UpstreamEvents();
        UUID townshipId = UUID.randomUUID();
        Place p1 = events.station(townshipId);
        Place p2 = events.station(townshipId);
        Place p3 = events.station(townshipId);
        for (int i = 0; i < 5; i++) {
            events.household(p1);
            events.household(p3);
        }
        UUID household = events.household(p1);
        UUID joiner = UUID.randomUUID();
        UUID leaver = UUID.randomUUID();
        LocalDate joined = month(3).atDay(26);
        LocalDate left = month(5).atDay(10);
        events.assigned(joiner, p1, joined);
        UUID firstPost = events.assigned(leaver, p2, HALF.from().minusYears(1));
        events.ended(firstPost, leaver, p2, left);
        events.assigned(leaver, p3, HALF.until());
        for (int m = 1; m <= 6; m++) {
            for (int day = 25; day <= 27; day++) {
                LocalDate date = month(m).atDay(day);
                if (!date.isBefore(joined)) {
                    events.attended(joiner, p1, date);
                }
                if (!date.isAfter(left)) {
                    events.attended(leaver, p2, date);
                }
            }
        }
        events.attended(joiner, p1, month(1).atDay(25));
        closedCase(events, p1, month(2).atDay(10), false);
        closedCase(events, p1, month(4).atDay(10), true);
        closedCase(events, p2, month(3).atDay(5), true);
        closedCase(events, p2, month(6).atDay(5), false);
        closedCase(events, p3, month(3).atDay(5), false);
        events.visited(UUID.randomUUID(), joiner, p1, household, month(5).atDay(3), true, "DISPUTE_MEDIATOR", "SERVICE_PROVIDER");
        events.visited(UUID.randomUUID(), joiner, p1, household, month(5).atDay(4), false, "OPINION_RESEARCHER");
        events.visited(UUID.randomUUID(), joiner, p1, household, month(2).atDay(4), false, "POLICY_PUBLICIST");
        events.send();
        Await.until("the township's facts are kept", Duration.ofSeconds(30), () ->
                count(entityManager, "select count(*) from stationing where township_id = :t and starts_on is not null", townshipId) == 3
                        && count(entityManager, "select count(*) from stationing where township_id = :t and ended_on is not null", townshipId) == 1
                        && count(entityManager, "select count(*) from known_household where township_id = :t", townshipId) == 11
                        && count(entityManager, "select count(*) from case_fact where township_id = :t", townshipId) == 5
                        && count(entityManager, "select count(*) from household_visit where township_id = :t", townshipId) == 3
                        && count(entityManager, "select count(*) from station_day_attendance where township_id = :t", townshipId) == 24);
        review(p1, month(2), 20);
        review(p1, month(5), 90);
        review(p2, month(2), 80);
        review(p2, month(6), 20);
        review(p3, month(6), 30);

        JsonPath opened = open(townshipId).statusCode(201).body("round.cadres", equalTo(2)).extract().jsonPath();
        UUID roundId = UUID.fromString(opened.getString("round.id"));
        Map<UUID, List<Map<String, String>>> codes = codesByCadre(opened);
        for (int i = 0; i < 5; i++) {
            cast(roundId, ballot(joiner, code(codes, joiner, i), "SATISFIED", 5)).statusCode(201);
            cast(roundId, ballot(leaver, code(codes, leaver, i), i == 0 ? "BASICALLY_SATISFIED" : "SATISFIED", 4)).statusCode(201);
        }
        close(roundId, 0).statusCode(200);
        Map<UUID, JsonPath> verdicts = verdicts(roundId);

        JsonPath j = verdicts.get(joiner);
        assertThat(j.getInt("inputs.serviceDays")).isEqualTo(ChronoUnit.DAYS.between(joined, HALF.until()));
        assertThat(j.getInt("inputs.stationDaysDue")).isEqualTo(11);
        assertThat(j.getInt("inputs.stationDaysAttended")).isEqualTo(11);
        assertThat(j.getInt("inputs.casesClosed")).isEqualTo(1);
        assertThat(j.getInt("inputs.casesClosedOnTime")).isEqualTo(1);
        assertThat(j.getFloat("inputs.supervisionScore")).isEqualTo(90f);
        assertThat(j.getInt("inputs.supervisionReviews")).isEqualTo(1);
        assertThat(j.getFloat("inputs.objectiveScore")).isEqualTo(100f);
        assertThat(j.getInt("inputs.visits")).isEqualTo(2);
        assertThat(j.getList("inputs.visitsByRole.role")).containsExactly("POLICY_PUBLICIST", "OPINION_RESEARCHER",
                "PARTY_BUILDING_INSTRUCTOR", "DISPUTE_MEDIATOR", "SERVICE_PROVIDER");
        assertThat(j.getList("inputs.visitsByRole.visitsMade")).containsExactly(0, 1, 0, 1, 1);
        // 0.6 × 100 + 0.25 × 90 + 0.15 × 100
        assertThat(j.getFloat("totalScore")).isEqualTo(97.5f);
        assertThat(j.getString("grade")).isEqualTo("EXCELLENT");

        JsonPath l = verdicts.get(leaver);
        assertThat(l.getString("stationId")).as("evaluated where stationed when the round opened").isEqualTo(p3.stationId().toString());
        assertThat(l.getInt("inputs.serviceDays")).isEqualTo(ChronoUnit.DAYS.between(HALF.from(), left.plusDays(1)));
        assertThat(l.getInt("inputs.stationDaysDue")).isEqualTo(12);
        assertThat(l.getInt("inputs.stationDaysAttended")).isEqualTo(12);
        assertThat(l.getInt("inputs.casesClosed")).isEqualTo(1);
        assertThat(l.getInt("inputs.casesClosedOnTime")).isEqualTo(1);
        assertThat(l.getFloat("inputs.supervisionScore")).isEqualTo(80f);
        assertThat(l.getInt("inputs.supervisionReviews")).isEqualTo(1);
        assertThat(l.getFloat("inputs.objectiveScore")).isEqualTo(100f);
        assertThat(l.getFloat("inputs.peopleScore")).isEqualTo(86.9f);
        // 0.6 × 86.9 + 0.25 × 80 + 0.15 × 100
        assertThat(l.getFloat("totalScore")).isEqualTo(87.14f);
        assertThat(l.getString("grade")).isEqualTo("COMPETENT");
        assertThat(l.getString("consequence")).isEqualTo("NO_ACTION");
    }

    /**
     * N was assigned today: no ballot, no day of the half year served (the case of issue 17, graded INCOMPETENT
     * with its appointment cancelled). F served the whole half year but only four representatives voted, all
     * unsatisfied. Neither gets a grade or a consequence, and cadre-service hears no EvaluationConcluded about them,
     * which it would read as a result; G, with five ballots, is graded as before.
     */
    @Test
    void shouldGiveNoGradeAndNoConsequenceForTooFewBallotsOrTooShortAService() {
        UpstreamEvents events = new UpstreamEvents();
        UUID townshipId = UUID.randomUUID();
        Place place = events.station(townshipId);
        for (int i = 0; i < 6; i++) {
            events.household(place);
        }
        UUID newcomer = UUID.randomUUID();
        UUID fewBallots = UUID.randomUUID();
        UUID graded = UUID.randomUUID();
        events.assigned(newcomer, place, TODAY);
        events.assigned(fewBallots, place, HALF.from().minusYears(1));
        events.assigned(graded, place, HALF.from().minusYears(1));
        events.send();
        Await.until("the station's facts are kept", Duration.ofSeconds(30), () ->
                count(entityManager, "select count(*) from stationing where township_id = :t", townshipId) == 3
                        && count(entityManager, "select count(*) from known_household where township_id = :t", townshipId) == 6);

        JsonPath opened = open(townshipId).statusCode(201).extract().jsonPath();
        UUID roundId = UUID.fromString(opened.getString("round.id"));
        Map<UUID, List<Map<String, String>>> codes = codesByCadre(opened);
        for (int i = 0; i < 4; i++) {
            cast(roundId, ballot(fewBallots, code(codes, fewBallots, i), "UNSATISFIED", 1)).statusCode(201);
        }
        for (int i = 0; i < 5; i++) {
            cast(roundId, ballot(graded, code(codes, graded, i), "UNSATISFIED", 1)).statusCode(201);
        }
        close(roundId, 0).statusCode(200);
        Map<UUID, JsonPath> verdicts = verdicts(roundId);

        JsonPath n = verdicts.get(newcomer);
        assertThat(n.getString("grade")).isEqualTo("NOT_GRADED");
        assertThat(n.getString("gradeLabel")).isEqualTo("不确定等次");
        assertThat(n.getString("consequence")).isEqualTo("NOT_APPLICABLE");
        assertThat(n.getString("totalScore")).isNull();
        assertThat(n.getList("notGradedReasons.code")).containsExactly("INSUFFICIENT_BALLOTS", "SERVICE_TOO_SHORT");
        assertThat(n.getList("notGradedReasons.label")).containsExactly("有效评议票不足", "驻站时间不足");
        assertThat(n.getInt("inputs.serviceDays")).isZero();
        assertThat(n.getInt("inputs.stationDaysDue")).isZero();

        JsonPath f = verdicts.get(fewBallots);
        assertThat(f.getString("grade")).isEqualTo("NOT_GRADED");
        assertThat(f.getString("consequence")).isEqualTo("NOT_APPLICABLE");
        assertThat(f.getList("notGradedReasons.code")).containsExactly("INSUFFICIENT_BALLOTS");
        assertThat(f.getInt("inputs.validBallots")).isEqualTo(4);
        assertThat(f.getString("inputs.unsatisfied")).as("four voters' marks are not shown").isNull();
        assertThat(f.getString("inputs.peopleScore")).isNull();
        assertThat(f.getInt("inputs.serviceDays")).isEqualTo(ChronoUnit.DAYS.between(HALF.from(), HALF.until()));

        JsonPath g = verdicts.get(graded);
        assertThat(g.getString("grade")).isEqualTo("INCOMPETENT");
        assertThat(g.getString("consequence")).isEqualTo("APPOINTMENT_CANCELLED_OR_POSTPONED");
        assertThat(g.getList("notGradedReasons")).isEmpty();

        List<JsonNode> concluded = EvaluationEvents.await("EvaluationConcluded", e -> e.path("data").path("roundId").asText().equals(roundId.toString()), 1);
        List<JsonNode> notGraded = EvaluationEvents.await("EvaluationNotGraded", e -> e.path("data").path("roundId").asText().equals(roundId.toString()), 2);
        JsonNode closed = EvaluationEvents.await("EvaluationRoundClosed", e -> e.path("subject").asText().equals(roundId.toString()), 1).get(0);
        assertThat(concluded).extracting(e -> e.path("subject").asText()).containsExactly(graded.toString());
        assertThat(notGraded).extracting(e -> e.path("subject").asText()).containsExactlyInAnyOrder(newcomer.toString(), fewBallots.toString());
        assertThat(notGraded).filteredOn(e -> e.path("subject").asText().equals(newcomer.toString())).singleElement()
                .satisfies(e -> assertThat(e.path("data").path("reasons").toString()).isEqualTo("[\"INSUFFICIENT_BALLOTS\",\"SERVICE_TOO_SHORT\"]"));
        assertThat(count(entityManager, "select count(*) from outbox_event where event_type = 'EvaluationConcluded'"
                + " and event_key in (cast(:t as text))", newcomer)).isZero();
        assertThat(closed.path("data").path("cadres").asInt()).isEqualTo(3);
        assertThat(closed.path("data").path("graded").asInt()).isEqualTo(1);
        assertThat(closed.path("data").path("notGraded").asInt()).isEqualTo(2);
        assertThat(closed.path("data").path("ballotsIssued").asInt()).isEqualTo(18);
        assertThat(closed.path("data").path("ballotsReturned").asInt()).isEqualTo(9);
        assertThat(closed.path("data").path("ballotsInvalid").asInt()).isZero();

        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/rounds/{id}/verdicts/report", roundId).then().statusCode(200)
                .body("total.cadres", equalTo(3)).body("total.notGraded", equalTo(2))
                .body("total.incompetent", equalTo(1))
                .body("total.appointmentsCancelledOrPostponed", equalTo(1));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("grade", "NOT_GRADED")
                .when().get("/api/v1/rounds/{id}/verdicts", roundId).then().statusCode(200)
                .body("items.cadreId", containsInAnyOrder(newcomer.toString(), fewBallots.toString()))
                .body("items.countyId", everyItem(equalTo(TestTokens.DEFAULT_COUNTY.toString())));
    }

    /** The {@code m}-th month (1 to 6) of the half year. */
    private static YearMonth month(int m) {
        return YearMonth.from(HALF.from()).plusMonths(m - 1);
    }

    private static void closedCase(UpstreamEvents events, Place place, LocalDate on, boolean onTime) {
        OffsetDateTime at = on.atTime(10, 0).atZone(County.ZONE).toOffsetDateTime();
        events.caseStep("CaseClosed", UUID.randomUUID(), place, at, UpstreamEvents.data()
                .put("closedAtLevel", "STATION").put("onTime", onTime).put("openedAt", at.minusDays(20).toString())
                .put("resolvedAt", at.minusDays(1).toString()).put("actor", "x"));
    }

    private static void review(Place place, YearMonth month, int score) {
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON)
                .body(Map.of("stationId", place.stationId().toString(), "month", month.toString(), "attendanceOk", true,
                        "diaryOk", true, "ledgerOk", true, "caseHandlingOk", true, "score", score))
                .when().post("/api/v1/supervision-reviews").then().statusCode(201);
    }

    private static Map<UUID, JsonPath> verdicts(UUID roundId) {
        JsonPath page = given().auth().oauth2(TestTokens.countyAdmin()).queryParam("size", 100)
                .when().get("/api/v1/rounds/{id}/verdicts", roundId).then().statusCode(200).extract().jsonPath();
        Map<UUID, JsonPath> byCadre = new HashMap<>();
        for (int i = 0; i < page.getList("items").size(); i++) {
            byCadre.put(UUID.fromString(page.getString("items[" + i + "].cadreId")),
                    JsonPath.from(page.prettify()).setRootPath("items[" + i + "]"));
        }
        return byCadre;
    }
}
