package org.masswork.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.masswork.infra.Await;
import org.masswork.infra.County;
import org.masswork.infra.TestTokens;

/**
 * Two townships built through the gateway, each with a station, its leader and a member: township one holds a record
 * of every kind an operation can name by id (a household with its card and a confirmed visit, a diary note, a monthly
 * report, a problem, an errand and a petition of one villager, an evaluation round, a supervision review, a decided
 * matter with a hearing and a measure); township two is where the callers of "another scope" work.
 */
final class TwoTownships {

    static final String OWN_DEPARTMENT = "县水利局-scope-matrix";
    static final String OTHER_DEPARTMENT = "县教育局-scope-matrix";
    private static final Duration WAIT = Duration.ofSeconds(90);

    /** A township with one station, its leader and one member, serving since forty days ago. */
    record Side(UUID townshipId, UUID villageId, UUID stationId, UUID leaderId, UUID memberId, UUID memberAssignmentId) {

        String leaderToken() {
            return TestTokens.token(leaderId.toString(), Set.of("STATION_LEADER"), claims(leaderId));
        }

        String memberToken() {
            return TestTokens.cadre(memberId, stationId, townshipId);
        }

        Map<String, Object> claims(UUID cadreId) {
            return Map.of("cadre", cadreId.toString(), "station", stationId.toString(), "township", townshipId.toString());
        }
    }

    final Side one;
    final Side two;
    final UUID departmentId;
    final UUID villager = UUID.randomUUID();
    final UUID otherVillager = UUID.randomUUID();
    final LocalDate today = County.today();
    final YearMonth lastMonth = County.thisMonth().minusMonths(1);
    UUID household;
    UUID card;
    UUID visit;
    /** The member's check-in of today: received at once, so it counts already. */
    UUID checkIn;
    UUID diaryNote;
    UUID monthlyReport;
    UUID problemCase;
    UUID errandCase;
    UUID petitionCase;
    UUID round;
    UUID review;
    UUID matter;
    private UUID otherCounty;
    UUID measure;

    private final String gateway;

    private TwoTownships(String gateway, UUID departmentId, Side one, Side two) {
        this.gateway = gateway;
        this.departmentId = departmentId;
        this.one = one;
        this.two = two;
    }

    static TwoTownships build(String gateway) {
        StationNetwork network = new StationNetwork(gateway);
        UUID departmentId = network.department();
        TwoTownships towns = new TwoTownships(gateway, departmentId, side(network, departmentId), side(network, departmentId));
        towns.householdWork();
        towns.cases();
        towns.evaluation();
        towns.riskReview();
        return towns;
    }

    /** A second county of the province, registered once by the province's admin: no record here is of it. */
    UUID otherCounty(String gateway) {
        if (otherCounty == null) {
            String code = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
            otherCounty = id(post("/api/v1/counties", TestTokens.province("matrix-province-admin", "PROVINCE_ADMIN"),
                    Map.of("code", code, "name", "邻县", "zone", "Asia/Shanghai")));
        }
        return otherCounty;
    }

    /** County-wide lists, each with a record of township one it shows this county's admin. */
    Map<String, UUID> countyWideLists() {
        return Map.of(
                "/api/v1/townships?size=100", one.townshipId(),
                "/api/v1/villages?size=100", one.villageId(),
                "/api/v1/stations?size=100", one.stationId(),
                "/api/v1/cadres?size=100", one.memberId(),
                "/api/v1/visits?size=100", visit,
                "/api/v1/cases?size=100", problemCase,
                "/api/v1/rounds?size=100", round,
                "/api/v1/supervision-reviews?size=100", review,
                "/api/v1/matters?size=100", matter);
    }

    static String ownDepartmentToken(UUID townshipId) {
        return TestTokens.token("official-of-" + OWN_DEPARTMENT, Set.of("DECISION_OWNER"),
                Map.of("department", OWN_DEPARTMENT, "township", townshipId.toString()));
    }

