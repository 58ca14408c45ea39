package org.masswork.cadre.diary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.cadre.household.HouseholdWorkData.household;
import static org.masswork.cadre.household.HouseholdWorkData.team;
import static org.masswork.cadre.household.HouseholdWorkData.visit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.household.HouseholdWorkData.Team;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.County;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class DiaryTest {

    private static final LocalDate TODAY = County.today();

    @Inject
    DiaryNoteRepository notes;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldShowACadresDayWithTheNoteAndTheDaysVisits() {
        Team team = team();
        UUID first = household(team);
        UUID second = household(team);
        UUID visited = visit(team.memberToken(), first, TODAY.minusDays(1), false, null);
        visit(team.memberToken(), second, TODAY.minusDays(1), true, Map.of("countersignatureRef", "S-1"));
        visit(team.memberToken(), second, TODAY, false, null);

        String noteId = given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON)
                .body(Map.of("day", TODAY.minusDays(1).toString(), "note", "走访两户，记录修缮诉求"))
                .when().post("/api/v1/diaries/notes")
                .then().statusCode(201).body("stationId", equalTo(team.stationId().toString())).extract().path("id");

        given().auth().oauth2(team.leaderToken()).when().get("/api/v1/diaries/{cadre}/{day}", team.memberId(), TODAY.minusDays(1).toString())
                .then().statusCode(200)
                .body("note.note", equalTo("走访两户，记录修缮诉求"))
                .body("visits.size()", equalTo(2)).body("visits[0].id", equalTo(visited.toString()))
                .body("visitsConfirmed", equalTo(1)).body("visitsUnconfirmed", equalTo(1));
        given().auth().oauth2(team.memberToken()).when().get("/api/v1/diaries/{cadre}/{day}", team.memberId(), TODAY.minusDays(2).toString())
                .then().statusCode(200).body("note", nullValue()).body("visits.size()", equalTo(0));

        given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "note", "走访两户，已上报修缮"))
                .when().put("/api/v1/diaries/notes/{id}", noteId)
                .then().statusCode(200).body("note", equalTo("走访两户，已上报修缮")).body("version", equalTo(1));
        given().auth().oauth2(team.leaderToken()).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "note", "改写别人的日记"))
                .when().put("/api/v1/diaries/notes/{id}", noteId).then().statusCode(404)
                .body("type", equalTo("urn:masswork:problem:not-found"));
        given().auth().oauth2(team.memberToken()).when().get("/api/v1/diaries/{cadre}/{day}", team.memberId(), TODAY.minusDays(1).toString())
                .then().statusCode(200).body("note.note", equalTo("走访两户，已上报修缮")).body("note.version", equalTo(1));
    }

    @Test
    void shouldKeepOneNotePerCadreAndDayAndRefuseFutureDays() {
        Team team = team();
        Map<String, Object> body = Map.of("day", TODAY.toString(), "note", "今日进站");
        given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/diaries/notes").then().statusCode(201);
        given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).body(Map.of("day", TODAY.toString(), "note", "再写一篇"))
                .when().post("/api/v1/diaries/notes")
                .then().statusCode(409).body("type", equalTo("urn:masswork:problem:diary-note-exists"));
        given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON)
                .body(Map.of("day", TODAY.plusDays(1).toString(), "note", "明天的事"))
                .when().post("/api/v1/diaries/notes")
                .then().statusCode(400).body("errors.field", contains("day"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> notes.count("cadreId", team.memberId()))).isEqualTo(1);
    }

    @Test
    void shouldKeepAnotherStationsCadreAndTownshipOutOfADiary() {
        Team mine = team();
        Team other = team();
        visit(mine.memberToken(), household(mine), TODAY, false, null);

        given().auth().oauth2(other.memberToken()).when().get("/api/v1/diaries/{cadre}/{day}", mine.memberId(), TODAY.toString())
                .then().statusCode(403);
        given().auth().oauth2(other.officerToken()).when().get("/api/v1/diaries/{cadre}/{day}", mine.memberId(), TODAY.toString())
                .then().statusCode(403);
        given().auth().oauth2(mine.officerToken()).when().get("/api/v1/diaries/{cadre}/{day}", mine.memberId(), TODAY.toString())
                .then().statusCode(200).body("visits.size()", equalTo(1));
    }
}
