package org.masswork.risk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.risk.RiskTestData.WAIT;
import static org.masswork.risk.RiskTestData.analysis;
import static org.masswork.risk.RiskTestData.em;
import static org.masswork.risk.RiskTestData.meeting;
import static org.masswork.risk.RiskTestData.opinion;
import static org.masswork.risk.RiskTestData.owner;
import static org.masswork.risk.RiskTestData.post;
import static org.masswork.risk.RiskTestData.register;
import static org.masswork.risk.RiskTestData.step;
import static org.masswork.risk.RiskTestData.survey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.County;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.county.Counties;
import org.masswork.risk.RiskTestData.Village;

/**
 * Two counties in one deployment: the default county's callers, whatever their role (the same department name, the
 * same township id), can neither see nor change a matter of another county, list none of its matters, nor read its
 * figures; the other county's days are those of its own zone; every event names the matter's county; the province
 * roles read every county's figures, each matter once in its county's row and once in the province's.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class CountyScopeTest {

    private static final String WATER = "县水利局";
    /** UTC-11: its day is most of the time the day before the configured zone's (Asia/Shanghai, UTC+8). */
    private static final ZoneId OTHER_ZONE = ZoneId.of("Pacific/Pago_Pago");
    /** A day no other test decides on or meets on, so that every county's figures of it are this test's. */
    private static final LocalDate DAY = LocalDate.parse("2019-03-14");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaTestClient kafka;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void shouldAnswerEveryOperationOnAnotherCountysMatterAsOnAnUnseenOneAndChangeNothing() {
        UUID otherCounty = UUID.randomUUID();
        RiskTestData.county(kafka, otherCounty, OTHER_ZONE.getId());
        UUID township = UUID.randomUUID();
        List<Village> theirs = RiskTestData.villagesInCounty(kafka, otherCounty, township, 2);
        List<Village> ours = RiskTestData.villages(kafka, UUID.randomUUID(), 1);
        String theirWater = inOtherCounty(otherCounty, "official-of-their-water", "DECISION_OWNER", Map.of("department", WATER));
        String ourWater = owner(WATER);

        // A matter is one county's: naming another county's village is as naming an unknown one, either way round.
        post(ourWater, "/api/v1/matters", RiskTestData.project(theirs)).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:unknown-village"))
                .body("errors[0].field", equalTo("villageIds"))
                .body("errors[0].reason", containsString(theirs.get(0).villageId().toString()));
        post(theirWater, "/api/v1/matters", RiskTestData.project(List.of(theirs.get(0), ours.get(0)))).statusCode(422)
                .body("errors[0].field", equalTo("villageIds"))
                .body("errors[0].reason", containsString(ours.get(0).villageId().toString()));

        UUID ourMatter = register(ourWater, RiskTestData.project(ours));
        UUID matter = register(theirWater, RiskTestData.project(theirs));
        given().auth().oauth2(theirWater).when().get("/api/v1/matters/{id}", matter).then().statusCode(200)
                .body("countyId", equalTo(otherCounty.toString()));
        RiskTestData.startGathering(theirWater, matter);
        // Their meeting's day is checked against their county's day, not the configured zone's nor UTC's.
        LocalDate theirToday = LocalDate.now(OTHER_ZONE);
        post(theirWater, "/api/v1/matters/" + matter + "/meetings", heldOn(theirToday.plusDays(1), meeting("HEARING", theirs.get(0),
                List.of(opinion("COMPENSATION", "SUPPORT", 10))))).statusCode(400).body("errors[0].field", equalTo("heldOn"));
        post(theirWater, "/api/v1/matters/" + matter + "/meetings", heldOn(theirToday, meeting("HEARING", theirs.get(0),
                List.of(opinion("COMPENSATION", "SUPPORT", 10))))).statusCode(201);
        post(theirWater, "/api/v1/matters/" + matter + "/surveys", survey(theirs.get(0), 30, 20, 5, 5, 0)).statusCode(201);
        step(theirWater, matter, "/analysis", analysis(5, List.of(), RiskTestData.measures("分段施工"))).statusCode(200);
        step(theirWater, matter, "/risk-level", Map.of()).statusCode(200);
        step(theirWater, matter, "/report", Map.of("summary", "评估报告")).statusCode(200);
        step(theirWater, matter, "/decision", Map.of("decision", "POSTPONE", "minutes", "集体决策会议")).statusCode(200);

        JsonPath before = matterOf(theirWater, matter);
        String measure = before.getString("measures[0].id");
        long version = before.getLong("version");
        Map<String, Long> eventsBefore = eventCounts(matter);

        String ourAdmin = TestTokens.countyAdmin();
        // The same township id in our county: the officer's township is not theirs.
        List<String> ourReaders = List.of(ourAdmin, ourWater, TestTokens.townshipOfficer(township),
                TestTokens.token("inspector-1", Set.of("INSPECTOR"), Map.of()), TestTokens.token("org-dept", Set.of("ORG_DEPT"), Map.of()),
                TestTokens.system("hr-system"));
        for (String reader : ourReaders) {
            for (String path : List.of("", "/risk-proposal", "/meetings", "/surveys")) {
                given().auth().oauth2(reader).when().get("/api/v1/matters/" + matter + path).then().statusCode(404)
                        .contentType("application/problem+json");
            }
        }
        for (String writer : List.of(ourAdmin, ourWater)) {
            write(writer, "/assessment-plan", matter, Map.of("assessor", "县评估中心", "plan", "走访",
                    "dueOn", County.today().plusMonths(1).toString(), "version", version));
            write(writer, "/transitions", matter, Map.of("action", "REASSESS", "version", version));
            write(writer, "/analysis", matter, withVersion(analysis(1, List.of(), RiskTestData.measures("另一措施")), version));
            write(writer, "/risk-level", matter, Map.of("level", "HIGH", "overrideReason", "另一县", "version", version));
            write(writer, "/report", matter, Map.of("summary", "另一县的报告", "version", version));
            write(writer, "/decision", matter, Map.of("decision", "VETO", "minutes", "另一县", "version", version));
            write(writer, "/meetings", matter, meeting("CONSULTATION", theirs.get(0), List.of(opinion("OTHER", "OPPOSE", 99))));
            write(writer, "/surveys", matter, survey(theirs.get(0), 10, 0, 10, 0, 0));
            given().auth().oauth2(writer).contentType(ContentType.JSON).body(Map.of("owner", "另一县的局", "version", version))
                    .when().put("/api/v1/matters/" + matter + "/measures/" + measure + "/owner")
                    .then().statusCode(404).contentType("application/problem+json");
        }
        // The province reads figures only: no matter, no list of them, no step.
        String province = TestTokens.province("province-inspector", "PROVINCE_INSPECTOR");
        given().auth().oauth2(province).when().get("/api/v1/matters/" + matter).then().statusCode(404);
        given().auth().oauth2(province).when().get("/api/v1/matters").then().statusCode(403);
        post(TestTokens.province("province-admin", "PROVINCE_ADMIN"), "/api/v1/matters/" + matter + "/report",
                Map.of("summary", "省", "version", version)).statusCode(403);

        JsonPath after = matterOf(theirWater, matter);
        assertThat(after.getLong("version")).isEqualTo(version);
        assertThat(after.getString("status")).isEqualTo(before.getString("status"));
        assertThat(after.getString("decision")).isEqualTo("POSTPONE");
        assertThat(after.getString("reportSummary")).isEqualTo("评估报告");
        assertThat(after.getList("measures.description")).containsExactly("分段施工");
        assertThat(after.getString("measures[0].owner")).isNull();
        given().auth().oauth2(theirWater).when().get("/api/v1/matters/{id}/meetings", matter).then().body("totalItems", equalTo(1))
                .body("items[0].participants[0].name", equalTo("张三丰"));
        given().auth().oauth2(theirWater).when().get("/api/v1/matters/{id}/surveys", matter).then().body("totalItems", equalTo(1));
        assertThat(RiskTestData.decisionsKept(matter)).isEqualTo(1);
        assertThat(eventCounts(matter)).isEqualTo(eventsBefore);

        // Within their county the roles work as before: their administrator sees the participants, their inspector
        // sees them masked, their officer of the township sees the decided matter.
        given().auth().oauth2(inOtherCounty(otherCounty, "their-admin", "COUNTY_ADMIN", Map.of()))
                .when().get("/api/v1/matters/{id}/meetings", matter).then().statusCode(200)
                .body("items[0].participants[0].phone", equalTo("13812345678"));
        given().auth().oauth2(inOtherCounty(otherCounty, "their-inspector", "INSPECTOR", Map.of()))
                .when().get("/api/v1/matters/{id}/meetings", matter).then().statusCode(200)
                .body("items[0].participants[0].phone", equalTo("138****5678"));
        String theirOfficer = inOtherCounty(otherCounty, "their-officer", "TOWNSHIP_OFFICER", Map.of("township", township.toString()));
        given().auth().oauth2(theirOfficer).when().get("/api/v1/matters/{id}", matter).then().statusCode(200);

        // Lists: each county's callers list their county's matters only.
        assertThat(listed(ourAdmin)).contains(ourMatter).doesNotContain(matter);
        assertThat(listed(ourWater)).contains(ourMatter).doesNotContain(matter);
        assertThat(listed(TestTokens.townshipOfficer(township))).doesNotContain(matter);
        assertThat(listed(theirWater)).containsExactly(matter);
        assertThat(listed(inOtherCounty(otherCounty, "their-admin", "COUNTY_ADMIN", Map.of()))).containsExactly(matter);
        assertThat(listed(theirOfficer)).containsExactly(matter);

        // Every event of their matter names their county, in the envelope and in the data.
        for (String type : List.of("AssessmentOpened", "HearingHeld", "RiskLevelDetermined", "DecisionRecorded")) {
            List<ConsumerRecord<String, String>> records = kafka.await(RiskTestData.RISK_TOPIC,
                    r -> r.key().equals(matter.toString()) && type.equals(JsonPath.from(r.value()).getString("type")), 1, WAIT);
            assertThat(records).as(type).hasSize(1);
            JsonPath event = JsonPath.from(records.get(0).value());
            assertThat(event.getString("countyid")).as(type).isEqualTo(otherCounty.toString());
            assertThat(event.getString("data.countyId")).as(type).isEqualTo(otherCounty.toString());
        }
        RiskTestData.startGathering(ourWater, ourMatter);
        List<ConsumerRecord<String, String>> ourEvents = kafka.await(RiskTestData.RISK_TOPIC, r -> r.key().equals(ourMatter.toString()), 1, WAIT);
        assertThat(ourEvents).hasSize(1);
        assertThat(JsonPath.from(ourEvents.get(0).value()).getString("countyid")).isEqualTo(Counties.DEFAULT_ID.toString());
    }

    @Test
    void shouldCountEachCountysMattersInItsOwnDaysAndEachOnceInTheProvince() {
        UUID otherCounty = UUID.randomUUID();
        RiskTestData.county(kafka, otherCounty, OTHER_ZONE.getId());
        UUID ourTownship = UUID.randomUUID();
        UUID theirTownship = UUID.randomUUID();
        Village ours = RiskTestData.villages(kafka, ourTownship, 1).get(0);
        Village theirs = RiskTestData.villagesInCounty(kafka, otherCounty, theirTownship, 1).get(0);
        String ourWater = owner(WATER);
        String theirWater = inOtherCounty(otherCounty, "official-of-their-water", "DECISION_OWNER", Map.of("department", WATER));

        // Ours: a hearing on DAY and a veto at noon on DAY, county time.
        decided(ourWater, ours, "VETO", DAY.atTime(12, 0).atZone(County.ZONE));
        // Theirs: a hearing on DAY and a veto at 23:30 on DAY their time: 18:30 the day after in the configured zone.
        decided(theirWater, theirs, "VETO", DAY.atTime(23, 30).atZone(OTHER_ZONE));

        String ourAdmin = TestTokens.countyAdmin();
        figures(ourAdmin, Map.of()).statusCode(200).body("rows", hasSize(1))
                .body("rows[0].countyId", equalTo(Counties.DEFAULT_ID.toString()))
                .body("rows[0].hearingsHeld", equalTo(1))
                .body("rows[0].mattersAssessed", equalTo(1));
        figures(inOtherCounty(otherCounty, "their-admin", "COUNTY_ADMIN", Map.of()), Map.of()).statusCode(200)
                .body("rows", hasSize(1))
                .body("rows[0].countyId", equalTo(otherCounty.toString()))
                .body("rows[0].hearingsHeld", equalTo(1))
                .body("rows[0].mattersAssessed", equalTo(1))
                .body("rows[0].mattersVetoed", equalTo(1));
        figures(inOtherCounty(otherCounty, "their-admin", "COUNTY_ADMIN", Map.of()), Map.of("groupBy", "TOWNSHIP")).statusCode(200)
                .body("rows.townshipId", contains(theirTownship.toString()));
        // A county role reads its own county only.
        figures(ourAdmin, Map.of("countyId", otherCounty)).statusCode(403);
        figures(ourAdmin, Map.of("groupBy", "PROVINCE")).statusCode(403);
        figures(ourAdmin, Map.of("countyId", Counties.DEFAULT_ID)).statusCode(200).body("rows[0].mattersAssessed", equalTo(1));

        for (String province : List.of(TestTokens.province("province-admin", "PROVINCE_ADMIN"),
                TestTokens.province("province-inspector", "PROVINCE_INSPECTOR"))) {
            JsonPath byCounty = figures(province, Map.of("groupBy", "COUNTY")).statusCode(200).extract().jsonPath();
            assertThat(byCounty.getList("rows.countyId")).contains(Counties.DEFAULT_ID.toString(), otherCounty.toString());
            assertThat(byCounty.getInt("rows.find { it.countyId == '" + otherCounty + "' }.mattersAssessed")).isEqualTo(1);
            assertThat(byCounty.getInt("rows.find { it.countyId == '" + Counties.DEFAULT_ID + "' }.mattersAssessed")).isEqualTo(1);
            JsonPath whole = figures(province, Map.of("groupBy", "PROVINCE")).statusCode(200)
                    .body("rows", hasSize(1)).body("rows[0].countyId", nullValue()).extract().jsonPath();
            for (String figure : List.of("hearingsHeld", "consultationsHeld", "mattersAssessed", "mattersVetoed", "mattersApproved")) {
                assertThat(whole.getLong("rows[0]." + figure)).as(figure)
                        .isEqualTo(byCounty.getList("rows." + figure, Long.class).stream().mapToLong(Long::longValue).sum());
            }
            assertThat(whole.getLong("rows[0].mattersAssessed")).isGreaterThanOrEqualTo(2);
            figures(province, Map.of("countyId", otherCounty)).statusCode(200).body("rows", hasSize(1))
                    .body("rows[0].countyId", equalTo(otherCounty.toString())).body("rows[0].mattersAssessed", equalTo(1));
            figures(province, Map.of("groupBy", "TOWNSHIP", "countyId", otherCounty)).statusCode(200)
                    .body("rows.townshipId", contains(theirTownship.toString()));
            given().auth().oauth2(province).header("Accept-Language", "en")
                    .queryParams(Map.of("from", DAY.toString(), "to", DAY.toString(), "groupBy", "TOWNSHIP"))
                    .when().get("/api/v1/risk-figures").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("countyId"));
        }
    }

    @Test
    void shouldKeepEachCaseInItsCountyAndAlertOnAMatterOfTheCountyNamingIt() {
        UUID otherCounty = UUID.randomUUID();
        List<Village> theirs = RiskTestData.villagesInCounty(kafka, otherCounty, UUID.randomUUID(), 2);
        String theirWater = inOtherCounty(otherCounty, "official-of-their-water", "DECISION_OWNER", Map.of("department", WATER));
        Map<String, Object> body = RiskTestData.project(theirs);
        body.put("householdsAffected", 30);
        body.put("budgetYuan", 900_000);
        UUID matter = register(theirWater, body);
        RiskTestData.startGathering(theirWater, matter);
        post(theirWater, "/api/v1/matters/" + matter + "/surveys", survey(theirs.get(0), 30, 27, 1, 2, 0)).statusCode(201);
        step(theirWater, matter, "/analysis", analysis(4, 4, 4, 4, List.of())).statusCode(200);
        step(theirWater, matter, "/risk-level", Map.of()).statusCode(200).body("riskLevel", equalTo("LOW"));
        step(theirWater, matter, "/report", Map.of("summary", "低风险")).statusCode(200);
        step(theirWater, matter, "/decision", Map.of("decision", "APPROVE", "minutes", "局务会议")).statusCode(200);
        RiskTestData.transition(theirWater, matter, "CARRY_OUT").statusCode(200);

        // Ten land disputes (3 each) of their county reach the threshold of 30.
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            RiskTestData.caseEventInCounty(kafka, otherCounty, "CaseOpened", caseId, theirs.get(0), "DISPUTE", "LAND", Instant.now());
        }
        Await.until("an alert on their matter", WAIT, () -> matterOf(theirWater, matter).getList("alerts").size() == 1);
        cases.forEach(caseId -> assertThat(QuarkusTransaction.requiringNew().call(() -> em()
                .createNativeQuery("select cast(county_id as varchar) from village_case where case_id = :c")
                .setParameter("c", caseId).getSingleResult())).isEqualTo(otherCounty.toString()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> em()
                .createNativeQuery("select cast(county_id as varchar) from risk_alert where matter_id = :m")
                .setParameter("m", matter).getSingleResult())).isEqualTo(otherCounty.toString());
        List<ConsumerRecord<String, String>> alerts = kafka.await(RiskTestData.RISK_TOPIC, r -> r.key().equals(matter.toString())
                && "RiskAlertRaised".equals(JsonPath.from(r.value()).getString("type")), 1, WAIT);
        assertThat(alerts).hasSize(1);
        assertThat(JsonPath.from(alerts.get(0).value()).getString("countyid")).isEqualTo(otherCounty.toString());
        assertThat(JsonPath.from(alerts.get(0).value()).getString("data.countyId")).isEqualTo(otherCounty.toString());
        // Their alert shows to none of our county's callers.
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/matters/{id}", matter).then().statusCode(404);
    }

    private static String inOtherCounty(UUID county, String subject, String role, Map<String, Object> claims) {
        return TestTokens.inCounty(county, subject, Set.of(role), claims);
    }

    /** A matter of the village with a hearing on its decision's day, vetoed at {@code at}. */
    private static void decided(String owner, Village village, String decision, ZonedDateTime at) {
        Map<String, Object> body = RiskTestData.project(List.of(village));
        UUID matter = register(owner, body);
        RiskTestData.startGathering(owner, matter);
        post(owner, "/api/v1/matters/" + matter + "/meetings", heldOn(at.toLocalDate(), meeting("HEARING", village,
                List.of(opinion("COMPENSATION", "SUPPORT", 20))))).statusCode(201);
        step(owner, matter, "/analysis", analysis(5, List.of(), RiskTestData.measures("分段施工"))).statusCode(200);
        step(owner, matter, "/risk-level", Map.of()).statusCode(200);
        step(owner, matter, "/report", Map.of("summary", "评估报告")).statusCode(200);
        step(owner, matter, "/decision", Map.of("decision", decision, "minutes", "集体决策会议")).statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("update matter_decision set decided_at = :at where matter_id = :m")
                .setParameter("at", at.toOffsetDateTime()).setParameter("m", matter).executeUpdate());
    }

    private static ValidatableResponse figures(String token, Map<String, Object> query) {
        Map<String, Object> withPeriod = new HashMap<>(query);
        withPeriod.put("from", DAY.toString());
        withPeriod.put("to", DAY.toString());
        return given().auth().oauth2(token).queryParams(withPeriod).when().get("/api/v1/risk-figures").then();
    }

    private static void write(String token, String path, UUID matter, Map<String, Object> body) {
        post(token, "/api/v1/matters/" + matter + path, body).statusCode(404).contentType("application/problem+json");
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("version", version);
        return withVersion;
    }

    private static Map<String, Object> heldOn(LocalDate day, Map<String, Object> meeting) {
        Map<String, Object> body = new HashMap<>(meeting);
        body.put("heldOn", day.toString());
        return body;
    }

    private static JsonPath matterOf(String token, UUID matter) {
        return given().auth().oauth2(token).when().get("/api/v1/matters/{id}", matter).then().statusCode(200).extract().jsonPath();
    }

    /** Every matter the caller lists, page by page. */
    private static List<UUID> listed(String token) {
        List<UUID> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath body = given().auth().oauth2(token).queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/v1/matters").then().statusCode(200).extract().jsonPath();
            List<String> items = body.getList("items.id");
            items.forEach(id -> ids.add(UUID.fromString(id)));
            if (items.isEmpty() || ids.size() >= body.getLong("totalItems")) {
                return ids;
            }
        }
    }

    private static Map<String, Long> eventCounts(UUID matter) {
        Map<String, Long> counts = new HashMap<>();
        for (String type : List.of("AssessmentOpened", "HearingHeld", "RiskLevelDetermined", "DecisionRecorded", "RiskAlertRaised")) {
            counts.put(type, RiskTestData.outboxEvents(matter, type));
        }
        return counts;
    }
}
