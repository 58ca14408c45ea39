package org.masswork.risk;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.masswork.infra.Await;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.TestTokens;
import org.masswork.platform.inbox.InboxEvent;
import org.masswork.platform.county.KnownCounty;
import org.masswork.risk.directory.KnownVillage;
import org.masswork.risk.evidence.VillageCase;
import org.masswork.infra.County;

/** Villages and cases announced through the real broker, matters driven over the API, and the callers' tokens. */
public final class RiskTestData {

    public static final String CADRE_TOPIC = "masswork.cadre.events";
    public static final String CASE_TOPIC = "masswork.case.events";
    public static final String RISK_TOPIC = "masswork.risk.events";
    public static final Duration WAIT = Duration.ofSeconds(20);

    private RiskTestData() {
    }

    public record Village(UUID villageId, UUID stationId, UUID townshipId) {
    }

    public static String owner(String department) {
        return TestTokens.token("official-of-" + department, Set.of("DECISION_OWNER"), Map.of("department", department));
    }

    /**
     * Registers a station per village (as cadre-service would announce them) and waits until they are known; the
     * events name no county, as those written before counties: the villages are the default county's.
     */
    public static List<Village> villages(KafkaTestClient kafka, UUID townshipId, int count) {
        return villagesInCounty(kafka, null, townshipId, count);
    }

    /** As {@link #villages}, announced as villages of the county (the envelope's {@code countyid}). */
    public static List<Village> villagesInCounty(KafkaTestClient kafka, UUID county, UUID townshipId, int count) {
        List<Village> villages = IntStream.range(0, count)
                .mapToObj(i -> new Village(UUID.randomUUID(), UUID.randomUUID(), townshipId)).toList();
        villages.forEach(village -> kafka.send(CADRE_TOPIC, village.stationId().toString(), envelope(UUID.randomUUID(), "StationRegistered",
                village.stationId(), Instant.now(), county, Map.of(
                        "stationId", village.stationId().toString(), "stationName", "工作站",
                        "villageId", village.villageId().toString(), "villageCode", "V-" + village.villageId(),
                        "villageName", "东沟村", "villageKind", "VILLAGE", "villageType", "ORDINARY",
                        "townshipId", townshipId.toString(), "townshipName", "城关镇"))));
        Await.until(count + " villages known", WAIT, () -> villages.stream().allMatch(village ->
                QuarkusTransaction.requiringNew().call(() -> em()
                        .find(KnownVillage.class, village.villageId())) != null));
        return villages;
    }

    /** Sends one case-service event about a case; {@code at} is when it happened. Returns the event id. */
    public static UUID caseEvent(KafkaTestClient kafka, String type, UUID caseId, Village village, String kind,
                                 String category, Instant at) {
        return caseEventInCounty(kafka, null, type, caseId, village, kind, category, at);
    }

    /** As {@link #caseEvent}, about a case of the county (the envelope's {@code countyid}). */
    public static UUID caseEventInCounty(KafkaTestClient kafka, UUID county, String type, UUID caseId, Village village,
                                         String kind, String category, Instant at) {
        Map<String, Object> data = new HashMap<>();
        data.put("caseId", caseId.toString());
        data.put("stationId", village.stationId().toString());
        data.put("villageId", village.villageId().toString());
        data.put("townshipId", village.townshipId().toString());
        data.put("kind", kind);
        data.put("category", category);
        data.put("occurredAt", at.toString());
        data.put("actor", "cadre");
        UUID eventId = UUID.randomUUID();
        kafka.send(CASE_TOPIC, caseId.toString(), envelope(eventId, type, caseId, at, county, data));
        return eventId;
    }

