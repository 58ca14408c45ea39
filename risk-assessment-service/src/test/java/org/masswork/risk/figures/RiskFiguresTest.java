package org.masswork.risk.figures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.risk.RiskTestData.analysis;
import static org.masswork.risk.RiskTestData.em;
import static org.masswork.risk.RiskTestData.meeting;
import static org.masswork.risk.RiskTestData.opinion;
import static org.masswork.risk.RiskTestData.owner;
import static org.masswork.risk.RiskTestData.post;
import static org.masswork.risk.RiskTestData.register;
import static org.masswork.risk.RiskTestData.step;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.infra.County;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.risk.RiskTestData;
import org.masswork.risk.RiskTestData.Village;

/**
 * The review figures in the one style of every figures endpoint: county days, the county row counting a matter once,
 * the township rows counting it in each township, and the period and grouping refused by name.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class RiskFiguresTest {

    /** A day no other test decides on, so that the county's figures of it are this test's. */
    private static final LocalDate DAY = LocalDate.parse("2020-02-28");
    private static final String WATER = "县水利局";

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
    void shouldCountDecisionsByCountyDaysAndAMatterOfTwoTownshipsOnceInTheCounty() {
        UUID townshipA = UUID.randomUUID();
        UUID townshipB = UUID.randomUUID();
        Village a = RiskTestData.villages(kafka, townshipA, 1).get(0);
        Village b = RiskTestData.villages(kafka, townshipB, 1).get(0);
        String water = owner(WATER);
        // A road through both townships, feasibility 2: 不开展 blocks approval, and it is vetoed at 23:30 on DAY, county time.
        UUID road = register(water, RiskTestData.project(List.of(a, b)));
        RiskTestData.startGathering(water, road);
        post(water, "/api/v1/matters/" + road + "/meetings", heldOn(DAY, meeting("HEARING", a,
                List.of(opinion("COMPENSATION", "SUPPORT", 20))))).statusCode(201);
        step(water, road, "/analysis", analysis(5, 5, 2, 5, RiskTestData.ownedMeasures("分段施工"))).statusCode(200);
        decide(water, road, "VETO", DAY.atTime(23, 30));
        // A policy of township A only, approved at 00:30 the day after: the same UTC day as the veto (15:30Z and 16:30Z).
        UUID policy = register(water, policy(a));
        RiskTestData.startGathering(water, policy);
        post(water, "/api/v1/matters/" + policy + "/meetings", heldOn(DAY.plusDays(1), meeting("CONSULTATION", a,
                List.of(opinion("OTHER", "SUPPORT", 12))))).statusCode(201);
        step(water, policy, "/analysis", analysis(5, List.of(), RiskTestData.measures("公示"))).statusCode(200);
        decide(water, policy, "APPROVE", DAY.plusDays(1).atTime(0, 30));
        // A policy of township B vetoed at noon that day with no opinion gathered: 缓出台 holds, 不开展 does not apply.
        UUID fees = register(water, policy(b));
        RiskTestData.startGathering(water, fees);
        step(water, fees, "/analysis", analysis(5, List.of(), RiskTestData.measures("公示"))).statusCode(200);
        decide(water, fees, "VETO", DAY.plusDays(1).atTime(12, 0));

        figures(TestTokens.countyAdmin(), DAY, DAY, Map.of())
                .body("from", equalTo(DAY.toString()))
                .body("to", equalTo(DAY.toString()))
                .body("groupBy", equalTo("COUNTY"))
                .body("rows", hasSize(1))
                .body("rows[0].townshipId", nullValue())
                .body("rows[0].townshipName", nullValue())
                .body("rows[0].hearingsHeld", equalTo(1))
                .body("rows[0].consultationsHeld", equalTo(0))
                .body("rows[0].mattersAssessed", equalTo(1))
                .body("rows[0].mattersVetoed", equalTo(1))
                .body("rows[0].mattersNotCarriedOut", equalTo(1))
                .body("rows[0].mattersPostponed", equalTo(0))
                .body("rows[0].mattersApproved", equalTo(0));
        figures(TestTokens.countyAdmin(), DAY.plusDays(1), DAY.plusDays(1), Map.of())
                .body("rows[0].consultationsHeld", equalTo(1))
                .body("rows[0].mattersAssessed", equalTo(2))
                .body("rows[0].mattersApproved", equalTo(1))
                .body("rows[0].mattersVetoed", equalTo(1))
                .body("rows[0].mattersNotCarriedOut", equalTo(0));
        // The road counts once in the county, in each of its townships by township.
        figures(TestTokens.countyAdmin(), DAY, DAY.plusDays(1), Map.of())
                .body("rows", hasSize(1))
                .body("rows[0].mattersAssessed", equalTo(3))
                .body("rows[0].mattersVetoed", equalTo(2))
                .body("rows[0].mattersNotCarriedOut", equalTo(1))
                .body("rows[0].mattersApproved", equalTo(1));
        figures(TestTokens.countyAdmin(), DAY, DAY.plusDays(1), Map.of("groupBy", "TOWNSHIP"))
                .body("groupBy", equalTo("TOWNSHIP"))
                .body("rows", hasSize(2))
                .body("rows.townshipName", contains("城关镇", "城关镇"))
                .body(row(townshipA, "hearingsHeld"), equalTo(1))
                .body(row(townshipA, "consultationsHeld"), equalTo(1))
                .body(row(townshipA, "mattersAssessed"), equalTo(2))
                .body(row(townshipA, "mattersNotCarriedOut"), equalTo(1))
                .body(row(townshipA, "mattersApproved"), equalTo(1))
                .body(row(townshipB, "hearingsHeld"), equalTo(0))
                .body(row(townshipB, "mattersAssessed"), equalTo(2))
                .body(row(townshipB, "mattersVetoed"), equalTo(2))
                .body(row(townshipB, "mattersNotCarriedOut"), equalTo(1))
                .body(row(townshipB, "mattersApproved"), equalTo(0));

        // A township officer reads their own township, in the county row too; another township is a 403.
        String officerOfB = TestTokens.townshipOfficer(townshipB);
        figures(officerOfB, DAY, DAY.plusDays(1), Map.of())
                .body("rows[0].townshipId", nullValue())
                .body("rows[0].mattersAssessed", equalTo(2))
                .body("rows[0].mattersApproved", equalTo(0));
        figures(officerOfB, DAY, DAY.plusDays(1), Map.of("groupBy", "TOWNSHIP"))
                .body("rows.townshipId", contains(townshipB.toString()));
        given().auth().oauth2(officerOfB).queryParams(Map.of("from", DAY.toString(), "to", DAY.toString(), "townshipId", townshipA))
                .when().get("/api/v1/risk-figures").then().statusCode(403);
    }

    @Test
    void shouldRefuseABackwardOrOverlongPeriodOrAGroupingRiskFiguresDoNotHaveNamingTheParameter() {
        LocalDate today = County.today();
        refused(Map.of("from", today.toString(), "to", today.minusDays(1).toString()), "to", "must not be before from");
        refused(Map.of("from", today.minusDays(366).toString(), "to", today.toString()), "to", "366 days");
        refused(Map.of("from", today.toString(), "to", today.toString(), "groupBy", "STATION"), "groupBy", "COUNTY, TOWNSHIP");
        refused(Map.of("from", today + "T00:00:00+08:00", "to", today.toString()), "from", "ISO 8601 date");
        refused(Map.of("to", today.toString()), "from", "");
        // The longest period and a single day are taken.
        figures(TestTokens.countyAdmin(), today.minusDays(365), today, Map.of()).body("rows", hasSize(1));
        figures(TestTokens.countyAdmin(), today, today, Map.of("groupBy", "TOWNSHIP")).body("groupBy", equalTo("TOWNSHIP"));
    }

    private static void refused(Map<String, Object> query, String field, String reason) {
        given().auth().oauth2(TestTokens.countyAdmin()).header("Accept-Language", "en").queryParams(query)
                .when().get("/api/v1/risk-figures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(field))
                .body("errors[0].reason", containsString(reason));
    }

    private static ValidatableResponse figures(String token, LocalDate from, LocalDate to, Map<String, Object> query) {
        Map<String, Object> withPeriod = new HashMap<>(query);
        withPeriod.put("from", from.toString());
        withPeriod.put("to", to.toString());
        return given().auth().oauth2(token).queryParams(withPeriod).when().get("/api/v1/risk-figures").then().statusCode(200);
    }

    private static String row(UUID township, String figure) {
        return "rows.find { it.townshipId == '" + township + "' }." + figure;
    }

    private static Map<String, Object> heldOn(LocalDate day, Map<String, Object> meeting) {
        Map<String, Object> body = new HashMap<>(meeting);
        body.put("heldOn", day.toString());
        return body;
    }

    private static Map<String, Object> policy(Village village) {
        Map<String, Object> body = RiskTestData.project(List.of(village));
        body.put("kind", "POLICY");
        body.put("title", "农村饮水工程水价调整");
        body.put("householdsAffected", 40);
        body.remove("landMu");
        body.remove("housesToDemolish");
        body.remove("gravesToMove");
        body.remove("budgetYuan");
        return body;
    }

    /** Sets the level, reports and decides; the decision kept as taken at {@code at}, county time. */
    private static void decide(String token, UUID matter, String decision, LocalDateTime at) {
        step(token, matter, "/risk-level", Map.of()).statusCode(200);
        step(token, matter, "/report", Map.of("summary", "评估报告")).statusCode(200);
        step(token, matter, "/decision", Map.of("decision", decision, "minutes", "集体决策会议")).statusCode(200);
        OffsetDateTime decidedAt = at.atZone(County.ZONE).toOffsetDateTime();
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("update matter_decision set decided_at = :at where matter_id = :m")
                .setParameter("at", decidedAt).setParameter("m", matter).executeUpdate());
    }
}
