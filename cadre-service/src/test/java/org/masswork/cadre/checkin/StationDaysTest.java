package org.masswork.cadre.checkin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.masswork.cadre.CadreTestData.assignment;
import static org.masswork.cadre.CadreTestData.generalCadre;
import static org.masswork.cadre.CadreTestData.stationOfType;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.county.CountyClocks;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.outbox.OutboxEvent;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class StationDaysTest {

    /** Last month is always complete, and its 25th is always within the 45 days a phone may lag (late, then). */
    private static final YearMonth LAST_MONTH = County.thisMonth().minusMonths(1);

    @Inject
    CheckInRepository checkIns;

    private UUID stationId;
    private UUID cadreId;
    private String cadreToken;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void stationACadre() {
        stationId = stationOfType("POOR");
        cadreId = generalCadre("ECONOMIC");
        Map<String, Object> body = assignment(cadreId, stationId, "MEMBER");
        body.put("startsOn", LAST_MONTH.minusMonths(1).atDay(1).toString());
        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/assignments").then().statusCode(201);
        cadreToken = TestTokens.cadre(cadreId, stationId, UUID.randomUUID());
    }

    @Test
    void shouldCountThe25thTo27thAsStationDaysAndOtherDaysAsExtraVisitsEachWhenReceivedWithinItsCreditWindow() {
        CountyClocks.stoppedAt(LAST_MONTH.atDay(28).atTime(20, 0));
        checkIn(cadreToken, cadreId, stationId, LAST_MONTH.atDay(27)).then().statusCode(201)
                .body("kind", equalTo("STATION_DAY")).body("kindLabel", equalTo("进站日"))
                .body("checkedInOn", equalTo(LAST_MONTH.atDay(27).toString())).body("credited", equalTo(true));
        checkIn(cadreToken, cadreId, stationId, LAST_MONTH.atDay(28)).then().statusCode(201)
                .body("kind", equalTo("EXTRA_VISIT")).body("credited", equalTo(true));
        checkIn(cadreToken, cadreId, stationId, LAST_MONTH.atDay(25)).then().statusCode(201)
                .body("kind", equalTo("STATION_DAY")).body("credited", equalTo(false)).body("credit", equalTo("LATE"));

        given().auth().oauth2(cadreToken).queryParam("month", LAST_MONTH.toString())
                .when().get("/api/v1/attendance")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].cadreId", equalTo(cadreId.toString()))
                .body("items[0].stationDaysDue", equalTo(3))
                .body("items[0].stationDaysAttended", equalTo(1))
                .body("items[0].stationDaysPending", equalTo(1))
                .body("items[0].extraVisits", equalTo(1))
                .body("items[0].extraVisitsPending", equalTo(0));
        String townshipId = given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/stations/{id}", stationId)
                .then().statusCode(200).extract().path("townshipId");
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("month", LAST_MONTH.toString()).queryParam("townshipId", townshipId)
                .when().get("/api/v1/attendance/stations")
                .then().statusCode(200)
                .body("items[0].stationDaysAttended", equalTo(1)).body("items[0].stationDaysPending", equalTo(1));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("month", LAST_MONTH.toString()).queryParam("size", 100)
                .when().get("/api/v1/attendance/missed")
                .then().statusCode(200).body("items.cadreId", hasItem(cadreId.toString()));
        long events = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("type = 'StationDayAttended' and envelope like ?1", "%" + cadreId + "%"));
        assertThat(events).as("one event for the credited station day, none for the late one or the extra visit").isEqualTo(1);
    }

    @Test
    void shouldRejectACheckInAtAStationTheCadreIsNotOn() {
        UUID otherStation = stationOfType("POOR");
        checkIn(TestTokens.cadre(cadreId, otherStation, UUID.randomUUID()), cadreId, otherStation, LAST_MONTH.atDay(25))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:not-on-station"));
        assertThat(checkInsOf(cadreId)).isZero();
    }

    @Test
    void shouldRefuseASecondCheckInTheSameDayAFutureOneAndOneForSomeoneElse() {
        checkIn(cadreToken, cadreId, stationId, LAST_MONTH.atDay(26)).then().statusCode(201);
        checkIn(cadreToken, cadreId, stationId, LAST_MONTH.atDay(26)).then().statusCode(409)
                .body("type", equalTo("urn:masswork:problem:already-checked-in"));
        checkIn(cadreToken, cadreId, stationId, County.today().plusDays(2)).then().statusCode(400)
                .body("errors.field", contains("recordedAt"));
        checkIn(TestTokens.cadre(UUID.randomUUID(), stationId, UUID.randomUUID()), cadreId, stationId, LAST_MONTH.atDay(25))
                .then().statusCode(403);
        assertThat(checkInsOf(cadreId)).isEqualTo(1);
    }

    private long checkInsOf(UUID cadre) {
        return QuarkusTransaction.requiringNew().call(() -> checkIns.count("cadreId", cadre));
    }

    private static Response checkIn(String token, UUID cadre, UUID station, LocalDate day) {
        Map<String, Object> body = new HashMap<>();
        body.put("cadreId", cadre);
        body.put("stationId", station);
        body.put("recordedAt", day.atTime(LocalTime.of(9, 30)).atZone(County.ZONE).toOffsetDateTime().toString());
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/check-ins");
    }
}
