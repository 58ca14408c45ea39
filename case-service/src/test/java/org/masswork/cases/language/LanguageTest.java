package org.masswork.cases.language;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.casefile.CaseFileRepository;
import org.masswork.infra.Languages;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class LanguageTest {

    @Inject
    CaseFileRepository cases;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldAnswerABadCaseInChineseByDefaultAndInEnglishWhenAsked() {
        Station station = CaseTestData.station();
        Map<String, Object> body = CaseTestData.problem(station);
        body.put("description", " ");
        body.put("villager", Map.of("name", "张三丰", "phone", "call me"));

        List<JsonPath> answers = Languages.assertProblemFollowsLanguage(language -> as(station.cadre(), language)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/cases"), 400);

        JsonPath english = answers.get(0);
        assertThat(english.getList("errors.field", String.class)).containsExactly("description", "villager.phone");
        assertThat(english.getString("detail")).isEqualTo("2 fields are invalid: description, villager.phone");
        assertThat(english.getList("errors.reason", String.class)).containsExactly("must not be blank", "digits, '+', '-' or spaces");
        assertThat(answers.get(1).getList("errors.reason", String.class)).element(1).isEqualTo("只能包含数字、“+”、“-”或空格");
        assertThat(QuarkusTransaction.requiringNew().call(() -> cases.count("stationId", station.stationId()))).isZero();
    }

    @Test
    void shouldAnswerATransitionTheCaseDoesNotAllowInEachLanguage() {
        Station station = CaseTestData.station();
        UUID villager = UUID.randomUUID();
        UUID caseId = CaseTestData.open(TestTokens.villager(villager), CaseTestData.problem(station));

        List<JsonPath> answers = Languages.assertProblemFollowsLanguage(language -> as(TestTokens.villager(villager), language)
                .contentType(ContentType.JSON).body(Map.of("version", CaseTestData.version(caseId), "rating", "SATISFIED")).when()
                .post("/api/v1/cases/{id}/satisfaction", caseId), 409);

        assertThat(answers.get(0).getString("detail")).isEqualTo("A case in state RECEIVED (Received) does not allow the action RATE (Rate)");
        assertThat(answers.get(1).getString("detail")).isEqualTo("处于已登记（RECEIVED）状态的诉求不允许执行满意度评价（RATE）");
    }

    @Test
    void shouldLabelACaseInTheLanguageAsked() {
        Station station = CaseTestData.station();
        UUID caseId = CaseTestData.open(station.cadre(), CaseTestData.problem(station));

        Languages.assertLabelFollowsLanguage(language -> as(TestTokens.countyAdmin(), language).when().get("/api/v1/cases/{id}", caseId),
                "statusLabel", "已登记", "Received");
    }

    private static RequestSpecification as(String token, String language) {
        RequestSpecification request = given().auth().oauth2(token);
        return language == null ? request : request.header("Accept-Language", language);
    }
}
