package org.masswork.cadre.checkin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.cadre.household.HouseholdWorkData.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.RacingWrites;
import org.masswork.cadre.assignment.AssignmentRepository;
import org.masswork.cadre.county.CountyClocks;
import org.masswork.cadre.household.HouseholdWorkData.Team;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.outbox.OutboxEvent;

/**
 * A check-in counts when the server receives it by the end of the day after its day (county calendar), or once the
 * station's leader confirms it: a late one is kept, shown as pending, and announced (StationDayAttended) only then.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class LateCheckInTest {

    private static final YearMonth LAST_MONTH = County.thisMonth().minusMonths(1);
    private static final LocalDate STATION_DAY = LAST_MONTH.atDay(25);

    @Inject
    CheckInRepository checkIns;

    @Inject
    AssignmentRepository assignments;

    @Inject
    ObjectMapper mapper;

    @Inject
    DataSource database;

    private Team team;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void stationATeam() {
        team = team();
    }

    @Test
    void shouldKeepAStationDayReceivedAfterItsCreditWindowAsLateWithoutCountingOrAnnouncingIt() {
        CountyClocks.stoppedAt(STATION_DAY.plusDays(2).atStartOfDay());

        String id = checkIn(team.memberToken(), team.memberId(), STATION_DAY).then().statusCode(201)
                .body("kind", equalTo("STATION_DAY")).body("credited", equalTo(false))
                .body("credit", equalTo("LATE")).body("creditLabel", equalTo("逾期补录,待确认"))
                .body("confirmedBy", nullValue())
                .extract().path("id");

        CheckIn stored = stored(id);
        assertThat(stored.late).isTrue();
        assertThat(stored.credited).isFalse();
        assertThat(stationDayEvents(id)).as("no StationDayAttended for a late check-in").isZero();
        assertMemberAttendance(0, 1);
        given().auth().oauth2(team.officerToken()).queryParam("month", LAST_MONTH.toString())
                .when().get("/api/v1/attendance/missed")
                .then().statusCode(200).body("items.cadreId", hasItem(team.memberId().toString()));
        given().auth().oauth2(team.leaderToken()).queryParam("month", LAST_MONTH.toString()).queryParam("pending", true)
                .when().get("/api/v1/check-ins")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items.id", contains(id));
    }

    @Test
    void shouldCreditAnOfflineReplayReceivedBeforeTheEndOfTheNextDay() {
        CountyClocks.stoppedAt(STATION_DAY.plusDays(1).atTime(23, 59, 30));

        String id = checkIn(team.memberToken(), team.memberId(), STATION_DAY).then().statusCode(201)
                .body("credited", equalTo(true)).body("credit", equalTo("ON_TIME"))
                .body("checkedInOn", equalTo(STATION_DAY.toString()))
                .extract().path("id");

        assertThat(stored(id).late).isFalse();
        assertThat(stationDayEvents(id)).isEqualTo(1);
        assertMemberAttendance(1, 0);
    }

    @Test
    void shouldCreditALateStationDayOnceWhenTheStationsLeaderConfirmsItAndAnswerAReplayWithTheFirstResult() throws Exception {
        String id = lateCheckIn();
        String key = UUID.randomUUID().toString();

        Response confirmed = confirm(team.leaderToken(), id, key, "组长当天在站见到本人，手机无信号次日后补传");
        confirmed.then().statusCode(200)
                .body("credited", equalTo(true)).body("credit", equalTo("CONFIRMED"))
                .body("confirmedBy", equalTo(team.leaderId().toString())).body("confirmedByOfficer", nullValue())
                .body("confirmationReason", equalTo("组长当天在站见到本人，手机无信号次日后补传"));
        Response replay = confirm(team.leaderToken(), id, key, "组长当天在站见到本人，手机无信号次日后补传");
        replay.then().statusCode(200).body("confirmedAt", equalTo(confirmed.path("confirmedAt")))
                .body("version", equalTo(confirmed.<Integer>path("version")));
        confirm(team.leaderToken(), id, UUID.randomUUID().toString(), "再确认一次").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:masswork:problem:check-in-credited"));

        List<OutboxEvent> events = stationDayEventsOf(id);
        assertThat(events).as("one StationDayAttended, written by the confirmation").hasSize(1);
        JsonNode data = mapper.readTree(events.get(0).envelope).path("data");
        assertThat(data.path("cadreId").asText()).isEqualTo(team.memberId().toString());
        assertThat(data.path("stationId").asText()).isEqualTo(team.stationId().toString());
        assertThat(data.path("villageId").asText()).isEqualTo(team.villageId().toString());
        assertThat(data.path("date").asText()).isEqualTo(STATION_DAY.toString());
        CheckIn stored = stored(id);
        assertThat(stored.late).as("still shown as received late").isTrue();
        assertThat(stored.credited).isTrue();
        assertThat(stored.confirmedBy).isEqualTo(team.leaderId());
        assertMemberAttendance(1, 0);
    }

    @Test
    void shouldConfirmOnceWhenTwoConfirmationsOfOneLateCheckInComeAtTheSameMoment() throws Exception {
        String id = lateCheckIn();
        Supplier<Response> confirmation = () -> confirm(team.leaderToken(), id, UUID.randomUUID().toString(), "组长确认在站");

        List<Response> answers = RacingWrites.race(database, "check_in", List.of(confirmation, confirmation)).stream()
                .sorted(Comparator.comparingInt(Response::statusCode)).toList();

        answers.get(0).then().statusCode(200).body("credit", equalTo("CONFIRMED"));
        answers.get(1).then().statusCode(409).contentType("application/problem+json");
        assertThat(stationDayEvents(id)).as("one StationDayAttended for two confirmations at once").isEqualTo(1);
        assertThat(stored(id).version).as("confirmed once").isEqualTo(answers.get(0).<Integer>path("version").longValue());
    }

    @Test
    void shouldNotLetALeaderOfAnotherStationTheCadreThemselfOrTheLeaderForThemselfConfirmAndChangeNothing() {
        String id = lateCheckIn();
        Team other = team();

        confirm(other.leaderToken(), id, null, "不是本站").then().statusCode(404)
                .contentType("application/problem+json");
        confirm(team.memberToken(), id, null, "自己确认").then().statusCode(403);
        confirm(team.leaderToken(), id, null, "   ").then().statusCode(400).body("errors.field", hasItem("reason"));
        confirm(team.leaderToken(), UUID.randomUUID().toString(), null, "没有这条").then().statusCode(404);
        CountyClocks.stoppedAt(STATION_DAY.plusDays(3).atTime(9, 0));
        String leadersOwn = checkIn(team.leaderToken(), team.leaderId(), STATION_DAY).then().statusCode(201)
                .body("credited", equalTo(false)).extract().path("id");
        CountyClocks.running();
        confirm(team.leaderToken(), leadersOwn, null, "本人").then().statusCode(422)
                .body("type", equalTo("urn:masswork:problem:own-check-in"));

        assertThat(stored(id).credited).isFalse();
        assertThat(stored(id).confirmedBy).isNull();
        assertThat(stored(leadersOwn).credited).isFalse();
        assertThat(stationDayEvents(id) + stationDayEvents(leadersOwn)).isZero();
    }

    @Test
    void shouldLetAnOfficerOfTheStationsTownshipConfirmTheLeadersOwnLateCheckInOnce() throws Exception {
        String leadersOwn = lateCheckIn(team.leaderToken(), team.leaderId());
        confirm(team.leaderToken(), leadersOwn, null, "本人确认").then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("urn:masswork:problem:own-check-in"))
                .body("detail", containsString("乡镇"));
        String key = UUID.randomUUID().toString();

        Response confirmed = confirm(team.officerToken(), leadersOwn, key, "乡镇督查当天电话核实组长在站");
        confirmed.then().statusCode(200)
                .body("credited", equalTo(true)).body("credit", equalTo("CONFIRMED"))
                .body("confirmedBy", nullValue())
                .body("confirmedByOfficer", equalTo("township-officer-" + team.townshipId()))
                .body("confirmationReason", equalTo("乡镇督查当天电话核实组长在站"));
        confirm(team.officerToken(), leadersOwn, key, "乡镇督查当天电话核实组长在站").then().statusCode(200)
                .body("confirmedAt", equalTo(confirmed.path("confirmedAt")))
                .body("version", equalTo(confirmed.<Integer>path("version")));
        confirm(team.officerToken(), leadersOwn, UUID.randomUUID().toString(), "再确认一次").then().statusCode(409)
                .body("type", equalTo("urn:masswork:problem:check-in-credited"));

        List<OutboxEvent> events = stationDayEventsOf(leadersOwn);
        assertThat(events).as("one StationDayAttended, written by the officer's confirmation").hasSize(1);
        JsonNode data = mapper.readTree(events.get(0).envelope).path("data");
        assertThat(data.path("cadreId").asText()).isEqualTo(team.leaderId().toString());
        assertThat(data.path("townshipId").asText()).isEqualTo(team.townshipId().toString());
        assertThat(data.path("date").asText()).isEqualTo(STATION_DAY.toString());
        CheckIn stored = stored(leadersOwn);
        assertThat(stored.credited).isTrue();
        assertThat(stored.late).isTrue();
        assertThat(stored.confirmedBy).isNull();
        assertThat(stored.confirmedByOfficer).isEqualTo("township-officer-" + team.townshipId());
        assertThat(stored.confirmationReason).isEqualTo("乡镇督查当天电话核实组长在站");
        assertThat(stored.confirmedAt).isNotNull();
        assertAttendance(team.leaderId(), 1, 0);
    }

    @Test
    void shouldNotLetAnOfficerOfAnotherTownshipOrForATeamMembersCheckInConfirmAndChangeNothing() {
        String leadersOwn = lateCheckIn(team.leaderToken(), team.leaderId());
        String membersOwn = lateCheckIn(team.memberToken(), team.memberId());
        Team other = team();

        confirm(other.officerToken(), leadersOwn, null, "别的乡镇").then().statusCode(403)
                .contentType("application/problem+json");
        confirm(other.officerToken(), UUID.randomUUID().toString(), null, "没有这条").then().statusCode(403)
                .contentType("application/problem+json");
        confirm(team.officerToken(), membersOwn, null, "队员的").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:leader-confirms-team"));
        confirm(TestTokens.token("officer-without-township", Set.of("TOWNSHIP_OFFICER"), Map.of()), leadersOwn, null, "无乡镇")
                .then().statusCode(403);

        for (String id : List.of(leadersOwn, membersOwn)) {
            CheckIn stored = stored(id);
            assertThat(stored.credited).isFalse();
            assertThat(stored.confirmedAt).isNull();
            assertThat(stored.confirmedByOfficer).isNull();
            assertThat(stationDayEvents(id)).isZero();
        }
        assertAttendance(team.leaderId(), 0, 1);
    }

    @Test
    void shouldLetAnOfficerConfirmAnyLateCheckInOfAStationWithoutALeader() {
        String formerLeaders = lateCheckIn(team.leaderToken(), team.leaderId());
        String membersOwn = lateCheckIn(team.memberToken(), team.memberId());
        UUID leadersAssignment = QuarkusTransaction.requiringNew().call(() -> assignments.activeForCadre(team.leaderId()).orElseThrow().id);
        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("endedOn", County.today().toString(), "reason", "RECALLED", "version", 0))
                .when().post("/api/v1/assignments/{id}/end", leadersAssignment).then().statusCode(200);

        for (String id : List.of(formerLeaders, membersOwn)) {
            confirm(team.officerToken(), id, null, "站长空缺，乡镇核实").then().statusCode(200)
                    .body("credit", equalTo("CONFIRMED"))
                    .body("confirmedByOfficer", equalTo("township-officer-" + team.townshipId()));
            assertThat(stored(id).credited).isTrue();
            assertThat(stationDayEvents(id)).isEqualTo(1);
        }
    }

    /** The member's check-in of the station day, received two days after it. */
    private String lateCheckIn() {
        return lateCheckIn(team.memberToken(), team.memberId());
    }

    /** The cadre's check-in of the station day, received two days after it. */
    private String lateCheckIn(String token, UUID cadreId) {
        CountyClocks.stoppedAt(STATION_DAY.plusDays(2).atTime(8, 0));
        String id = checkIn(token, cadreId, STATION_DAY).then().statusCode(201)
                .body("credited", equalTo(false)).extract().path("id");
        CountyClocks.running();
        return id;
    }

    private void assertMemberAttendance(int attended, int pending) {
        assertAttendance(team.memberId(), attended, pending);
    }

    private void assertAttendance(UUID cadreId, int attended, int pending) {
        String member = "items.find { it.cadreId == '" + cadreId + "' }.";
        given().auth().oauth2(team.memberToken()).queryParam("month", LAST_MONTH.toString())
                .when().get("/api/v1/attendance")
                .then().statusCode(200)
                .body(member + "stationDaysAttended", equalTo(attended)).body(member + "stationDaysPending", equalTo(pending));
    }

    private CheckIn stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> checkIns.findById(UUID.fromString(id)));
    }

    private long stationDayEvents(String checkInId) {
        return stationDayEventsOf(checkInId).size();
    }

    private List<OutboxEvent> stationDayEventsOf(String checkInId) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.list("type = 'StationDayAttended' and envelope like ?1", "%" + checkInId + "%"));
    }

    private Response checkIn(String token, UUID cadreId, LocalDate day) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("cadreId", cadreId, "stationId", team.stationId(),
                        "recordedAt", day.atTime(LocalTime.of(9, 30)).atZone(County.ZONE).toOffsetDateTime().toString()))
                .when().post("/api/v1/check-ins");
    }

    private static Response confirm(String token, String checkInId, String idempotencyKey, String reason) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", reason));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post("/api/v1/check-ins/{id}/confirmation", checkInId);
    }
}
