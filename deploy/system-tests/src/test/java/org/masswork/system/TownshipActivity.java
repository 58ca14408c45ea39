package org.masswork.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.masswork.infra.Await;
import org.masswork.infra.County;
import org.masswork.infra.TestTokens;

/**
 * A township's month of work through the services' APIs, so that every consumer has something to build: three
 * stations, a team with a cadre who moves from one station to another, station days, household visits confirmed
 * at once or later, and cases taken through acceptance, escalation, resolution, rating, reopening and closing.
 */
final class TownshipActivity {

    final UUID townshipId;
    private final String cadreService;
    private final String caseService;
    private final String officer;

    private TownshipActivity(SystemUnderTest system, UUID townshipId) {
        this.cadreService = system.url("cadre-service");
        this.caseService = system.url("case-service");
        this.townshipId = townshipId;
        this.officer = TestTokens.townshipOfficer(townshipId);
    }

    static TownshipActivity run(SystemUnderTest system) {
        StationNetwork network = new StationNetwork(system.url("cadre-service"));
        TownshipActivity activity = new TownshipActivity(system, network.township());
        activity.work(network);
        return activity;
    }

    private void work(StationNetwork network) {
        List<UUID> villages = List.of(network.village(townshipId), network.village(townshipId), network.village(townshipId));
        List<UUID> stations = villages.stream().map(network::station).toList();
        UUID east = stations.get(0);
        UUID west = stations.get(1);
        UUID north = stations.get(2);

        LocalDate today = County.today();
        UUID departmentId = network.department();
        UUID zhang = network.cadre(departmentId);
        UUID li = network.cadre(departmentId);
        UUID wang = network.cadre(departmentId);
        network.assign(zhang, east, today.minusDays(40));
        UUID liAtEast = network.assign(li, east, today.minusDays(40));
        network.assign(wang, west, today.minusDays(40));
        UUID chen = network.cadre(departmentId, "SECTION_LEVEL");
        network.assign(chen, west, "LEADER", today.minusDays(40));
        endAssignment(liAtEast, today);
        network.assign(li, west, today);

        LocalDate stationDay = lastStationDay(today);
        checkIn(zhang, east, stationDay);
        confirmIfLate(checkIn(wang, west, stationDay), chen, west);

        UUID first = household(villages.get(0));
        UUID second = household(villages.get(0));
        UUID third = household(villages.get(1));
        visit(zhang, east, first, today, true);
        UUID unconfirmed = visit(zhang, east, second, today.minusDays(1), false);
        visit(wang, west, third, today, false);
        post(cadreService, "/api/v1/visits/" + unconfirmed + "/confirmation", TestTokens.cadre(zhang, east, townshipId),
                Map.of("countersignatureRef", "SIG-" + unconfirmed.toString().substring(0, 8)), 200);

        StationNetwork.awaitInCaseService(caseService, stations);
        Await.until("zhang serving the east station in case-service", Duration.ofSeconds(60), () ->
                given().baseUri(caseService).auth().oauth2(officer).when().get("/api/v1/station-directory/{id}/cadres", east)
                        .then().extract().body().asString().contains(zhang.toString()));
        for (int round = 0; round < 2; round++) {
            handle(fileCase(east), Map.of("action", "ACCEPT", "handlerCadreId", zhang), Map.of("action", "START"),
                    Map.of("action", "ESCALATE"), Map.of("action", "DE_ESCALATE"), resolve(), Map.of("action", "CLOSE"),
                    rating("SATISFIED"));
            handle(fileCase(east), Map.of("action", "ACCEPT"), Map.of("action", "START"), resolve(), rating("UNSATISFIED"),
                    resolve(), Map.of("action", "CLOSE"));
            handle(fileCase(west), Map.of("action", "REJECT", "reason", "不属于受理范围"));
            handle(fileCase(west), Map.of("action", "ACCEPT"), Map.of("action", "ESCALATE"));
            handle(fileCase(west), Map.of("action", "ACCEPT"), Map.of("action", "START"), resolve(), Map.of("action", "CLOSE"),
                    Map.of("action", "REOPEN", "note", "村民反映问题反弹"), resolve(), Map.of("action", "CLOSE"));
            fileCase(north);
        }
    }

    private void endAssignment(UUID assignmentId, LocalDate endedOn) {
        int version = given().baseUri(cadreService).auth().oauth2(admin()).when().get("/api/v1/assignments/{id}", assignmentId)
                .then().statusCode(200).extract().path("version");
        post(cadreService, "/api/v1/assignments/" + assignmentId + "/end", admin(),
                Map.of("endedOn", endedOn.toString(), "reason", "ROTATION", "version", version), 200);
    }

