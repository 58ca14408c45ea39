package org.masswork.evaluation.supervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.UpstreamEvents;
import org.masswork.evaluation.UpstreamEvents.Place;
import org.masswork.evaluation.facts.KnownStationRepository;
import org.masswork.evaluation.facts.StationingRepository;
import org.masswork.infra.Await;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class SupervisionReviewTest {

    private static final String INSPECTOR = TestTokens.token("inspector-1", Set.of("INSPECTOR"), Map.of());

    @Inject
    KnownStationRepository stations;

    @Inject
    SupervisionReviewRepository reviews;

    @Inject
    StationingRepository stationings;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldRecordOneReviewPerStationAndMonthWithTheMonthsFiguresFilledIn() {
        UpstreamEvents events = new UpstreamEvents();
        UUID townshipId = UUID.randomUUID();
        Place reviewed = events.station(townshipId);
        Place forgotten = events.station(townshipId);
        Place withoutTeam = events.station(townshipId);
        Place teamGoneBefore = events.station(townshipId);
        UUID cadreId = UUID.randomUUID();
        events.assigned(cadreId, reviewed, LocalDate.of(2026, 1, 1));
        events.assigned(UUID.randomUUID(), forgotten, LocalDate.of(2026, 4, 30));
        UUID left = UUID.randomUUID();
        UUID leftAssignment = events.assigned(left, teamGoneBefore, LocalDate.of(2025, 1, 1));
        events.ended(leftAssignment, left, teamGoneBefore, LocalDate.of(2026, 4, 1));
        events.attended(cadreId, reviewed, LocalDate.of(2026, 4, 25));
        events.attended(cadreId, reviewed, LocalDate.of(2026, 4, 27));
        events.visited(UUID.randomUUID(), cadreId, reviewed, UUID.randomUUID(), LocalDate.of(2026, 4, 3), true);
        events.send();
        Await.until("the stations are known", Duration.ofSeconds(30), () -> QuarkusTransaction.requiringNew().call(() ->
                stations.count("townshipId", townshipId) == 4
                        && stationings.count("townshipId = ?1 and startsOn is not null", townshipId) == 3
                        && stationings.count("townshipId = ?1 and endedOn is not null", townshipId) == 1));
        Await.until("the visit is kept", Duration.ofSeconds(30), () -> figures(reviewed).extract().path("rows[0].visitsMade").equals(1));

        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(review(reviewed, 90))
                .when().post("/api/v1/supervision-reviews").then().statusCode(201)
                .body("countyId", equalTo(TestTokens.DEFAULT_COUNTY.toString())).body("reviewer", equalTo("inspector-1")).body("score", equalTo(90)).body("month", equalTo("2026-04"))
                .body("figures.stationDaysAttended", equalTo(2)).body("figures.visits", equalTo(1));

        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(review(reviewed, 70))
                .when().post("/api/v1/supervision-reviews").then().statusCode(409).body("type", equalTo("urn:masswork:problem:station-reviewed-this-month"));
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(review(forgotten, 101))
                .when().post("/api/v1/supervision-reviews").then().statusCode(400);
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(review(new Place(UUID.randomUUID(), UUID.randomUUID(), townshipId), 80))
                .when().post("/api/v1/supervision-reviews").then().statusCode(422).body("type", equalTo("urn:masswork:problem:unknown-station"));
        given().auth().oauth2(TestTokens.cadre(cadreId, reviewed.stationId(), townshipId)).contentType(ContentType.JSON)
                .body(review(forgotten, 80)).when().post("/api/v1/supervision-reviews").then().statusCode(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> reviews.count("townshipId", townshipId))).isEqualTo(1);

        given().auth().oauth2(TestTokens.townshipOfficer(townshipId)).queryParam("month", "2026-04").queryParam("size", 100)
                .when().get("/api/v1/supervision-reviews/unreviewed-stations").then().statusCode(200)
                .body("items.stationId", hasItem(forgotten.stationId().toString()))
                .body("items.stationId", not(hasItem(reviewed.stationId().toString())))
                .body("items.stationId", not(hasItem(withoutTeam.stationId().toString())))
                .body("items.stationId", not(hasItem(teamGoneBefore.stationId().toString())))
                .body("totalItems", equalTo(1));
        given().auth().oauth2(TestTokens.townshipOfficer(UUID.randomUUID())).queryParam("month", "2026-04").queryParam("townshipId", townshipId)
                .when().get("/api/v1/supervision-reviews/unreviewed-stations").then().statusCode(403);
    }

    private static ValidatableResponse figures(Place place) {
        return given().auth().oauth2(TestTokens.countyAdmin()).queryParam("from", "2026-04-01").queryParam("to", "2026-04-30")
                .queryParam("stationId", place.stationId()).when().get("/api/v1/work-figures").then().statusCode(200);
    }

    private static Map<String, Object> review(Place place, int score) {
        Map<String, Object> review = new HashMap<>(Map.of("stationId", place.stationId().toString(), "month", "2026-04",
                "attendanceOk", true, "diaryOk", false, "ledgerOk", true, "caseHandlingOk", true, "score", score));
        review.put("comments", "日志不全");
        return review;
    }
}
