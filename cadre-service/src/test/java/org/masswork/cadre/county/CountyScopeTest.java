package org.masswork.cadre.county;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.CadreTestData;
import org.masswork.cadre.household.HouseholdWorkData;
import org.masswork.infra.County;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

/**
 * Two counties in one deployment: the default county's roles (its administrator, a township officer, a station's
 * cadres) are refused every operation on another county's records by id, as for another township (403, or 404 where
 * the endpoint hides existence), nothing of the other county changes, and their lists hold none of its rows. Every
 * event of the other county's records names it (countyid).
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class CountyScopeTest {

    private static final String TOPIC = "masswork.cadre.events";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YearMonth LAST_MONTH = County.thisMonth().minusMonths(1);

    /** The other county's records, made once for every test of the class. */
    private static OtherCounty other;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldRefuseTheDefaultCountysAdministratorEveryRecordOfAnotherCountyAndChangeNothing() {
        OtherCounty other = other();
        String admin = TestTokens.countyAdmin();
        UUID ownCadre = CadreTestData.generalCadre("ECONOMIC");

        refused(admin, 404).get("/api/v1/counties/{id}", other.countyId);
        refused(admin, 404).get("/api/v1/townships/{id}", other.townshipId);
        refused(admin, 404).get("/api/v1/townships/{id}/rotation-plan", other.townshipId);
        refused(admin, 404).get("/api/v1/villages/{id}", other.villageId);
        refused(admin, 404).get("/api/v1/villages/{id}/type-history", other.villageId);
        refused(admin, 404).body(Map.of("type", "DISORDERLY", "reason", "治安问题突出", "version", 0))
                .put("/api/v1/villages/{id}/type", other.villageId);
        refused(admin, 404).get("/api/v1/stations/{id}", other.stationId);
        refused(admin, 404).get("/api/v1/stations/{id}/team", other.stationId);
        refused(admin, 403).get("/api/v1/stations/{id}/replacement-candidates", other.stationId);
        refused(admin, 404).get("/api/v1/departments/{id}", other.departmentId);
        refused(admin, 404).get("/api/v1/cadres/{id}", other.memberId);
        refused(admin, 403).get("/api/v1/cadres/{id}/promotion-eligibility", other.memberId);
        refused(admin, 404).get("/api/v1/assignments/{id}", other.leaderAssignmentId);
        refused(admin, 404).body(Map.of("endedOn", County.today().toString(), "reason", "ROTATION", "version", 0))
                .post("/api/v1/assignments/{id}/end", other.leaderAssignmentId);
        refused(admin, 404).body(Map.of("successorCadreId", ownCadre, "version", 0))
                .post("/api/v1/assignments/{id}/handover", other.memberAssignmentId);
        refused(admin, 404).get("/api/v1/households/{id}", other.householdId);
        refused(admin, 404).body(householdUpdate()).put("/api/v1/households/{id}", other.householdId);
        refused(admin, 404).get("/api/v1/contact-cards/{id}", other.cardId);
        refused(admin, 404).get("/api/v1/visits/{id}", other.visitId);
        refused(admin, 404).get("/api/v1/monthly-reports/{id}", other.reportId);
        refused(admin, 403).get("/api/v1/village-ledgers/{id}", other.villageId);
        refused(admin, 403).get("/api/v1/diaries/{cadre}/{day}", other.memberId, other.noteDay.toString());

        // What takes the other county's records in a body or a filter, not in the path, is refused alike.
        refused(admin, 422).body(Map.of("villageId", other.villageId, "name", "外县工作站")).post("/api/v1/stations");
        refused(admin, 422).body(CadreTestData.assignment(ownCadre, other.stationId, "MEMBER")).post("/api/v1/assignments");
        refused(admin, 403).body(HouseholdWorkData.householdBody(other.villageId)).post("/api/v1/households");
        refused(admin, 403).body(Map.of("householdId", other.householdId)).post("/api/v1/contact-cards");
        refused(admin, 404).queryParam("householdId", other.householdId).get("/api/v1/contact-cards");

        other.assertUnchanged();
    }

    /**
     * A token of this county whose claims name the other county's own township or cadre (a forged or stale claim):
     * a claim counts only in the county its token names, so none of these is the caller's own record.
     */
    @Test
    void shouldNotTakeClaimsOfAnotherCountysTownshipOrCadreForTheCallersOwn() {
        OtherCounty other = other();
        refused(TestTokens.townshipOfficer(other.townshipId), 404).get("/api/v1/townships/{id}/rotation-plan", other.townshipId);
        String claimingTheMember = TestTokens.cadre(other.memberId, other.stationId, other.townshipId);
        refused(claimingTheMember, 404).get("/api/v1/assignments/{id}", other.memberAssignmentId);
        refused(claimingTheMember, 404).body(Map.of("note", "改写外县的日记", "version", 0))
                .put("/api/v1/diaries/notes/{id}", other.noteId);
        refused(claimingTheMember, 403).get("/api/v1/diaries/{cadre}/{day}", other.memberId, other.noteDay.toString());
        given().auth().oauth2(claimingTheMember).when().get("/api/v1/cadres/{id}", other.memberId)
                .then().statusCode(404);
    }

    @Test
    void shouldRefuseTheDefaultCountysTownshipOfficerAndCadresEveryRecordOfAnotherCountyAndChangeNothing() {
        OtherCounty other = other();
        HouseholdWorkData.Team team = HouseholdWorkData.team();
        String officer = team.officerToken();
        for (String caller : List.of(officer, team.memberToken(), team.leaderToken())) {
            refused(caller, 404).get("/api/v1/townships/{id}", other.townshipId);
            refused(caller, caller.equals(officer) ? 404 : 403).get("/api/v1/townships/{id}/rotation-plan", other.townshipId);
            refused(caller, 404).get("/api/v1/villages/{id}", other.villageId);
            refused(caller, 403).body(Map.of("type", "DISORDERLY", "reason", "治安问题突出", "version", 0))
                    .put("/api/v1/villages/{id}/type", other.villageId);
            refused(caller, 404).get("/api/v1/stations/{id}", other.stationId);
            refused(caller, 404).get("/api/v1/stations/{id}/team", other.stationId);
            refused(caller, 403).get("/api/v1/stations/{id}/replacement-candidates", other.stationId);
            refused(caller, 404).get("/api/v1/cadres/{id}", other.memberId);
            refused(caller, 403).get("/api/v1/cadres/{id}/promotion-eligibility", other.memberId);
            refused(caller, 404).get("/api/v1/assignments/{id}", other.leaderAssignmentId);
            refused(caller, 404).get("/api/v1/households/{id}", other.householdId);
            refused(caller, 404).body(householdUpdate()).put("/api/v1/households/{id}", other.householdId);
            refused(caller, 404).get("/api/v1/contact-cards/{id}", other.cardId);
            refused(caller, 404).get("/api/v1/visits/{id}", other.visitId);
            refused(caller, 404).get("/api/v1/monthly-reports/{id}", other.reportId);
            refused(caller, 403).get("/api/v1/village-ledgers/{id}", other.villageId);
            refused(caller, 403).get("/api/v1/diaries/{cadre}/{day}", other.memberId, other.noteDay.toString());
            refused(caller, 404).get("/api/v1/counties/{id}", other.countyId);
        }
        refused(officer, 403).body(Map.of("reason", "站长当天在站见到")).post("/api/v1/check-ins/{id}/confirmation", other.lateCheckInId);
        refused(team.leaderToken(), 404).body(Map.of("reason", "站长当天在站见到"))
                .post("/api/v1/check-ins/{id}/confirmation", other.lateCheckInId);
        for (String cadre : List.of(team.memberToken(), team.leaderToken())) {
            refused(cadre, 404).body(Map.of("countersignatureRef", "签字单-001")).post("/api/v1/visits/{id}/confirmation", other.visitId);
            refused(cadre, 404).body(Map.of("note", "改写外县的日记", "version", 0)).put("/api/v1/diaries/notes/{id}", other.noteId);
        }
        refused(officer, 403).body(Map.of("partyOrganisation", "县财政局党支部", "villageId", other.villageId,
                "pairedOn", County.today().toString())).post("/api/v1/pairings/sister");

        other.assertUnchanged();
    }

    @Test
    void shouldListOnlyTheCallersCounty() {
        OtherCounty other = other();
        String admin = TestTokens.countyAdmin();
        // The other county's own lists hold exactly its rows, though the default county has many.
        assertOnly(other.admin, "/api/v1/townships", Map.of(), other.townshipId);
        assertOnly(other.admin, "/api/v1/villages", Map.of(), other.villageId);
        assertOnly(other.admin, "/api/v1/stations", Map.of(), other.stationId);
        assertOnly(other.admin, "/api/v1/households", Map.of("stationId", other.stationId), other.householdId);
        assertOnly(other.admin, "/api/v1/visits", Map.of(), other.visitId);
        assertOnly(other.admin, "/api/v1/monthly-reports", Map.of(), other.reportId);
        assertOnly(other.admin, "/api/v1/check-ins", Map.of("month", other.lateCheckInMonth().toString(), "pending", true),
                other.lateCheckInId);
        assertOnly(other.admin, "/api/v1/counties", Map.of(), other.countyId);
        assertThat(given().auth().oauth2(other.admin).queryParam("size", 100).when().get("/api/v1/cadres")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class))
                .containsExactlyInAnyOrder(other.leaderId.toString(), other.memberId.toString());
        assertThat(given().auth().oauth2(other.admin).queryParam("size", 100).when().get("/api/v1/pairings/sister")
                .then().statusCode(200).extract().jsonPath().getList("items.villageId", String.class))
                .containsExactly(other.villageId.toString());
        assertThat(given().auth().oauth2(other.admin).queryParam("size", 100).when().get("/api/v1/assignments/matching-exceptions")
                .then().statusCode(200).extract().jsonPath().getList("items.id")).isEmpty();

        // The default county's filters naming the other county's township or station find nothing or are refused.
        given().auth().oauth2(admin).queryParam("townshipId", other.townshipId).when().get("/api/v1/stations")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(admin).queryParam("townshipId", other.townshipId).when().get("/api/v1/villages")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(admin).queryParam("townshipId", other.townshipId).when().get("/api/v1/visits").then().statusCode(403);
        given().auth().oauth2(admin).queryParam("stationId", other.stationId).when().get("/api/v1/visits").then().statusCode(403);
        given().auth().oauth2(admin).queryParam("stationId", other.stationId).when().get("/api/v1/households").then().statusCode(403);
        given().auth().oauth2(admin).queryParam("townshipId", other.townshipId).queryParam("month", LAST_MONTH.toString())
                .when().get("/api/v1/attendance/stations").then().statusCode(403);
        given().auth().oauth2(admin).queryParam("groupBy", "STATION").queryParam("townshipId", other.townshipId)
                .when().get("/api/v1/card-figures").then().statusCode(403);
        given().auth().oauth2(admin).queryParam("countyId", other.countyId).when().get("/api/v1/pairing-figures")
                .then().statusCode(403);
        List<String> defaultCounties = given().auth().oauth2(admin).when().get("/api/v1/counties").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
        assertThat(defaultCounties).containsExactly(TestTokens.DEFAULT_COUNTY.toString());
    }

    @Test
    void shouldGiveProvinceRolesEachCountysFiguresAndACountyRoleItsOwnOnly() {
        OtherCounty other = other();
        String province = TestTokens.province("province-inspector", "PROVINCE_INSPECTOR");
        JsonPath perCounty = given().auth().oauth2(province).queryParam("groupBy", "COUNTY").queryParam("size", 100)
                .when().get("/api/v1/card-figures").then().statusCode(200).extract().jsonPath();
        Map<String, Object> otherRow = perCounty.getMap("rows.find { it.countyId == '" + other.countyId + "' }");
        assertThat(otherRow).containsEntry("stations", 1).containsEntry("households", 1).containsEntry("householdsCovered", 1);
        assertThat(perCounty.getList("rows.countyId", String.class)).contains(TestTokens.DEFAULT_COUNTY.toString());
        given().auth().oauth2(province).queryParam("groupBy", "PROVINCE").when().get("/api/v1/pairing-figures")
                .then().statusCode(200).body("rows.size()", equalTo(1)).body("rows[0].countyId", nullValue());
        given().auth().oauth2(province).queryParam("groupBy", "TOWNSHIP").queryParam("countyId", other.countyId)
                .when().get("/api/v1/pairing-figures").then().statusCode(200)
                .body("rows.size()", equalTo(1)).body("rows[0].townshipId", equalTo(other.townshipId.toString()))
                .body("rows[0].countyId", equalTo(other.countyId.toString())).body("rows[0].sisterPairs", equalTo(1));
        given().auth().oauth2(province).queryParam("groupBy", "TOWNSHIP").when().get("/api/v1/pairing-figures")
                .then().statusCode(400).body("errors[0].field", equalTo("countyId"));
        // A county's role: its own county's one row; another county's, or the province's, is refused.
        given().auth().oauth2(other.admin).when().get("/api/v1/card-figures").then().statusCode(200)
                .body("rows.size()", equalTo(1)).body("rows[0].countyId", equalTo(other.countyId.toString()))
                .body("rows[0].households", equalTo(1));
        given().auth().oauth2(other.admin).queryParam("groupBy", "PROVINCE").when().get("/api/v1/card-figures").then().statusCode(403);
        given().auth().oauth2(other.admin).queryParam("countyId", TestTokens.DEFAULT_COUNTY).when().get("/api/v1/card-figures")
                .then().statusCode(403);
        // Province roles read figures and counties, nothing else of a county's.
        given().auth().oauth2(province).when().get("/api/v1/townships").then().statusCode(403);
        given().auth().oauth2(province).when().get("/api/v1/visits").then().statusCode(403);
    }

    @Test
    void shouldNameTheCountyInEveryEventOfItsRecords() {
        OtherCounty other = other();
        Set<String> subjects = Set.of(other.countyId, other.stationId, other.leaderId, other.memberId, other.leaderAssignmentId,
                other.householdId, other.cardId, other.visitId, other.reportId).stream().map(UUID::toString).collect(Collectors.toSet());
        Set<String> expected = Set.of("CountyRegistered", "StationRegistered", "CadreRegistered", "CadreAssigned",
                "HouseholdRegistered", "ContactCardIssued", "HouseholdVisited", "MonthlyReportSubmitted");
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> events = kafka.await(TOPIC, r -> subjects.contains(r.key()), 9, Duration.ofSeconds(30));
            List<JsonNode> envelopes = events.stream().map(CountyScopeTest::envelope).toList();
            assertThat(envelopes.stream().map(e -> e.path("type").asText()).collect(Collectors.toSet())).containsAll(expected);
            assertThat(envelopes).allSatisfy(e -> assertThat(e.path("countyid").asText()).as(e.path("type").asText())
                    .isEqualTo(other.countyId.toString()));
            assertThat(envelopes).allSatisfy(e -> assertThat(e.path("data").path("countyId").asText())
                    .as(e.path("type").asText()).isEqualTo(other.countyId.toString()));
        }
    }

    private static void assertOnly(String token, String path, Map<String, Object> query, UUID expected) {
        List<String> ids = given().auth().oauth2(token).queryParams(query).queryParam("size", 100).when().get(path)
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(ids).as(path).containsExactly(expected.toString());
    }

    /** A request whose answer must be the given denial. */
    private static Refused refused(String token, int status) {
        return new Refused(token, status);
    }

    private static Map<String, Object> householdUpdate() {
        return Map.of("version", 0, "headName", "改名", "address", "外县地址", "memberCount", 1, "tags", List.of());
    }

    private static JsonNode envelope(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(record.value(), e);
        }
    }

    private static synchronized OtherCounty other() {
        if (other == null) {
            other = new OtherCounty();
        }
        return other;
    }

    /** A request to send, and the status it must be refused with. */
    private static final class Refused {
        private final RequestSpecification request;
        private final int status;

        Refused(String token, int status) {
            this.request = given().auth().oauth2(token).contentType(ContentType.JSON);
            this.status = status;
        }

        Refused body(Object body) {
            request.body(body);
            return this;
        }

        Refused queryParam(String name, Object value) {
            request.queryParam(name, value);
            return this;
        }

        void get(String path, Object... params) {
            check(request.when().get(path, params), "GET " + path);
        }

        void put(String path, Object... params) {
            check(request.when().put(path, params), "PUT " + path);
        }

        void post(String path, Object... params) {
            check(request.when().post(path, params), "POST " + path);
        }

        private void check(Response response, String what) {
            assertThat(response.statusCode()).as(what + ": " + response.asString()).isEqualTo(status);
        }
    }

    /** A second county registered by the province, with a township, a station, its team and their work. */
    private static final class OtherCounty {
        final UUID countyId;
        final String admin;
        final UUID townshipId;
        final UUID villageId;
        final UUID stationId;
        final UUID departmentId;
        final UUID leaderId;
        final UUID memberId;
        final UUID leaderAssignmentId;
        final UUID memberAssignmentId;
        final String memberToken;
        final UUID householdId;
        final UUID cardId;
        final UUID visitId;
        final UUID lateCheckInId;
        final LocalDate noteDay = County.today();
        /** A day whose check-in, sent today, came after its credit window: late, waiting for confirmation. */
        static final LocalDate LATE_CHECK_IN_DAY = County.today().minusDays(3);
        final UUID noteId;
        final UUID reportId;

        OtherCounty() {
            countyId = create(TestTokens.province("province-admin", "PROVINCE_ADMIN"), "/api/v1/counties",
                    Map.of("code", CadreTestData.uniqueCode("C"), "name", "青山县", "zone", "Asia/Shanghai"));
            admin = TestTokens.inCounty(countyId, "county-admin-2", Set.of("COUNTY_ADMIN"), Map.of());
            townshipId = create(admin, "/api/v1/townships", Map.of("code", CadreTestData.uniqueCode("T"), "name", "青山镇"));
            villageId = create(admin, "/api/v1/villages", Map.of("townshipId", townshipId, "code", CadreTestData.uniqueCode("V"),
                    "name", "青山村", "kind", "VILLAGE", "type", "POOR"));
            stationId = create(admin, "/api/v1/stations", Map.of("villageId", villageId, "name", "青山村群众工作站"));
            departmentId = create(admin, "/api/v1/departments", Map.of("name", CadreTestData.uniqueCode("县局"),
                    "kind", "ECONOMIC", "level", "COUNTY"));
            leaderId = cadre("SECTION_LEVEL");
            memberId = cadre("GENERAL");
            LocalDate startsOn = LAST_MONTH.minusMonths(2).atDay(1);
            leaderAssignmentId = assign(leaderId, "LEADER", startsOn);
            memberAssignmentId = assign(memberId, "MEMBER", startsOn);
            Map<String, Object> at = Map.of("station", stationId.toString(), "township", townshipId.toString());
            memberToken = TestTokens.inCounty(countyId, memberId.toString(), Set.of("CADRE"), with(at, "cadre", memberId));
            String leaderToken = TestTokens.inCounty(countyId, leaderId.toString(), Set.of("STATION_LEADER"), with(at, "cadre", leaderId));

            householdId = create(memberToken, "/api/v1/households", HouseholdWorkData.householdBody(villageId));
            cardId = UUID.fromString(given().auth().oauth2(memberToken).contentType(ContentType.JSON).body(Map.of("householdId", householdId))
                    .when().post("/api/v1/contact-cards").then().statusCode(201).extract().path("card.id"));
            visitId = create(memberToken, "/api/v1/visits", HouseholdWorkData.visitBody(householdId, County.today().minusDays(1), true));
            lateCheckInId = create(memberToken, "/api/v1/check-ins", Map.of("cadreId", memberId, "stationId", stationId,
                    "recordedAt", LATE_CHECK_IN_DAY.atTime(LocalTime.of(9, 0)).atZone(County.ZONE).toOffsetDateTime().toString()));
            noteId = create(memberToken, "/api/v1/diaries/notes", Map.of("day", noteDay.toString(), "note", "走访青山村两户"));
            reportId = create(leaderToken, "/api/v1/monthly-reports", Map.of("stationId", stationId, "month", LAST_MONTH.toString(),
                    "summary", "走访一户"));
            create(admin, "/api/v1/pairings/sister", Map.of("partyOrganisation", "青山县财政局党支部", "villageId", villageId,
                    "pairedOn", County.today().toString()));
        }

        /** What the default county's callers tried to change is as the other county left it. */
        void assertUnchanged() {
            given().auth().oauth2(admin).when().get("/api/v1/villages/{id}", villageId).then().statusCode(200)
                    .body("type", equalTo("POOR")).body("version", equalTo(0));
            given().auth().oauth2(admin).when().get("/api/v1/villages/{id}/type-history", villageId).then().statusCode(200)
                    .body("size()", equalTo(0));
            given().auth().oauth2(admin).when().get("/api/v1/households/{id}", householdId).then().statusCode(200)
                    .body("version", equalTo(0)).body("headName", equalTo("王秀英"));
            given().auth().oauth2(admin).when().get("/api/v1/assignments/{id}", leaderAssignmentId).then().statusCode(200)
                    .body("endedOn", nullValue());
            given().auth().oauth2(admin).when().get("/api/v1/assignments/{id}", memberAssignmentId).then().statusCode(200)
                    .body("endedOn", nullValue());
            given().auth().oauth2(admin).when().get("/api/v1/visits/{id}", visitId).then().statusCode(200)
                    .body("confirmationMethod", nullValue());
            given().auth().oauth2(admin).queryParam("month", lateCheckInMonth().toString()).queryParam("pending", true)
                    .when().get("/api/v1/check-ins").then().statusCode(200).body("items.id", equalTo(List.of(lateCheckInId.toString())));
            given().auth().oauth2(memberToken).when().get("/api/v1/diaries/{cadre}/{day}", memberId, noteDay.toString())
                    .then().statusCode(200).body("note.note", equalTo("走访青山村两户"));
            given().auth().oauth2(admin).queryParam("stationId", stationId).when().get("/api/v1/households")
                    .then().statusCode(200).body("totalItems", equalTo(1));
            given().auth().oauth2(admin).when().get("/api/v1/stations").then().statusCode(200).body("totalItems", equalTo(1));
        }

        YearMonth lateCheckInMonth() {
            return YearMonth.from(LATE_CHECK_IN_DAY);
        }

        private UUID cadre(String rank) {
            return create(admin, "/api/v1/cadres", Map.of("name", "李青", "phone", "13812345678", "departmentId", departmentId,
                    "rank", rank, "backbone", false, "partyMember", true));
        }

        private UUID assign(UUID cadreId, String role, LocalDate startsOn) {
            Map<String, Object> body = CadreTestData.assignment(cadreId, stationId, role);
            body.put("startsOn", startsOn.toString());
            return create(admin, "/api/v1/assignments", body);
        }

        private static Map<String, Object> with(Map<String, Object> claims, String name, UUID value) {
            Map<String, Object> all = new HashMap<>(claims);
            all.put(name, value.toString());
            return all;
        }

        private static UUID create(String token, String path, Map<String, Object> body) {
            String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post(path).then().statusCode(201).extract().path("id");
            return UUID.fromString(id);
        }
    }
}