    /**
     * The latest station day (the 25th to 27th) up to today: within the 45 days a check-in may be late, and unless
     * today is one of them or the day after, past its credit window (it counts once the station's leader confirms it).
     */
    private static LocalDate lastStationDay(LocalDate today) {
        LocalDate day = today;
        while (day.getDayOfMonth() < 25 || day.getDayOfMonth() > 27) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Checks in; answers whether the check-in counts at once (else it came past its credit window), and its id. */
    private JsonPath checkIn(UUID cadreId, UUID stationId, LocalDate day) {
        OffsetDateTime noon = day.atTime(LocalTime.NOON).atZone(County.ZONE).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(County.ZONE);
        return given().baseUri(cadreService).auth().oauth2(TestTokens.cadre(cadreId, stationId, townshipId))
                .contentType(ContentType.JSON).body(Map.of("cadreId", cadreId, "stationId", stationId,
                        "recordedAt", (noon.isAfter(now) ? now : noon).toString()))
                .when().post("/api/v1/check-ins").then().statusCode(201).extract().jsonPath();
    }

    /** The station's leader confirms a check-in received late, so it counts and its StationDayAttended is written. */
    private void confirmIfLate(JsonPath checkIn, UUID leaderId, UUID stationId) {
        if (!checkIn.getBoolean("credited")) {
            String leader = TestTokens.token(leaderId.toString(), Set.of("STATION_LEADER"), Map.of("cadre", leaderId.toString(),
                    "station", stationId.toString(), "township", townshipId.toString()));
            post(cadreService, "/api/v1/check-ins/" + checkIn.getString("id") + "/confirmation", leader,
                    Map.of("reason", "组长当天在站见到本人，手机离线后补传"), 200);
        }
    }

    private UUID household(UUID villageId) {
        return post(cadreService, "/api/v1/households", admin(), Map.of("villageId", villageId, "headName", "王秀英",
                "address", "东沟村三组12号", "memberCount", 3));
    }

    private UUID visit(UUID cadreId, UUID stationId, UUID householdId, LocalDate day, boolean confirmedAtOnce) {
        Map<String, Object> body = new HashMap<>(Map.of("householdId", householdId, "visitedOn", day.toString(),
                "roles", List.of("POLICY_PUBLICIST", "DISPUTE_MEDIATOR"), "findings", "了解春耕用水情况", "followUpNeeded", false));
        if (confirmedAtOnce) {
            body.put("confirmation", Map.of("countersignatureRef", "SIG-" + householdId.toString().substring(0, 8)));
        }
        return post(cadreService, "/api/v1/visits", TestTokens.cadre(cadreId, stationId, townshipId), body);
    }

    private UUID fileCase(UUID stationId) {
        return post(caseService, "/api/v1/cases", officer, Map.of("kind", "DISPUTE", "channel", "STATION_DAY_WALK_IN",
                "category", "FAMILY_NEIGHBOUR_DISPUTE", "stationId", stationId,
                "villager", Map.of("name", "赵六", "phone", "13700001111"), "description", "两户因排水沟改道发生争执"));
    }

    private static Map<String, Object> resolve() {
        return Map.of("action", "RESOLVE", "method", "COUNSELLING", "note", "调解达成协议");
    }

    /** A rating recorded by the township's officer for the villager; not a transition, it has its own endpoint. */
    private static Map<String, Object> rating(String rating) {
        return Map.of("rating", rating);
    }

    @SafeVarargs
    private void handle(UUID caseId, Map<String, Object>... steps) {
        for (Map<String, Object> step : steps) {
            int version = given().baseUri(caseService).auth().oauth2(officer).when().get("/api/v1/cases/{id}", caseId)
                    .then().statusCode(200).extract().path("version");
            Map<String, Object> body = new HashMap<>(step);
            body.put("version", version);
            String path = step.containsKey("rating") ? "/satisfaction" : "/transitions";
            given().baseUri(caseService).auth().oauth2(officer).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/cases/" + caseId + path)
                    .then().statusCode(200);
        }
    }

    private static String admin() {
        return TestTokens.countyAdmin();
    }

    private static UUID post(String baseUri, String path, String token, Map<String, Object> body) {
        return UUID.fromString(given().baseUri(baseUri).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(201).extract().path("id"));
    }

    private static void post(String baseUri, String path, String token, Map<String, Object> body, int status) {
        given().baseUri(baseUri).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(status);
    }
}