    public static VillageCase villageCase(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> em().find(VillageCase.class, caseId));
    }

    public static long openCases(List<Village> villages) {
        List<UUID> ids = villages.stream().map(Village::villageId).toList();
        return QuarkusTransaction.requiringNew().call(() -> (Long) em()
                .createQuery("select count(c) from VillageCase c where c.open = true and c.villageId in :v")
                .setParameter("v", ids).getSingleResult());
    }

    public static boolean applied(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> em().find(InboxEvent.class, eventId)) != null;
    }

    public static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    /** Announces a county with its zone, as cadre-service does, and waits until it is known. */
    public static void county(KafkaTestClient kafka, UUID county, String zone) {
        kafka.send(CADRE_TOPIC, county.toString(), envelope(UUID.randomUUID(), "CountyRegistered", county, Instant.now(), county,
                Map.of("countyId", county.toString(), "code", "C-" + county.toString().substring(0, 8), "name", "另一县",
                        "zone", zone)));
        Await.until("county " + county + " known", WAIT, () -> QuarkusTransaction.requiringNew().call(() -> em()
                .find(KnownCounty.class, county)) != null);
    }

    private static String envelope(UUID eventId, String type, UUID subject, Instant time, UUID county,
                                   Map<String, Object> data) {
        StringBuilder json = new StringBuilder("{");
        data.forEach((key, value) -> json.append('"').append(key).append("\":\"").append(value).append("\","));
        json.setLength(json.length() - 1);
        json.append('}');
        return """
                {"specversion":"1.0","id":"%s","source":"/masswork/test","type":"%s","subject":"%s","time":"%s",\
                "datacontenttype":"application/json",%s"data":%s}""".formatted(eventId, type, subject, time,
                county == null ? "" : "\"countyid\":\"" + county + "\",", json);
    }

    /** The body of a project affecting the villages; change what a test needs with {@link Map#put}. */
    public static Map<String, Object> project(List<Village> villages) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CONSTRUCTION_PROJECT");
        body.put("title", "S226省道改建工程");
        body.put("villageIds", villages.stream().map(v -> v.villageId().toString()).toList());
        body.put("householdsAffected", 1100);
        body.put("landMu", 2271);
        body.put("housesToDemolish", 226);
        body.put("gravesToMove", 1647);
        body.put("budgetYuan", 860_000_000);
        body.put("plannedDecisionOn", County.today().plusMonths(2).toString());
        body.put("recordedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString());
        return body;
    }

    public static ValidatableResponse post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static UUID register(String token, Map<String, Object> body) {
        return UUID.fromString(post(token, "/api/v1/matters", body).statusCode(201).extract().path("id"));
    }

    public static long version(String token, UUID matterId) {
        return given().auth().oauth2(token).when().get("/api/v1/matters/{id}", matterId)
                .then().statusCode(200).extract().<Number>path("version").longValue();
    }

    public static ValidatableResponse step(String token, UUID matterId, String path, Map<String, Object> body) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("version", version(token, matterId));
        return post(token, "/api/v1/matters/" + matterId + path, withVersion);
    }

    public static ValidatableResponse transition(String token, UUID matterId, String action) {
        return step(token, matterId, "/transitions", Map.of("action", action));
    }

    /** Plans the assessment and opens opinion gathering. */
    public static void startGathering(String token, UUID matterId) {
        step(token, matterId, "/assessment-plan", Map.of("assessor", "县社会稳定风险评估中心",
                "plan", "听证会、恳谈会、入户走访", "dueOn", County.today().plusMonths(1).toString())).statusCode(200);
        transition(token, matterId, "START_GATHERING").statusCode(200);
    }

    public static Map<String, Object> meeting(String kind, Village village, List<Map<String, Object>> opinions) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("heldOn", County.today().minusDays(3).toString());
        body.put("stationId", village.stationId().toString());
        body.put("townshipId", village.townshipId().toString());
        body.put("place", "村委会会议室");
        body.put("participants", List.of(Map.of("name", "张三丰", "phone", "13812345678", "villageId", village.villageId().toString()),
                Map.of("name", "李四", "phone", "13987654321")));
        body.put("opinions", opinions);
        return body;
    }

    public static Map<String, Object> opinion(String topic, String stance, int count) {
        return Map.of("topic", topic, "stance", stance, "count", count);
    }

    public static Map<String, Object> analysis(int score, List<Map<String, Object>> factors, List<Map<String, Object>> measures) {
        Map<String, Object> criterion = Map.of("score", score, "findings", "依据《土地管理法》，程序完备");
        Map<String, Object> body = new HashMap<>();
        body.put("legality", criterion);
        body.put("reasonableness", criterion);
        body.put("feasibility", criterion);
        body.put("controllability", criterion);
        body.put("riskFactors", factors);
        body.put("measures", measures);
        return body;
    }

    /** An analysis with each criterion's own score (1-5), no risk factors, and measures. */
    public static Map<String, Object> analysis(int legality, int reasonableness, int feasibility, int controllability,
                                               List<Map<String, Object>> measures) {
        Map<String, Object> body = new HashMap<>();
        body.put("legality", Map.of("score", legality, "findings", "符合《土地管理法》及省有关规定"));
        body.put("reasonableness", Map.of("score", reasonableness, "findings", "补偿标准与周边项目比较"));
        body.put("feasibility", Map.of("score", feasibility, "findings", "投入与效益、资金来源、实施时机"));
        body.put("controllability", Map.of("score", controllability, "findings", "风险点与处置预案"));
        body.put("riskFactors", List.of());
        body.put("measures", measures);
        return body;
    }

    /** Measures each with an owner already named. */
    public static List<Map<String, Object>> ownedMeasures(String... descriptions) {
        List<Map<String, Object>> measures = new ArrayList<>();
        for (String description : descriptions) {
            measures.add(Map.of("description", description, "owner", "县发展和改革局"));
        }
        return measures;
    }

    /** The body of a door-to-door survey of an affected village. */
    public static Map<String, Object> survey(Village village, int reached, int support, int oppose, int supportWithConditions,
                                             int notUnderstood) {
        return Map.of("villageId", village.villageId().toString(), "method", "DOOR_TO_DOOR", "householdsReached", reached,
                "support", support, "oppose", oppose, "supportWithConditions", supportWithConditions, "notUnderstood", notUnderstood);
    }

    /** Outbox rows the service wrote for the matter, of an event type (published or not yet). */
    public static long outboxEvents(UUID matterId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em()
                .createQuery("select count(e) from OutboxEvent e where e.key = :key and e.type = :type")
                .setParameter("key", matterId.toString()).setParameter("type", type).getSingleResult());
    }

    /** Collective decisions kept for the matter. */
    public static long decisionsKept(UUID matterId) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em()
                .createQuery("select count(d) from MatterDecision d where d.matterId = :m").setParameter("m", matterId)
                .getSingleResult());
    }

    /** The {@code data} of the matter's events of a type on the risk topic, once {@code count} have arrived. */
    public static List<JsonPath> events(KafkaTestClient kafka, UUID matterId, String type, int count) {
        List<JsonPath> events = kafka.await(RISK_TOPIC, r -> r.key().equals(matterId.toString())
                        && JsonPath.from(r.value()).getString("type").equals(type), count, WAIT).stream()
                .map(r -> JsonPath.from(r.value()).setRootPath("data")).toList();
        if (events.size() < count) {
            throw new AssertionError("Only " + events.size() + " " + type + " of matter " + matterId + " within " + WAIT);
        }
        return events;
    }

    public static List<Map<String, Object>> measures(String... descriptions) {
        List<Map<String, Object>> measures = new ArrayList<>();
        for (String description : descriptions) {
            measures.add(Map.of("description", description));
        }
        return measures;
    }
}
