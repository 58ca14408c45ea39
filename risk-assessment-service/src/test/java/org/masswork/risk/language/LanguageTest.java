package org.masswork.risk.language;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.masswork.infra.Languages;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.risk.RiskTestData;
import org.masswork.risk.matter.MatterRepository;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class LanguageTest {

    private static final String WATER = "县水利局";
    /** Han characters, CJK punctuation and full-width forms. */
    private static final String CJK = "[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]";

    @Inject
    MatterRepository matters;

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
    void shouldAnswerABadMatterInChineseByDefaultAndInEnglishWhenAsked() {
        Map<String, Object> body = RiskTestData.project(List.of());
        body.put("title", " ");

        List<JsonPath> answers = Languages.assertProblemFollowsLanguage(language -> as(language).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/matters"), 400);

        JsonPath english = answers.get(0);
        assertThat(english.getList("errors.field", String.class)).containsExactly("title", "villageIds");
        assertThat(english.getString("detail")).isEqualTo("2 fields are invalid: title, villageIds");
        assertThat(english.getList("errors.reason", String.class)).containsExactly("must not be blank", "must not be empty");
        assertThat(QuarkusTransaction.requiringNew().call(() -> matters.count("title", " "))).isZero();
    }

    @Test
    void shouldAnswerAnUnknownVillageInEachLanguage() {
        Map<String, Object> body = RiskTestData.project(RiskTestData.villages(kafka, UUID.randomUUID(), 1));
        UUID unknown = UUID.randomUUID();
        body.put("villageIds", List.of(unknown.toString()));

        List<JsonPath> answers = Languages.assertProblemFollowsLanguage(language -> as(language).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/matters"), 422);

        assertThat(answers.get(0).getString("detail")).isEqualTo("1 field breaks a business rule: villageIds");
        assertThat(answers.get(0).getList("errors.reason", String.class)).containsExactly("No station is registered for village(s) " + unknown);
        assertThat(answers.get(1).getList("errors.reason", String.class)).containsExactly("以下村没有登记工作站：" + unknown);
    }

    @Test
    void shouldLabelAMatterInTheLanguageAsked() {
        UUID matter = RiskTestData.register(RiskTestData.owner(WATER),
                RiskTestData.project(RiskTestData.villages(kafka, UUID.randomUUID(), 1)));

        Languages.assertLabelFollowsLanguage(language -> as(language).when().get("/api/v1/matters/{id}", matter),
                "kindLabel", "建设项目", "Construction project");
    }

    /**
     * A project every rule refuses at once (HIGH risk, controllability, reasonableness and feasibility 2, 35% opposed,
     * open land disputes, 600,000 yuan a household): the 422, the decision's rules and the proposal's reasons are
     * wholly Chinese by default, but for case-service's codes of the disputes, and wholly English when asked.
     */
    @Test
    void shouldWordTheThreeRulesWhollyInTheLanguageAsked() {
        String owner = RiskTestData.owner(WATER);
        RiskTestData.Village village = RiskTestData.villages(kafka, UUID.randomUUID(), 1).get(0);
        Instant earlier = Instant.now().minusSeconds(3600);
        for (int i = 0; i < 7; i++) {
            RiskTestData.caseEvent(kafka, "CaseOpened", UUID.randomUUID(), village, "DISPUTE", "LAND", earlier);
        }
        Await.until("7 cases open", RiskTestData.WAIT, () -> RiskTestData.openCases(List.of(village)) == 7);
        Map<String, Object> body = RiskTestData.project(List.of(village));
        body.put("householdsAffected", 20);
        body.put("budgetYuan", 12_000_000);
        UUID matter = RiskTestData.register(owner, body);
        RiskTestData.startGathering(owner, matter);
        RiskTestData.post(owner, "/api/v1/matters/" + matter + "/surveys", RiskTestData.survey(village, 100, 60, 35, 5, 0))
                .statusCode(201);
        RiskTestData.step(owner, matter, "/analysis", RiskTestData.analysis(4, 2, 2, 2, RiskTestData.ownedMeasures("逐户化解")))
                .statusCode(200);
        RiskTestData.step(owner, matter, "/risk-level", Map.of()).statusCode(200);
        RiskTestData.step(owner, matter, "/report", Map.of("summary", "风险明显")).statusCode(200);
        Map<String, Object> approve = Map.of("decision", "APPROVE", "minutes", "县政府常务会议集体研究");

        List<JsonPath> refusals = Languages.assertProblemFollowsLanguage(language -> as(language).contentType(ContentType.JSON)
                .body(withVersion(owner, matter, approve)).when().post("/api/v1/matters/{id}/decision", matter), 422);

        JsonPath english = refusals.get(0);
        JsonPath chinese = refusals.get(1);
        assertThat(english.getList("blockedBy", String.class))
                .containsExactly("OBVIOUS_STABILITY_RISK", "UNBALANCED_INTERESTS", "WASTEFUL_WORK");
        assertThat(english.getList("errors.reason", String.class)).hasSize(3)
                .contains("WASTEFUL_WORK (Wasteful work): feasibility scored 2 of 5 (holds at 2 or below); budget 600,000 yuan "
                        + "per affected household (12,000,000 yuan for 20 households): from 200,000 feasibility must be at least 4, "
                        + "scored 2");
        assertThat(chinese.getList("errors.reason", String.class)).hasSize(3)
                .contains("劳民伤财的事不开展：可行性评分 2 分（满分 5 分，2 分及以下即成立）；受影响户户均预算 600,000 元（12,000,000 元，"
                        + "20 户）：达到 200,000 元时可行性须至少 4 分，评分 2 分");
        assertWhollyEnglish(refusalTexts(english));
        assertWhollyChinese(refusalTexts(chinese));

        RiskTestData.step(owner, matter, "/decision", Map.of("decision", "VETO", "minutes", "县政府常务会议集体研究")).statusCode(200);
        JsonPath vetoedInEnglish = as(Languages.ENGLISH).when().get("/api/v1/matters/{id}", matter).then().statusCode(200)
                .extract().jsonPath();
        JsonPath vetoed = as(null).when().get("/api/v1/matters/{id}", matter).then().statusCode(200).extract().jsonPath();
        assertThat(vetoed.getList("decisionRules.checks.flatten().reason", String.class))
                .contains("受影响村关于 HOUSING_DEMOLITION、LAND 的未结案件和信访（加权）：21.0（20.0 起成立）：LAND DISPUTE：7 × 3.0 = 21.0");
        assertThat(vetoedInEnglish.getList("decisionRules.checks.flatten().reason", String.class))
                .contains("weighted open cases and petitions about HOUSING_DEMOLITION, LAND in the affected villages: 21.0 "
                        + "(holds from 20.0): LAND DISPUTE: 7 x 3.0 = 21.0");
        assertWhollyEnglish(texts(vetoedInEnglish, "decisionRules"));
        assertWhollyChinese(texts(vetoed, "decisionRules"));
        assertWhollyEnglish(vetoedInEnglish.getList("proposalReasons", String.class));
        assertWhollyChinese(vetoed.getList("proposalReasons", String.class));
        assertThat(vetoed.getList("proposalReasons", String.class)).contains("可控性评分 2 分（满分 5 分）");
        assertThat(vetoed.getList("criteria.label", String.class)).containsExactly("合法性", "合理性", "可行性", "可控性");
        assertThat(vetoedInEnglish.getList("criteria.label", String.class))
                .containsExactly("Legality", "Reasonableness", "Feasibility", "Controllability");
    }

    /** The words a reader reads in a refusal: its title, detail and reasons, and the rules evaluated. */
    private static List<String> refusalTexts(JsonPath refusal) {
        List<String> texts = new ArrayList<>(List.of(refusal.getString("title"), refusal.getString("detail")));
        texts.addAll(refusal.getList("errors.reason", String.class));
        texts.addAll(texts(refusal, "rules"));
        return texts;
    }

    /** The words a reader reads in the rules at {@code path}, a decision's or a refusal's. */
    private static List<String> texts(JsonPath answer, String path) {
        List<String> texts = new ArrayList<>();
        for (String label : List.of("ruleLabel", "consequenceLabel", "outcomeLabel", "checks.flatten().figureLabel",
                "checks.flatten().reason")) {
            texts.addAll(answer.getList(path + "." + label, String.class));
        }
        assertThat(texts).hasSizeGreaterThan(10);
        return texts;
    }

    private static void assertWhollyEnglish(List<String> texts) {
        assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContainPattern(CJK));
    }

    /** Latin letters only in case-service's codes of the cases weighed (its labels are not this service's). */
    private static void assertWhollyChinese(List<String> texts) {
        assertThat(texts).isNotEmpty().allSatisfy(text -> {
            assertThat(text).containsPattern(CJK);
            assertThat(text.replaceAll("\\b(HOUSING_DEMOLITION|LAND|DISPUTE)\\b", "")).doesNotContainPattern("[A-Za-z]");
        });
    }

    private static Map<String, Object> withVersion(String owner, UUID matter, Map<String, Object> body) {
        Map<String, Object> versioned = new HashMap<>(body);
        versioned.put("version", RiskTestData.version(owner, matter));
        return versioned;
    }

    private static RequestSpecification as(String language) {
        RequestSpecification request = given().auth().oauth2(RiskTestData.owner(WATER));
        return language == null ? request : request.header("Accept-Language", language);
    }
}
