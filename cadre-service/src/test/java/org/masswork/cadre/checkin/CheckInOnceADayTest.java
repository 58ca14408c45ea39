package org.masswork.cadre.checkin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.RacingWrites;
import org.masswork.cadre.county.CountyClocks;
import org.masswork.platform.testing.RoundTrips;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.outbox.OutboxEvent;

/** One check-in per cadre, station and day: the database's constraint decides, and is answered as the rule. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class CheckInOnceADayTest {

    private static final YearMonth LAST_MONTH = County.thisMonth().minusMonths(1);

    @Inject
    CheckInRepository checkIns;

    @Inject
    DataSource database;

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
    void shouldRecordOneOfTwoCheckInsOfTheSameDaySentAtTheSameMomentAndRefuseTheOtherAsAlreadyCheckedIn() throws Exception {
        LocalDate stationDay = LAST_MONTH.atDay(25);
        receivedOn(stationDay);
        Supplier<Response> checkIn = () -> checkIn(cadreToken, stationDay, UUID.randomUUID().toString());

        List<Response> answers = RacingWrites.race(database, "check_in", List.of(checkIn, checkIn)).stream()
                .sorted(Comparator.comparingInt(Response::statusCode)).toList();

        answers.get(0).then().statusCode(201).body("kind", equalTo("STATION_DAY"));
        answers.get(1).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:already-checked-in"))
                .body("title", equalTo("与当前状态冲突"));
        assertThat(checkInsOn(stationDay)).isEqualTo(1);
        assertThat(stationDayEvents()).as("one StationDayAttended, of the check-in recorded").isEqualTo(1);
        assertThat(stationDayEvents(answers.get(0).path("id"))).isEqualTo(1);
    }

    @Test
    void shouldAnswerBothOfTwoCheckInsWithOneIdempotencyKeyAtTheSameMomentWithTheFirstCheckIn() throws Exception {
        LocalDate stationDay = LAST_MONTH.atDay(27);
        receivedOn(stationDay);
        String key = UUID.randomUUID().toString();
        Supplier<Response> checkIn = () -> checkIn(cadreToken, stationDay, key);

        List<Response> answers = RacingWrites.race(database, "check_in", List.of(checkIn, checkIn));

        answers.get(0).then().statusCode(201);
        answers.get(1).then().statusCode(201).body("id", equalTo(answers.get(0).path("id")));
        checkIn(cadreToken, stationDay, key).then().statusCode(201).body("id", equalTo(answers.get(0).path("id")));
        assertThat(checkInsOn(stationDay)).isEqualTo(1);
        assertThat(stationDayEvents()).isEqualTo(1);
    }

    @Test
    void shouldRefuseASecondCheckInOfTheDayAsAlreadyCheckedInWithoutASecondEvent() {
        LocalDate stationDay = LAST_MONTH.atDay(26);
        receivedOn(stationDay);
        checkIn(cadreToken, stationDay, null).then().statusCode(201);

        checkIn(cadreToken, stationDay, UUID.randomUUID().toString()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:already-checked-in"))
                .body("status", equalTo(409));
        assertThat(checkInsOn(stationDay)).isEqualTo(1);
        assertThat(stationDayEvents()).isEqualTo(1);
    }

    @Test
    void shouldCheckInOnAStationDayInThreeRoundTripsToTheDatabaseWithTheCommit() {
        receivedOn(LAST_MONTH.atDay(27));
        checkIn(cadreToken, LAST_MONTH.atDay(24), UUID.randomUUID().toString()).then().statusCode(201);
        String key = UUID.randomUUID().toString();

        Response recorded = given().auth().oauth2(cadreToken).header(RoundTrips.HEADER, "count")
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body(LAST_MONTH.atDay(27)))
                .when().post("/api/v1/check-ins");

        recorded.then().statusCode(201).body("kind", equalTo("STATION_DAY"));
        assertThat(Integer.parseInt(recorded.header(RoundTrips.HEADER)))
                .as("the assignment with its station, one insert of the check-in, its event and the idempotency record,"
                        + " the commit (the key is taken unread: a replay breaks its record's key and is run again)")
                .isEqualTo(3);
        assertThat(stationDayEvents(recorded.path("id"))).isEqualTo(1);
        checkIn(cadreToken, LAST_MONTH.atDay(27), key).then().statusCode(201).body("id", equalTo(recorded.path("id")));
        assertThat(checkInsOn(LAST_MONTH.atDay(27))).isEqualTo(1);
    }

    /** The server receives the check-ins on that day, within their credit window: they count and are announced. */
    private static void receivedOn(LocalDate day) {
        CountyClocks.stoppedAt(day.atTime(18, 0));
    }

    private long checkInsOn(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> checkIns.count("cadreId = ?1 and checkedInOn = ?2", cadreId, day));
    }

    private long stationDayEvents() {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("type = 'StationDayAttended' and envelope like ?1", "%" + cadreId + "%"));
    }

    private long stationDayEvents(String checkInId) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("type = 'StationDayAttended' and envelope like ?1", "%" + checkInId + "%"));
    }

    private Response checkIn(String token, LocalDate day, String idempotencyKey) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body(day));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post("/api/v1/check-ins");
    }

    private Map<String, Object> body(LocalDate day) {
        Map<String, Object> body = new HashMap<>();
        body.put("cadreId", cadreId);
        body.put("stationId", stationId);
        body.put("recordedAt", day.atTime(LocalTime.of(9, 30)).atZone(County.ZONE).toOffsetDateTime().toString());
        return body;
    }
}
