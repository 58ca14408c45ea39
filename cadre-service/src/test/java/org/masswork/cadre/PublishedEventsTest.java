package org.masswork.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cadre.household.HouseholdWorkData.assign;
import static org.masswork.cadre.household.HouseholdWorkData.household;
import static org.masswork.cadre.household.HouseholdWorkData.householdBody;
import static org.masswork.cadre.household.HouseholdWorkData.issueCard;
import static org.masswork.cadre.household.HouseholdWorkData.team;
import static org.masswork.cadre.household.HouseholdWorkData.visit;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.household.HouseholdWorkData.Team;
import org.masswork.cadre.station.StationRegistered;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.testing.PublishedEvents;

/** Every event type cadre-service publishes, on its optional paths too, as docs/asyncapi.yaml describes it. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class PublishedEventsTest {

    private static final YearMonth LAST_MONTH = County.thisMonth().minusMonths(1);

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldPublishEveryEventTypeOfItsChannelAsTheCatalogueDescribesIt() {
        PublishedEvents published = PublishedEvents.mark();
        Team team = team(LAST_MONTH.minusMonths(2).atDay(1));

        // Households, a card (re-issued after the team grew), visits confirmed at once, later, and not at all.
        UUID first = household(team);
        UUID second = household(team);
        issueCard(team, first);
        assign(CadreTestData.generalCadre("ECONOMIC"), team.stationId(), "MEMBER", County.today().minusDays(1));
        List<String> codes = issueCard(team, first).getList("confirmationCodes");
        visit(team.memberToken(), first, LAST_MONTH.atDay(10), false, Map.of("code", codes.get(0)));
        UUID confirmedLater = visit(team.memberToken(), second, LAST_MONTH.atDay(12), true, null);
        given().auth().oauth2(team.leaderToken()).contentType(ContentType.JSON).body(Map.of("countersignatureRef", "签字单-118"))
                .when().post("/api/v1/visits/{id}/confirmation", confirmedLater).then().statusCode(200);
        visit(team.leaderToken(), second, LAST_MONTH.atDay(14), false, null);

        String lateCheckIn = given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", team.memberId(), "stationId", team.stationId(),
                        "recordedAt", LAST_MONTH.atDay(26).atTime(LocalTime.of(9, 0)).atZone(County.ZONE).toOffsetDateTime().toString()))
                .when().post("/api/v1/check-ins").then().statusCode(201).body("kind", equalTo("STATION_DAY"))
                .body("credit", equalTo("LATE")).extract().path("id");
        // Received after its day's credit window: it counts, and StationDayAttended is sent, once the leader confirms it.
        given().auth().oauth2(team.leaderToken()).contentType(ContentType.JSON).body(Map.of("reason", "组长当天在站见到"))
                .when().post("/api/v1/check-ins/{id}/confirmation", lateCheckIn).then().statusCode(200)
                .body("credit", equalTo("CONFIRMED"));
        given().auth().oauth2(team.leaderToken()).contentType(ContentType.JSON)
                .body(Map.of("stationId", team.stationId(), "month", LAST_MONTH.toString(), "summary", "走访两户"))
                .when().post("/api/v1/monthly-reports").then().statusCode(201);

        // A station with a member and no leader: its card names no leader.
        UUID villageId = CadreTestData.village(team.townshipId(), "ORDINARY");
        UUID stationId = CadreTestData.station(villageId);
        UUID memberId = CadreTestData.generalCadre("TECHNICAL");
        UUID assignmentId = CadreTestData.assign(memberId, stationId, "MEMBER");
        String member = TestTokens.cadre(memberId, stationId, team.townshipId());
        UUID leaderless = UUID.fromString(given().auth().oauth2(member).contentType(ContentType.JSON).body(householdBody(villageId))
                .when().post("/api/v1/households").then().statusCode(201).extract().<String>path("id"));
        given().auth().oauth2(member).contentType(ContentType.JSON).body(Map.of("householdId", leaderless))
                .when().post("/api/v1/contact-cards").then().statusCode(201);

        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("type", "DISORDERLY", "reason", "治安问题突出", "version", 0))
                .when().put("/api/v1/villages/{id}/type", team.villageId()).then().statusCode(200);
        // The leaderless station handed over to a successor (StationHandedOver), whose term then ends.
        String successorAssignmentId = given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("successorCadreId", CadreTestData.generalCadre("TECHNICAL"), "version", 0))
                .when().post("/api/v1/assignments/{id}/handover", assignmentId).then().statusCode(201)
                .extract().path("successor.id");
        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("endedOn", County.today().toString(), "reason", "ROTATION", "version", 0))
                .when().post("/api/v1/assignments/{id}/end", successorAssignmentId).then().statusCode(200);

        given().auth().oauth2(TestTokens.province("province-admin", "PROVINCE_ADMIN")).contentType(ContentType.JSON)
                .body(Map.of("code", CadreTestData.uniqueCode("C"), "name", "青山县", "zone", "Asia/Shanghai"))
                .when().post("/api/v1/counties").then().statusCode(201);

        assertThat(published.mismatches(StationRegistered.class)).isEmpty();
    }
}
