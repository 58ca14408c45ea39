package org.masswork.cadre.language;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cadre.CadreTestData.township;
import static org.masswork.cadre.CadreTestData.village;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Languages;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class LanguageTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldAnswerABadRequestInChineseByDefaultAndInEnglishWhenAsked() {
        UUID townshipId = township();
        Map<String, Object> badVillage = Map.of("townshipId", townshipId, "code", "东沟 1", "name", " ", "kind", "VILLAGE",
                "type", "POOR");

        List<JsonPath> answers = Languages.assertProblemFollowsLanguage(language -> as(language).contentType(ContentType.JSON)
                .body(badVillage).when().post("/api/v1/villages"), 400);

        JsonPath english = answers.get(0);
        assertThat(english.getList("errors.field", String.class)).containsExactly("code", "name");
        assertThat(english.getString("detail")).isEqualTo("2 fields are invalid: code, name");
        assertThat(english.getList("errors.reason", String.class)).containsExactly("letters, digits and dashes only", "must not be blank");
        assertThat(answers.get(1).getString("detail")).isEqualTo("2 个字段无效：code、name");
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("townshipId", townshipId).when().get("/api/v1/villages")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldAnswerADomainRuleInEachLanguage() {
        UUID villageId = village(township(), "POOR");

        List<JsonPath> answers = Languages.assertProblemFollowsLanguage(language -> as(language).contentType(ContentType.JSON)
                .body(Map.of("type", "POOR", "reason", "再核", "version", 0)).when().put("/api/v1/villages/{id}/type", villageId), 409);

        assertThat(answers.get(0).getString("detail")).isEqualTo("The village is already POOR");
        assertThat(answers.get(1).getString("detail")).isEqualTo("该村已是穷村");
    }

    @Test
    void shouldLabelAVillageTypeInTheLanguageAsked() {
        UUID villageId = village(township(), "POOR");

        Languages.assertLabelFollowsLanguage(language -> as(language).when().get("/api/v1/villages/{id}", villageId),
                "typeLabel", "穷村", "Poor");
    }

    private static RequestSpecification as(String language) {
        RequestSpecification request = given().auth().oauth2(TestTokens.countyAdmin());
        return language == null ? request : request.header("Accept-Language", language);
    }
}
