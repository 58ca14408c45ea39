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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.Languages;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.risk.RiskTestData;
import org.masswork.risk.matter.MatterRepository;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class LanguageTest {

    private static final String WATER = "县水利局";

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

    private static RequestSpecification as(String language) {
        RequestSpecification request = given().auth().oauth2(RiskTestData.owner(WATER));
        return language == null ? request : request.header("Accept-Language", language);
    }
}
