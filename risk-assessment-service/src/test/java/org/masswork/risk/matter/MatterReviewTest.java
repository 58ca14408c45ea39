package org.masswork.risk.matter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.risk.RiskTestData.RISK_TOPIC;
import static org.masswork.risk.RiskTestData.WAIT;
import static org.masswork.risk.RiskTestData.analysis;
import static org.masswork.risk.RiskTestData.em;
import static org.masswork.risk.RiskTestData.measures;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.privacy.PersonalDataAccess;
import org.masswork.risk.RiskTestData;
import org.masswork.risk.RiskTestData.Village;
import org.masswork.infra.County;

/** The procedure, its bad inputs (4xx, nothing written) and who sees a matter and its participants. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class MatterReviewTest {

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
    void shouldRejectAMatterInAnUnknownVillageAndWriteNothing() {
        List<Village> villages = RiskTestData.villages(kafka, UUID.randomUUID(), 1);
        Map<String, Object> body = smallPolicy(villages);
        UUID unknown = UUID.randomUUID();
        body.put("villageIds", List.of(villages.get(0).villageId().toString(), unknown.toString()));
        body.put("title", "未知村庄 " + unknown);

        post(owner(WATER), "/api/v1/matters", body).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:unknown-village"))
                .body("errors[0].field", equalTo("villageIds"))
                .body("errors[0].reason", containsString(unknown.toString()));
        assertThat(mattersTitled(body.get("title"))).isZero();
        post(TestTokens.countyAdmin(), "/api/v1/matters", smallPolicy(villages)).statusCode(403);
    }

    @Test
    void shouldRegisterAMatterOnceWhenTheSameRequestIsReplayed() {
        Map<String, Object> body = smallPolicy(RiskTestData.villages(kafka, UUID.randomUUID(), 1));
        body.put("title", "重放 " + UUID.randomUUID());
        String key = "matter-" + UUID.randomUUID();
        String first = given().auth().oauth2(owner(WATER)).header("Idempotency-Key", key).contentType("application/json")
                .body(body).when().post("/api/v1/matters").then().statusCode(201).extract().path("id");
        given().auth().oauth2(owner(WATER)).header("Idempotency-Key", key).contentType("application/json")
                .body(body).when().post("/api/v1/matters").then().statusCode(201)
                .body("id", equalTo(first)).body("department", equalTo(WATER)).body("statusLabel", equalTo("已登记"));
        assertThat(mattersTitled(body.get("title"))).isEqualTo(1);
    }

    @Test
    void shouldRefuseADecisionBeforeARiskLevelScoresOutOfRangeBadSurveysAndStepsTheTransitionsDoNotTake() {
        String water = owner(WATER);
        List<Village> villages = RiskTestData.villages(kafka, UUID.randomUUID(), 2);
        UUID matter = register(water, smallPolicy(villages));
        RiskTestData.startGathering(water, matter);

        step(water, matter, "/decision", Map.of("decision", "VETO", "minutes", "会议")).statusCode(409)
                .body("type", equalTo("urn:masswork:problem:illegal-transition"))
                .body("detail", equalTo("处于征求意见（GATHERING_OPINION）状态的事项不允许执行集体决策（DECIDE）"));
        step(water, matter, "/analysis", analysis(6, List.of(), List.of())).statusCode(400)
                .body("errors.field", hasItem(containsString("legality.score")));
        step(water, matter, "/analysis", analysis(3, List.of(Map.of("description", "x", "likelihood", 0, "impact", 9)), List.of()))
                .statusCode(400).body("errors", hasSize(2));
        given().auth().oauth2(water).when().get("/api/v1/matters/{id}", matter).then()
                .body("status", equalTo("GATHERING_OPINION")).body("criteria", hasSize(0)).body("decision", nullValue());
        assertThat(QuarkusTransaction.requiringNew().call(() -> (Long) em()
                .createQuery("select count(d) from MatterDecision d where d.matterId = :m").setParameter("m", matter)
                .getSingleResult())).isZero();

        post(water, "/api/v1/matters/" + matter + "/surveys", Map.of("villageId", UUID.randomUUID().toString(),
                "method", "QUESTIONNAIRE", "householdsReached", 10, "support", 1, "oppose", 1, "supportWithConditions", 1))
                .statusCode(422).body("type", equalTo("urn:masswork:problem:village-not-affected"));
        post(water, "/api/v1/matters/" + matter + "/surveys", Map.of("villageId", villageOf(water, matter),
                "method", "QUESTIONNAIRE", "householdsReached", 10, "support", 8, "oppose", 2, "supportWithConditions", 1))
                .statusCode(422).body("type", equalTo("urn:masswork:problem:survey-exceeds-households"));
        post(water, "/api/v1/matters/" + matter + "/surveys", RiskTestData.survey(villages.get(1), 10, 5, 2, 1, 3))
                .statusCode(422).body("type", equalTo("urn:masswork:problem:survey-exceeds-households"));
        post(water, "/api/v1/matters/" + matter + "/surveys", RiskTestData.survey(villages.get(1), 10, 5, 2, 1, -1))
                .statusCode(400).body("errors.field", equalTo(List.of("notUnderstood")));
        given().auth().oauth2(water).when().get("/api/v1/matters/{id}/surveys", matter).then().body("totalItems", equalTo(0));

        long version = RiskTestData.version(water, matter);
        for (String action : List.of("DECIDE", "RECORD_ANALYSIS", "PLAN")) {
            post(water, "/api/v1/matters/" + matter + "/transitions", Map.of("action", action, "version", version))
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("action")));
        }
        given().auth().oauth2(water).when().get("/api/v1/matters/{id}", matter).then()
                .body("status", equalTo("GATHERING_OPINION")).body("version", equalTo((int) version));

        post(water, "/api/v1/matters/" + matter + "/transitions", Map.of("action", "START_GATHERING", "version", 0))
                .statusCode(409).body("type", equalTo("urn:masswork:problem:stale-version"));
    }

    @Test
    void shouldLetTheAssessorOverrideTheProposalOnlyWithAReason() {
        String water = owner(WATER);
        UUID matter = register(water, smallPolicy(RiskTestData.villages(kafka, UUID.randomUUID(), 1)));
        RiskTestData.startGathering(water, matter);
        step(water, matter, "/analysis", analysis(4, List.of(), measures("公示"))).statusCode(200);

        step(water, matter, "/risk-level", Map.of("level", "HIGH")).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:override-needs-reason"));
        given().auth().oauth2(water).when().get("/api/v1/matters/{id}", matter).then()
                .body("status", equalTo("ANALYSIS")).body("riskLevel", nullValue());
        step(water, matter, "/risk-level", Map.of("level", "HIGH", "overrideReason", "上游水源地群众意见强烈")).statusCode(200)
                .body("proposedLevel", equalTo("LOW"))
                .body("riskLevel", equalTo("HIGH"))
                .body("riskLevelLabel", equalTo("高风险"))
                .body("overrideReason", equalTo("上游水源地群众意见强烈"));
        assertThat(kafka.await(RISK_TOPIC, r -> r.key().equals(matter.toString()) && r.value().contains("RiskLevelDetermined"), 1, WAIT))
                .singleElement().satisfies(r -> assertThat(r.value()).contains("\"overridden\":true", "\"proposedLevel\":\"LOW\""));
        step(water, matter, "/report", Map.of("summary", "报告")).statusCode(200);
        step(water, matter, "/decision", Map.of("decision", "APPROVE", "minutes", "会议")).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:obvious-stability-risk-not-issued"));
        step(water, matter, "/decision", Map.of("decision", "VETO", "minutes", "否决")).statusCode(200).body("decision", equalTo("VETO"));
        RiskTestData.transition(water, matter, "CARRY_OUT").statusCode(409);
    }

    @Test
    void shouldShowAMatterOnlyToItsDepartmentAndCountyUntilDecidedAndMaskParticipantsOutsideThem() {
        UUID township = UUID.randomUUID();
        List<Village> villages = RiskTestData.villages(kafka, township, 2);
        String water = owner(WATER);
        UUID matter = register(water, smallPolicy(villages));
        RiskTestData.startGathering(water, matter);
        post(water, "/api/v1/matters/" + matter + "/meetings", meeting("HEARING", villages.get(0),
                List.of(opinion("ENVIRONMENT", "SUPPORT", 30)))).statusCode(201)
                .body("participants[0].name", equalTo("张三丰"));
        Map<String, Object> elsewhere = meeting("CONSULTATION", villages.get(0), List.of(opinion("OTHER", "SUPPORT", 1)));
        elsewhere.put("townshipId", UUID.randomUUID().toString());
        post(water, "/api/v1/matters/" + matter + "/meetings", elsewhere).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:township-not-affected"));

        String officer = TestTokens.townshipOfficer(township);
        for (String outsider : List.of(owner("县教育局"), officer, TestTokens.villager(UUID.randomUUID()))) {
            given().auth().oauth2(outsider).when().get("/api/v1/matters/{id}", matter).then().statusCode(404);
        }
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/matters/{id}", matter).then().statusCode(200);
        given().auth().oauth2(officer).when().get("/api/v1/matters").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(owner("县教育局")).when().get("/api/v1/matters").then().body("items.id", not(hasItem(matter.toString())));
        given().auth().oauth2(water).queryParam("status", "GATHERING_OPINION").queryParam("size", 100).when().get("/api/v1/matters")
                .then().body("items.id", hasItem(matter.toString()));

        step(water, matter, "/analysis", analysis(5, List.of(), measures("公示"))).statusCode(200);
        step(water, matter, "/risk-level", Map.of()).statusCode(200).body("riskLevel", equalTo("LOW"));
        step(water, matter, "/report", Map.of("summary", "低风险")).statusCode(200);
        step(water, matter, "/decision", Map.of("decision", "APPROVE", "minutes", "会议")).statusCode(200);

        given().auth().oauth2(officer).when().get("/api/v1/matters").then().body("items.id", hasItem(matter.toString()));
        given().auth().oauth2(officer).when().get("/api/v1/matters/{id}/meetings", matter).then().statusCode(200)
                .body("items[0].participants[0].name", equalTo("张**"))
                .body("items[0].participants[0].phone", equalTo("138****5678"));
        given().auth().oauth2(water).when().get("/api/v1/matters/{id}/meetings", matter).then().statusCode(200)
                .body("items[0].participants[0].name", equalTo("张三丰"));
        // County readers who do not hold the hearings need no villager's name or phone.
        for (String reader : List.of(TestTokens.token("org-dept", Set.of("ORG_DEPT"), Map.of()), TestTokens.system("hr-system"),
                TestTokens.token("inspector-1", Set.of("INSPECTOR"), Map.of()))) {
            given().auth().oauth2(reader).when().get("/api/v1/matters/{id}/meetings", matter).then().statusCode(200)
                    .body("items[0].participants[0].name", equalTo("张**"))
                    .body("items[0].participants[0].phone", equalTo("138****5678"));
        }
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/matters/{id}/meetings", matter).then().statusCode(200)
                .body("items[0].participants[0].phone", equalTo("13812345678"));
        UUID meetingId = UUID.fromString(given().auth().oauth2(water).when().get("/api/v1/matters/{id}/meetings", matter)
                .then().extract().path("items[0].id"));
        List<String> audited = QuarkusTransaction.requiringNew().call(() -> PersonalDataAccess.<PersonalDataAccess>list(
                "resourceId", meetingId).stream().map(a -> a.action + " by " + a.caller).toList());
        assertThat(audited).contains("CREATE by official-of-" + WATER, "READ by official-of-" + WATER, "READ by county-admin")
                .noneMatch(entry -> entry.contains("township-officer") || entry.contains("org-dept") || entry.contains("hr-system")
                        || entry.contains("inspector"));

        LocalDate today = County.today();
        given().auth().oauth2(officer).queryParam("from", today.minusDays(7).toString()).queryParam("to", today.toString())
                .queryParam("groupBy", "TOWNSHIP")
                .when().get("/api/v1/risk-figures").then().statusCode(200)
                .body("rows", hasSize(1))
                .body("rows[0].townshipId", equalTo(township.toString()))
                .body("rows[0].townshipName", equalTo("城关镇"))
                .body("rows[0].hearingsHeld", equalTo(1))
                .body("rows[0].consultationsHeld", equalTo(0))
                .body("rows[0].mattersAssessed", equalTo(1))
                .body("rows[0].mattersApproved", equalTo(1))
                .body("rows[0].mattersVetoed", equalTo(0));
        given().auth().oauth2(officer).queryParam("from", today.toString()).queryParam("to", today.minusDays(1).toString())
                .when().get("/api/v1/risk-figures").then().statusCode(400);
    }

    @Test
    void shouldLetOnlyOneOfTwoRacingDecisionsWin() throws Exception {
        String water = owner(WATER);
        List<Village> villages = RiskTestData.villages(kafka, UUID.randomUUID(), 1);
        UUID matter = register(water, smallPolicy(villages));
        RiskTestData.startGathering(water, matter);
        post(water, "/api/v1/matters/" + matter + "/meetings", meeting("CONSULTATION", villages.get(0),
                List.of(opinion("OTHER", "SUPPORT", 12)))).statusCode(201);
        step(water, matter, "/analysis", analysis(5, List.of(), measures("公示"))).statusCode(200);
        step(water, matter, "/risk-level", Map.of()).statusCode(200);
        step(water, matter, "/report", Map.of("summary", "低风险")).statusCode(200);
        long version = RiskTestData.version(water, matter);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> racing = pool.invokeAll(Stream.of("APPROVE", "VETO").<Callable<Integer>>map(decision -> () ->
                    post(water, "/api/v1/matters/" + matter + "/decision",
                            Map.of("version", version, "decision", decision, "minutes", "会议")).extract().statusCode()).toList());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : racing) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> (Long) em()
                .createQuery("select count(d) from MatterDecision d where d.matterId = :m").setParameter("m", matter)
                .getSingleResult())).isEqualTo(1);
    }

    @Test
    void shouldDescribeEveryOperationWithItsProblemResponses() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/matters/{id}/decision'.post.operationId", equalTo("recordDecision"))
                .body("paths.'/api/v1/matters/{id}/decision'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/matters/{matterId}/meetings'.post.responses", hasKey("201"))
                .body("paths.'/api/v1/risk-figures'.get.operationId", equalTo("getRiskFigures"))
                .body("components.schemas.Matter.properties", hasKey("riskLevelLabel"));
    }

    private static String villageOf(String token, UUID matter) {
        return given().auth().oauth2(token).when().get("/api/v1/matters/{id}", matter).then().extract().path("villageIds[0]");
    }

    private static Map<String, Object> smallPolicy(List<Village> villages) {
        Map<String, Object> body = RiskTestData.project(villages);
        body.put("kind", "POLICY");
        body.put("title", "农村饮水工程水价调整");
        body.put("householdsAffected", 40);
        body.remove("landMu");
        body.remove("housesToDemolish");
        body.remove("gravesToMove");
        return body;
    }

    private static long mattersTitled(Object title) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em()
                .createQuery("select count(m) from Matter m where m.title = :t").setParameter("t", title).getSingleResult());
    }
}
