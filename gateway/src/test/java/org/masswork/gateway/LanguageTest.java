package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Languages;

/** The gateway's own answers in the language asked, as the services' (their Languages checks). */
@QuarkusTest
@WithTestResource(DownstreamResource.class)
class LanguageTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldAnswerABadDashboardQueryInChineseByDefaultAndInEnglishWhenAsked() {
        List<JsonPath> answers = Languages.assertProblemFollowsLanguage(language -> as(language)
                .when().get("/api/v1/county-dashboard?to=2026-13-01&townshipId=nowhere"), 400);

        JsonPath english = answers.get(0);
        assertThat(english.getList("errors.field", String.class)).containsExactly("from", "to", "townshipId");
        assertThat(english.getString("detail")).isEqualTo("3 fields are invalid: from, to, townshipId");
        assertThat(english.getList("errors.reason", String.class))
                .containsExactly("is required (YYYY-MM-DD)", "must be a date YYYY-MM-DD", "must be a UUID");
        assertThat(answers.get(1).getString("detail")).isEqualTo("3 个字段无效：from、to、townshipId");
    }

    @Test
    void shouldAnswerAPathNoServiceServesInEachLanguage() {
        List<JsonPath> answers = Languages.assertProblemFollowsLanguage(language -> as(language).when().get("/api/v1/nowhere"), 404);

        assertThat(answers.get(0).getString("detail")).isEqualTo("No service serves /api/v1/nowhere");
        assertThat(answers.get(1).getString("detail")).isEqualTo("没有服务提供 /api/v1/nowhere");
    }

    @Test
    void shouldLabelADashboardSectionInTheLanguageAsked() {
        Languages.assertLabelFollowsLanguage(language -> as(language).when()
                        .get("/api/v1/county-dashboard?from=2026-01-01&to=2026-03-31"),
                "evaluation.statusLabel", "暂不可用", "Unavailable");
    }

    private static RequestSpecification as(String language) {
        RequestSpecification request = given().auth().oauth2(EdgeTokens.countyAdmin());
        return language == null ? request : request.header("Accept-Language", language);
    }
}