    private static Side side(StationNetwork network, UUID departmentId) {
        UUID townshipId = network.township();
        UUID villageId = network.village(townshipId);
        UUID stationId = network.station(villageId);
        UUID leaderId = network.cadre(departmentId, "SECTION_LEVEL");
        UUID memberId = network.cadre(departmentId);
        LocalDate since = County.today().minusDays(40);
        network.assign(leaderId, stationId, "LEADER", since);
        UUID assignmentId = network.assign(memberId, stationId, "MEMBER", since);
        return new Side(townshipId, villageId, stationId, leaderId, memberId, assignmentId);
    }

    private void householdWork() {
        String member = one.memberToken();
        household = id(post("/api/v1/households", member, Map.of("villageId", one.villageId(), "headName", "王秀英",
                "address", "东沟村三组12号", "phone", "13912345678", "memberCount", 3, "tags", List.of())));
        card = UUID.fromString(post("/api/v1/contact-cards", member, Map.of("householdId", household)).getString("card.id"));
        visit = id(post("/api/v1/visits", member, Map.of("householdId", household, "visitedOn", today.toString(),
                "roles", List.of("OPINION_RESEARCHER", "SERVICE_PROVIDER"), "findings", "老人独居，屋顶漏雨，需协调修缮",
                "followUpNeeded", false, "confirmation", Map.of("countersignatureRef", "SIG-0001"))));
        checkIn = id(post("/api/v1/check-ins", member, Map.of("cadreId", one.memberId(), "stationId", one.stationId())));
        diaryNote = id(post("/api/v1/diaries/notes", member, Map.of("day", today.toString(), "note", "走访一户，记录修缮诉求")));
        monthlyReport = id(post("/api/v1/monthly-reports", one.leaderToken(), Map.of("stationId", one.stationId(),
                "month", lastMonth.toString(), "summary", "本月走访农户，收集修缮诉求")));
    }

    private void cases() {
        StationNetwork.awaitInCaseService(gateway, List.of(one.stationId(), two.stationId()));
        for (Side side : List.of(one, two)) {
            Await.until("the teams serving in case-service", WAIT, () -> {
                String serving = given().baseUri(gateway).auth().oauth2(TestTokens.countyAdmin())
                        .when().get("/api/v1/station-directory/{id}/cadres", side.stationId()).then().extract().asString();
                return serving.contains(side.leaderId().toString()) && serving.contains(side.memberId().toString());
            });
        }
        problemCase = id(post("/api/v1/cases", TestTokens.villager(villager), caseBody("PROBLEM", "WATER")));
        Map<String, Object> errand = caseBody("ERRAND", "SOCIAL_SECURITY");
        errand.put("consent", consent());
        errandCase = id(post("/api/v1/cases", one.memberToken(), errand));
        Map<String, Object> petition = caseBody("PETITION", "LAND");
        petition.put("consent", consent());
        petition.put("petitionMode", "BY_PROXY");
        petitionCase = id(post("/api/v1/cases", one.memberToken(), petition));
    }

