package org.masswork.risk.matter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.risk.RiskTestData.WAIT;
import static org.masswork.risk.RiskTestData.analysis;
import static org.masswork.risk.RiskTestData.caseEvent;
import static org.masswork.risk.RiskTestData.decisionsKept;
import static org.masswork.risk.RiskTestData.events;
import static org.masswork.risk.RiskTestData.meeting;
import static org.masswork.risk.RiskTestData.opinion;
import static org.masswork.risk.RiskTestData.outboxEvents;
import static org.masswork.risk.RiskTestData.owner;
import static org.masswork.risk.RiskTestData.ownedMeasures;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.risk.RiskTestData;
import org.masswork.risk.RiskTestData.Village;

/**
 * The three rules of the county one by one, each on the figures it comes from: a wasteful project is not started
 * (不开展) even at LOW risk, a project with seriously unbalanced interests is not approved (不批准), a policy most do not
 * understand or support is postponed (缓出台), a policy with obvious stability risk is not issued (不出台); each beside
 * its twin just on the passing side of the threshold, which is approved. A refusal writes nothing and names the rule
 * and its figures; every decision keeps the rules as evaluated, in the matter and in DecisionRecorded.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class ThreeRulesTest {

    private static final String DEVELOPMENT = "县发展和改革局";
    private static final String ENGLISH = "en";
    private static final String CHECK = "rules.find { it.rule == '%s' }.checks.find { it.figure == '%s' }.";

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
    void shouldNotStartWastefulWorkEvenAtLowRisk() {
        String owner = owner(DEVELOPMENT);
        Village village = village();
        // 12,000,000 yuan for 20 households, feasibility only partly shown (3): the proposal is LOW all the same.
        UUID costly = matterAtReport(owner, project(village, 20, 12_000_000), village,
                analysis(4, 4, 3, 4, List.of()), Map.of());
        given().auth().oauth2(owner).when().get("/api/v1/matters/{id}", costly).then().body("riskLevel", equalTo("LOW"));

        refuse(owner, costly, "wasteful-work-not-started")
                .body("blockedBy", equalTo(List.of("WASTEFUL_WORK")))
                .body(check("WASTEFUL_WORK", "BUDGET_PER_HOUSEHOLD") + "value", equalTo(600_000.0f))
                .body(check("WASTEFUL_WORK", "BUDGET_PER_HOUSEHOLD") + "limit", equalTo(200_000.0f))
                .body(check("WASTEFUL_WORK", "BUDGET_PER_HOUSEHOLD") + "triggered", equalTo(true))
                .body(check("WASTEFUL_WORK", "FEASIBILITY_SCORE") + "triggered", equalTo(false))
                .body("rules.find { it.rule == 'WASTEFUL_WORK' }.consequenceLabel", equalTo("不开展"))
                .body("errors.reason", hasItem(containsString("受影响户户均预算 600,000 元（12,000,000 元，20 户）：达到 200,000 元时可行性须"
                        + "至少 4 分，评分 3 分")));
        refusedIn(ENGLISH, owner, costly)
                .body("rules.find { it.rule == 'WASTEFUL_WORK' }.consequenceLabel", equalTo("Not started"))
                .body("errors.reason", hasItem(containsString("budget 600,000 yuan per affected household (12,000,000 yuan for 20 households): "
                        + "from 200,000 feasibility must be at least 4, scored 3")));
        decide(owner, costly, "VETO").statusCode(200)
                .body("decisionRules.find { it.rule == 'WASTEFUL_WORK' }.outcome", equalTo("BLOCKS_APPROVAL"))
                .body("decisionRules.find { it.rule == 'UNBALANCED_INTERESTS' }.outcome", equalTo("PASSES"));
        JsonPath vetoed = events(kafka, costly, "DecisionRecorded", 1).get(0);
        assertThat(vetoed.getString("decision")).isEqualTo("VETO");
        assertThat(vetoed.getString("rules.find { it.rule == 'WASTEFUL_WORK' }.outcome")).isEqualTo("BLOCKS_APPROVAL");

        // Feasibility scored 2 (cost far above benefit): the assessor's LOW does not make it approvable.
        UUID unfeasible = matterAtReport(owner, project(village, 20, 1_000_000), village, analysis(4, 4, 2, 4, List.of()),
                Map.of("level", "LOW", "overrideReason", "投资规模小"));
        refuse(owner, unfeasible, "wasteful-work-not-started")
                .body(check("WASTEFUL_WORK", "FEASIBILITY_SCORE") + "value", equalTo(2.0f))
                .body(check("WASTEFUL_WORK", "FEASIBILITY_SCORE") + "triggered", equalTo(true))
                .body(check("WASTEFUL_WORK", "BUDGET_PER_HOUSEHOLD") + "triggered", equalTo(false))
                .body("errors[0].field", equalTo("decision"))
                .body("errors[0].reason", containsString("可行性评分 2 分（满分 5 分，2 分及以下即成立）"));
        refusedIn(ENGLISH, owner, unfeasible)
                .body("errors[0].reason", containsString("feasibility scored 2 of 5 (holds at 2 or below)"));
    }

    @Test
    void shouldNotApproveAProjectMostOfWhoseAffectedOpposeIt() {
        String owner = owner(DEVELOPMENT);
        Village village = village();
        UUID opposed = matterAtReport(owner, project(village, 50, null), village, analysis(4, 4, 4, 4, ownedMeasures("公开补偿标准")),
                Map.of(), survey(village, 100, 60, 35, 5, 0));

        refuse(owner, opposed, "unbalanced-project-not-approved")
                .body("blockedBy", equalTo(List.of("UNBALANCED_INTERESTS")))
                .body(check("UNBALANCED_INTERESTS", "OPPOSE_SHARE") + "value", equalTo(0.35f))
                .body(check("UNBALANCED_INTERESTS", "OPPOSE_SHARE") + "limit", equalTo(0.3f))
                .body("errors.reason", hasItem(containsString("受影响乡镇和村收集的 100 条意见中 35 条反对：35%（30% 起成立）")));
        refusedIn(ENGLISH, owner, opposed)
                .body("errors.reason", hasItem(containsString("35 of 100 opinions gathered in the affected townships and villages oppose: 35%")));
        decide(owner, opposed, "POSTPONE").statusCode(200).body("decision", equalTo("POSTPONE"))
                .body("decisionRules.find { it.rule == 'UNBALANCED_INTERESTS' }.outcome", equalTo("BLOCKS_APPROVAL"))
                .body("decisionRules.find { it.rule == 'UNBALANCED_INTERESTS' }.consequence", equalTo("NOT_APPROVED"));
        assertThat(events(kafka, opposed, "DecisionRecorded", 1).get(0).getFloat(
                "rules.find { it.rule == 'UNBALANCED_INTERESTS' }.checks.find { it.figure == 'OPPOSE_SHARE' }.value")).isEqualTo(0.35f);

        UUID reasonable = matterAtReport(owner, project(village, 50, null), village,
                analysis(4, 2, 4, 4, ownedMeasures("公开补偿标准")), Map.of(), survey(village, 100, 90, 5, 5, 0));
        refuse(owner, reasonable, "unbalanced-project-not-approved")
                .body(check("UNBALANCED_INTERESTS", "REASONABLENESS_SCORE") + "triggered", equalTo(true))
                .body(check("UNBALANCED_INTERESTS", "OPPOSE_SHARE") + "triggered", equalTo(false));
    }

    @Test
    void shouldWeighOpenLandAndHousingGrievancesOfTheAffectedVillagesIntoUnbalancedInterests() {
        List<Village> villages = RiskTestData.villages(kafka, UUID.randomUUID(), 2);
        Village east = villages.get(0);
        Village west = villages.get(1);
        Instant earlier = Instant.now().minusSeconds(3600);
        for (int i = 0; i < 6; i++) {
            caseEvent(kafka, "CaseOpened", UUID.randomUUID(), i % 2 == 0 ? east : west, "DISPUTE", "LAND", earlier);
        }
        caseEvent(kafka, "CaseOpened", UUID.randomUUID(), east, "OPINION", "LAND", earlier);
        for (int i = 0; i < 4; i++) {
            caseEvent(kafka, "CaseOpened", UUID.randomUUID(), west, "PROBLEM", "WATER", earlier);
        }
        for (int i = 0; i < 3; i++) {
            caseEvent(kafka, "CaseOpened", UUID.randomUUID(), east, "PROBLEM", "EDUCATION", earlier);
        }
        Await.until("14 cases open", WAIT, () -> RiskTestData.openCases(villages) == 14);

        String owner = owner(DEVELOPMENT);
        Map<String, Object> body = RiskTestData.project(villages);
        body.put("householdsAffected", 60);
        body.remove("budgetYuan");
        UUID project = register(owner, body);
        RiskTestData.startGathering(owner, project);
        post(owner, "/api/v1/matters/" + project + "/surveys", survey(east, 60, 55, 2, 3, 0)).statusCode(201);
        step(owner, project, "/analysis", analysis(4, 4, 4, 4, ownedMeasures("土地纠纷逐户化解"))).statusCode(200);

        // 6 land disputes x 3 + 1 land opinion x 1.5 = 19.5: below 20 (water and education cases are no grievance about interests).
        proposal(owner, project).body("level", equalTo("MEDIUM"))
                .body("weightedOpenCases", equalTo(23.5f))
                .body("approvalBlockedBy", hasSize(0))
                .body(check("UNBALANCED_INTERESTS", "OPEN_GRIEVANCES") + "value", equalTo(19.5f))
                .body(check("UNBALANCED_INTERESTS", "OPEN_GRIEVANCES") + "triggered", equalTo(false));

        UUID petition = UUID.randomUUID();
        caseEvent(kafka, "PetitionFiled", petition, west, "PETITION", "HOUSING_DEMOLITION", earlier);
        Await.until("the petition open", WAIT, () -> RiskTestData.villageCase(petition) != null);
        proposal(owner, project).body("level", equalTo("MEDIUM"))
                .body("approvalBlockedBy", equalTo(List.of("UNBALANCED_INTERESTS")))
                .body(check("UNBALANCED_INTERESTS", "OPEN_GRIEVANCES") + "value", equalTo(25.5f))
                .body(check("UNBALANCED_INTERESTS", "OPEN_GRIEVANCES") + "reason", equalTo("受影响村关于 HOUSING_DEMOLITION、LAND 的"
                        + "未结案件和信访（加权）：25.5（20.0 起成立）：HOUSING_DEMOLITION PETITION：1 × 6.0 = 6.0，LAND DISPUTE：6 × 3.0 = "
                        + "18.0，LAND OPINION：1 × 1.5 = 1.5"));
        proposal(owner, project, ENGLISH)
                .body(check("UNBALANCED_INTERESTS", "OPEN_GRIEVANCES") + "reason", equalTo("weighted open cases and petitions about "
                        + "HOUSING_DEMOLITION, LAND in the affected villages: 25.5 (holds from 20.0): HOUSING_DEMOLITION PETITION: "
                        + "1 x 6.0 = 6.0, LAND DISPUTE: 6 x 3.0 = 18.0, LAND OPINION: 1 x 1.5 = 1.5"));
        step(owner, project, "/risk-level", Map.of()).statusCode(200);
        step(owner, project, "/report", Map.of("summary", "拆迁信访未结")).statusCode(200);
        refuse(owner, project, "unbalanced-project-not-approved")
                .body(check("UNBALANCED_INTERESTS", "OPEN_GRIEVANCES") + "value", equalTo(25.5f));
    }

    @Test
    void shouldPostponeAPolicyMostPeopleDoNotUnderstandAndIssueItOnceExplained() {
        String owner = owner(DEVELOPMENT);
        Village village = village();
        UUID policy = register(owner, policy(village, 40));
        RiskTestData.startGathering(owner, policy);
        post(owner, "/api/v1/matters/" + policy + "/meetings", meeting("CONSULTATION", village, List.of(
                opinion("OTHER", "SUPPORT", 20), opinion("OTHER", "OPPOSE", 6), opinion("OTHER", "NOT_UNDERSTOOD", 5))))
                .statusCode(201).body("opinions[2].stanceLabel", equalTo("不理解"));
        post(owner, "/api/v1/matters/" + policy + "/surveys", survey(village, 12, 0, 0, 0, 10)).statusCode(201)
                .body("notUnderstood", equalTo(10));
        step(owner, policy, "/analysis", analysis(4, 4, 4, 4, List.of())).statusCode(200);

        // 6 oppose and 15 do not understand of 41: 51%. Opposition alone (15%) leaves the policy at LOW risk.
        proposal(owner, policy).body("level", equalTo("LOW"))
                .body("rules.rule", equalTo(List.of("OBVIOUS_STABILITY_RISK", "POLICY_NOT_UNDERSTOOD")))
                .body("approvalBlockedBy", equalTo(List.of("POLICY_NOT_UNDERSTOOD")))
                .body("opinions.notUnderstood", equalTo(15));
        step(owner, policy, "/risk-level", Map.of()).statusCode(200).body("riskLevel", equalTo("LOW"));
        step(owner, policy, "/report", Map.of("summary", "群众对政策理解不够")).statusCode(200);
        refuse(owner, policy, "policy-not-understood-postponed")
                .body("rules.find { it.rule == 'POLICY_NOT_UNDERSTOOD' }.consequence", equalTo("POSTPONED"))
                .body("rules.find { it.rule == 'POLICY_NOT_UNDERSTOOD' }.consequenceLabel", equalTo("缓出台"))
                .body(check("POLICY_NOT_UNDERSTOOD", "OPPOSE_OR_NOT_UNDERSTOOD_SHARE") + "value", equalTo(0.5122f))
                .body("errors.reason", hasItem(containsString("41 条意见中 21 条反对（6）或不理解（15）该政策：51%（50% 起成立）")));
        refusedIn(ENGLISH, owner, policy)
                .body("errors.reason", hasItem(containsString("21 of 41 opinions oppose (6) or do not understand (15) the policy: 51% (holds from 50%)")));
        decide(owner, policy, "POSTPONE").statusCode(200).body("decisionLabel", equalTo("暂缓实施"))
                .body("decisionRules.find { it.rule == 'POLICY_NOT_UNDERSTOOD' }.outcome", equalTo("BLOCKS_APPROVAL"));
        assertThat(events(kafka, policy, "HearingHeld", 1).get(0).getInt("notUnderstood")).isEqualTo(5);

        // Explained at a second meeting, 30 more support it: 21 of 71 (30%); the reassessed policy is issued.
        RiskTestData.transition(owner, policy, "REASSESS").statusCode(200);
        post(owner, "/api/v1/matters/" + policy + "/meetings", meeting("HEARING", village, List.of(opinion("OTHER", "SUPPORT", 30))))
                .statusCode(201);
        step(owner, policy, "/risk-level", Map.of()).statusCode(200);
        step(owner, policy, "/report", Map.of("summary", "宣讲后群众理解支持")).statusCode(200);
        decide(owner, policy, "APPROVE").statusCode(200).body("decision", equalTo("APPROVE"))
                .body("decisionRules.outcome", everyItem(equalTo("PASSES")));
        List<JsonPath> decisions = events(kafka, policy, "DecisionRecorded", 2);
        assertThat(decisions).extracting(d -> d.getString("decision")).containsExactly("POSTPONE", "APPROVE");
        assertThat(decisions.get(1).getFloat("rules[1].checks.find { it.figure == 'OPPOSE_OR_NOT_UNDERSTOOD_SHARE' }.value"))
                .isEqualTo(0.2958f);
    }

    @Test
    void shouldNotIssueAPolicyWithObviousStabilityRisk() {
        String owner = owner(DEVELOPMENT);
        Village village = village();
        // Controllability 2: the assessor's LOW does not hide the obvious risk.
        UUID uncontrollable = matterAtReport(owner, policy(village, 40), village, analysis(4, 4, 4, 2, List.of()),
                Map.of("level", "LOW", "overrideReason", "历史上未发生群体性事件"), survey(village, 40, 38, 0, 2, 0));
        refuse(owner, uncontrollable, "obvious-stability-risk-not-issued")
                .body("blockedBy", equalTo(List.of("OBVIOUS_STABILITY_RISK")))
                .body(check("OBVIOUS_STABILITY_RISK", "CONTROLLABILITY_SCORE") + "triggered", equalTo(true))
                .body(check("OBVIOUS_STABILITY_RISK", "RISK_LEVEL") + "triggered", equalTo(false))
                .body("rules.find { it.rule == 'OBVIOUS_STABILITY_RISK' }.consequenceLabel", equalTo("不出台"));
        decide(owner, uncontrollable, "VETO").statusCode(200)
                .body("decisionRules.find { it.rule == 'OBVIOUS_STABILITY_RISK' }.outcome", equalTo("BLOCKS_APPROVAL"));

        // A risk factor of 4 x 5 makes the proposal HIGH: the rule shows it before the level is set.
        UUID risky = register(owner, policy(village, 40));
        RiskTestData.startGathering(owner, risky);
        post(owner, "/api/v1/matters/" + risky + "/surveys", survey(village, 40, 38, 0, 2, 0)).statusCode(201);
        Map<String, Object> withFactor = analysis(4, 4, 4, 4, List.of());
        withFactor.put("riskFactors", List.of(Map.of("description", "可能引发集体上访", "likelihood", 4, "impact", 5)));
        step(owner, risky, "/analysis", withFactor).statusCode(200);
        proposal(owner, risky).body("level", equalTo("HIGH"))
                .body("approvalBlockedBy", equalTo(List.of("OBVIOUS_STABILITY_RISK")))
                .body(check("OBVIOUS_STABILITY_RISK", "RISK_LEVEL") + "reason", equalTo("建议风险等级（尚未确定）为高风险：有明显稳定风险"));
        proposal(owner, risky, ENGLISH).body(check("OBVIOUS_STABILITY_RISK", "RISK_LEVEL") + "reason",
                equalTo("proposed risk level (not set yet) HIGH: obvious stability risk"));
        step(owner, risky, "/risk-level", Map.of()).statusCode(200);
        step(owner, risky, "/report", Map.of("summary", "风险明显")).statusCode(200);
        refuse(owner, risky, "obvious-stability-risk-not-issued")
                .body(check("OBVIOUS_STABILITY_RISK", "RISK_LEVEL") + "reason", equalTo("风险等级为高风险：有明显稳定风险"));
        refusedIn(ENGLISH, owner, risky)
                .body(check("OBVIOUS_STABILITY_RISK", "RISK_LEVEL") + "reason", equalTo("risk level HIGH: obvious stability risk"));
        decide(owner, risky, "VETO").statusCode(200);
        assertThat(events(kafka, risky, "DecisionRecorded", 1).get(0).getString(
                "rules.find { it.rule == 'OBVIOUS_STABILITY_RISK' }.outcome")).isEqualTo("BLOCKS_APPROVAL");
    }

    @Test
    void shouldApproveMattersJustOnThePassingSideOfEveryRuleAndKeepTheRulesOnRecord() {
        String owner = owner(DEVELOPMENT);
        Village village = village();
        // 199,999 yuan per household, 29% opposed, reasonableness, feasibility and controllability 3.
        UUID project = matterAtReport(owner, project(village, 50, 9_999_950), village,
                analysis(4, 3, 3, 3, ownedMeasures("公开补偿标准")), Map.of(), survey(village, 100, 71, 29, 0, 0));
        proposal(owner, project).body("approvalBlockedBy", hasSize(0))
                .body("rules.outcome", equalTo(List.of("PASSES", "PASSES", "PASSES")));
        decide(owner, project, "APPROVE").statusCode(200).body("decision", equalTo("APPROVE"))
                .body("decisionRules.rule", equalTo(List.of("OBVIOUS_STABILITY_RISK", "UNBALANCED_INTERESTS", "WASTEFUL_WORK")))
                .body("decisionRules.outcome", everyItem(equalTo("PASSES")))
                .body("decisionRules[2].checks.find { it.figure == 'BUDGET_PER_HOUSEHOLD' }.value", equalTo(199_999.0f));
        given().auth().oauth2(owner).when().get("/api/v1/matters/{id}", project).then()
                .body("decisionRules.checks.flatten()", hasSize(7))
                .body("decisionRules[1].checks.find { it.figure == 'OPPOSE_SHARE' }.value", equalTo(0.29f));
        JsonPath approved = events(kafka, project, "DecisionRecorded", 1).get(0);
        assertThat(approved.getList("rules.outcome")).containsExactly("PASSES", "PASSES", "PASSES");
        assertThat(approved.getList("rules.checks.flatten().triggered")).hasSize(7).containsOnly(false);

        // 20 oppose and 29 do not understand of 100: 49%, controllability 3.
        UUID policy = matterAtReport(owner, policy(village, 40), village, analysis(4, 3, 3, 3, ownedMeasures("政策宣讲")),
                Map.of(), survey(village, 100, 51, 20, 0, 29));
        decide(owner, policy, "APPROVE").statusCode(200)
                .body("decisionRules.rule", equalTo(List.of("OBVIOUS_STABILITY_RISK", "POLICY_NOT_UNDERSTOOD")))
                .body("decisionRules[1].checks.find { it.figure == 'OPPOSE_OR_NOT_UNDERSTOOD_SHARE' }.value", equalTo(0.49f));
    }

    @Test
    void shouldShowInTheProposalWhichRulesWouldBlockApprovalAndWhy() {
        String owner = owner(DEVELOPMENT);
        Village village = village();
        Map<String, Object> body = project(village, 50, 20_000_000);
        body.put("kind", "MAJOR_DECISION");
        UUID decision = register(owner, body);
        RiskTestData.startGathering(owner, decision);
        step(owner, decision, "/analysis", analysis(4, 2, 2, 4, List.of())).statusCode(200);

        proposal(owner, decision).statusCode(200).body("level", equalTo("MEDIUM"))
                .body("approvalBlockedBy", equalTo(List.of("UNBALANCED_INTERESTS", "WASTEFUL_WORK")))
                .body("rules.rule", equalTo(List.of("OBVIOUS_STABILITY_RISK", "UNBALANCED_INTERESTS", "WASTEFUL_WORK")))
                .body("rules.ruleLabel", equalTo(List.of("有明显稳定风险的不出台", "利益严重失衡的项目不批准", "劳民伤财的事不开展")))
                .body("rules.outcomeLabel", equalTo(List.of("通过", "不得批准", "不得批准")))
                .body(check("OBVIOUS_STABILITY_RISK", "RISK_LEVEL") + "reason", equalTo("建议风险等级（尚未确定）为中风险"))
                .body(check("UNBALANCED_INTERESTS", "REASONABLENESS_SCORE") + "reason", equalTo("合理性评分 2 分（满分 5 分，2 分及以下即成立）"))
                .body(check("UNBALANCED_INTERESTS", "REASONABLENESS_SCORE") + "figureLabel", equalTo("合理性评分"))
                .body(check("UNBALANCED_INTERESTS", "OPPOSE_SHARE") + "reason", equalTo("尚未收集意见"))
                .body(check("UNBALANCED_INTERESTS", "OPPOSE_SHARE") + "value", nullValue())
                .body(check("WASTEFUL_WORK", "FEASIBILITY_SCORE") + "triggered", equalTo(true))
                .body(check("WASTEFUL_WORK", "BUDGET_PER_HOUSEHOLD") + "reason", equalTo("受影响户户均预算 400,000 元（20,000,000 元，50 户）："
                        + "达到 200,000 元时可行性须至少 4 分，评分 2 分"));
        proposal(owner, decision, ENGLISH)
                .body(check("OBVIOUS_STABILITY_RISK", "RISK_LEVEL") + "reason", equalTo("proposed risk level (not set yet) MEDIUM"))
                .body(check("UNBALANCED_INTERESTS", "REASONABLENESS_SCORE") + "reason",
                        equalTo("reasonableness scored 2 of 5 (holds at 2 or below)"))
                .body(check("UNBALANCED_INTERESTS", "REASONABLENESS_SCORE") + "figureLabel", equalTo("Reasonableness score"))
                .body(check("UNBALANCED_INTERESTS", "OPPOSE_SHARE") + "reason", equalTo("no opinions gathered yet"))
                .body(check("WASTEFUL_WORK", "BUDGET_PER_HOUSEHOLD") + "reason", equalTo("budget 400,000 yuan per affected household "
                        + "(20,000,000 yuan for 50 households): from 200,000 feasibility must be at least 4, scored 2"));
        given().auth().oauth2(owner("县教育局")).when().get("/api/v1/matters/{id}/risk-proposal", decision).then().statusCode(404);
    }

    /** APPROVE is refused with the rule's problem; the matter, its decisions and its events stay as they were. */
    private static ValidatableResponse refuse(String owner, UUID matterId, String problemCode) {
        long version = RiskTestData.version(owner, matterId);
        ValidatableResponse refused = decide(owner, matterId, "APPROVE").statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:" + problemCode))
                .body("status", equalTo(422))
                .body("errors[0].field", equalTo("decision"));
        given().auth().oauth2(owner).when().get("/api/v1/matters/{id}", matterId).then()
                .body("status", equalTo("REPORT")).body("decision", nullValue()).body("version", equalTo((int) version));
        assertThat(decisionsKept(matterId)).isZero();
        assertThat(outboxEvents(matterId, "DecisionRecorded")).isZero();
        return refused;
    }

    private static ValidatableResponse decide(String owner, UUID matterId, String decision) {
        return step(owner, matterId, "/decision", Map.of("decision", decision, "minutes", "县政府常务会议集体研究"));
    }

    private static ValidatableResponse proposal(String owner, UUID matterId) {
        return given().auth().oauth2(owner).when().get("/api/v1/matters/{id}/risk-proposal", matterId).then().statusCode(200);
    }

    private static ValidatableResponse proposal(String owner, UUID matterId, String language) {
        return given().auth().oauth2(owner).header("Accept-Language", language).when()
                .get("/api/v1/matters/{id}/risk-proposal", matterId).then().statusCode(200);
    }

    /** APPROVE asked again in {@code language}: refused the same way, in that language. */
    private static ValidatableResponse refusedIn(String language, String owner, UUID matterId) {
        return given().auth().oauth2(owner).header("Accept-Language", language).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "minutes", "县政府常务会议集体研究", "version", RiskTestData.version(owner, matterId)))
                .when().post("/api/v1/matters/{id}/decision", matterId).then().statusCode(422)
                .header("Content-Language", language);
    }

    private static String check(String rule, String figure) {
        return CHECK.formatted(rule, figure);
    }

    /** Registers, gathers opinion with the surveys given (or a supportive one), analyses, sets the level, reports. */
    @SafeVarargs
    private static UUID matterAtReport(String owner, Map<String, Object> body, Village village, Map<String, Object> analysis,
                                       Map<String, Object> level, Map<String, Object>... surveys) {
        UUID matter = register(owner, body);
        RiskTestData.startGathering(owner, matter);
        for (Map<String, Object> survey : surveys.length == 0 ? List.of(survey(village, 20, 17, 1, 2, 0)) : List.of(surveys)) {
            post(owner, "/api/v1/matters/" + matter + "/surveys", survey).statusCode(201);
        }
        step(owner, matter, "/analysis", analysis).statusCode(200);
        step(owner, matter, "/risk-level", level).statusCode(200);
        step(owner, matter, "/report", Map.of("summary", "评估报告")).statusCode(200);
        return matter;
    }

    private Village village() {
        return RiskTestData.villages(kafka, UUID.randomUUID(), 1).get(0);
    }

    private static Map<String, Object> project(Village village, int households, Integer budgetYuan) {
        Map<String, Object> body = RiskTestData.project(List.of(village));
        body.put("title", "村道硬化及排水工程");
        body.put("householdsAffected", households);
        body.remove("landMu");
        body.remove("housesToDemolish");
        body.remove("gravesToMove");
        if (budgetYuan == null) {
            body.remove("budgetYuan");
        } else {
            body.put("budgetYuan", budgetYuan);
        }
        return body;
    }

    private static Map<String, Object> policy(Village village, int households) {
        Map<String, Object> body = project(village, households, null);
        body.put("kind", "POLICY");
        body.put("title", "农村生活垃圾收费办法");
        return body;
    }
}