    private void evaluation() {
        // Stationed at the station in evaluation-service: a row of its own (days due at the station) in the station's figures.
        for (UUID cadreId : List.of(one.leaderId(), one.memberId())) {
            Await.until("cadre " + cadreId + " stationed in evaluation-service", WAIT, () -> given().baseUri(gateway)
                    .auth().oauth2(TestTokens.countyAdmin())
                    .when().get("/api/v1/work-figures?groupBy=CADRE&stationId={station}&from={from}&to={to}",
                            one.stationId(), today.minusDays(30).toString(), today.toString())
                    .then().extract().jsonPath().getList("rows.cadreId").contains(cadreId.toString()));
        }
        String halfYear = today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);
        round = UUID.fromString(post("/api/v1/rounds", TestTokens.countyAdmin(),
                Map.of("period", halfYear, "townshipId", one.townshipId())).getString("round.id"));
        review = id(post("/api/v1/supervision-reviews", TestTokens.token("inspector-matrix", Set.of("INSPECTOR"), Map.of()),
                Map.of("stationId", one.stationId(), "month", lastMonth.toString(), "attendanceOk", true, "diaryOk", true,
                        "ledgerOk", true, "caseHandlingOk", true, "score", 90)));
    }

    /** A policy affecting township one's village, taken through hearing, analysis and report to its approval. */
    private void riskReview() {
        String owner = ownDepartmentToken(one.townshipId());
        Map<String, Object> policy = new HashMap<>(Map.of("kind", "POLICY", "title", "农村饮水工程水价调整",
                "villageIds", List.of(one.villageId()), "householdsAffected", 40,
                "plannedDecisionOn", today.plusMonths(2).toString()));
        Await.until("township one's village known to risk-assessment-service", WAIT, () -> {
            Http.Response registered = Http.postJson(gateway + "/api/v1/matters", owner, CaseFiling.body(policy));
            if (registered.status() == 201) {
                matter = UUID.fromString(CaseFiling.id(registered.body()));
            }
            return matter != null;
        });
        step(owner, "/assessment-plan", Map.of("assessor", "县社会稳定风险评估中心", "plan", "听证会、入户走访",
                "dueOn", today.plusMonths(1).toString()));
        step(owner, "/transitions", Map.of("action", "START_GATHERING"));
        post("/api/v1/matters/" + matter + "/meetings", owner, Map.of("kind", "HEARING", "heldOn", today.minusDays(3).toString(),
                "stationId", one.stationId(), "townshipId", one.townshipId(), "place", "村委会会议室",
                "participants", List.of(Map.of("name", "张三丰", "phone", "13812345678", "villageId", one.villageId())),
                "opinions", List.of(Map.of("topic", "ENVIRONMENT", "stance", "SUPPORT", "count", 30))));
        Map<String, Object> criterion = Map.of("score", 5, "findings", "程序完备");
        step(owner, "/analysis", Map.of("legality", criterion, "reasonableness", criterion, "feasibility", criterion,
                "controllability", criterion, "riskFactors", List.of(), "measures", List.of(Map.of("description", "公示"))));
        step(owner, "/risk-level", Map.of());
        step(owner, "/report", Map.of("summary", "低风险"));
        step(owner, "/decision", Map.of("decision", "APPROVE", "minutes", "县政府常务会议集体决策"));
        measure = UUID.fromString(get("/api/v1/matters/" + matter, owner).getString("measures[0].id"));
    }

    Map<String, Object> caseBody(String kind, String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("channel", "HOUSEHOLD_VISIT");
        body.put("category", category);
        body.put("stationId", one.stationId());
        body.put("villager", Map.of("id", villager, "name", "张三丰", "phone", "13812345678", "address", "城关镇东沟村三组12号"));
        body.put("description", "村东头的自来水管冬天冻裂，三户人家断水一周");
        return body;
    }

    private static Map<String, Object> consent() {
        return Map.of("givenBy", "张三丰", "givenAt", County.today().atStartOfDay(County.ZONE).toOffsetDateTime().toString(),
                "entrusted", "代办低保年审材料");
    }

    private void step(String token, String path, Map<String, Object> body) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("version", get("/api/v1/matters/" + matter, token).getLong("version"));
        given().baseUri(gateway).auth().oauth2(token).contentType(ContentType.JSON).body(withVersion)
                .when().post("/api/v1/matters/" + matter + path).then().statusCode(200);
    }

    private JsonPath post(String path, String token, Map<String, Object> body) {
        return given().baseUri(gateway).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(201).extract().jsonPath();
    }

    private JsonPath get(String path, String token) {
        return given().baseUri(gateway).auth().oauth2(token).when().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static UUID id(JsonPath created) {
        return UUID.fromString(created.getString("id"));
    }
}
