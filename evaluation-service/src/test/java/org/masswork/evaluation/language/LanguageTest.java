package org.masswork.evaluation.language;

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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.UpstreamEvents;
import org.masswork.evaluation.UpstreamEvents.Place;
import org.masswork.evaluation.round.RoundRepository;
import org.masswork.infra.Await;
import org.masswork.infra.Languages;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class LanguageTest {

    @Inject
    RoundRepository rounds;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldAnswerABadRoundInChineseByDefaultAndInEnglishWhenAsked() {
        long before = QuarkusTransaction.requiringNew().call(() -> rounds.count());

        List<JsonPath> answers = Languages.assertProblemFollowsLanguage(language -> as(language).contentType(ContentType.JSON)
                .body(Map.of("period", "2026-H3")).when().post("/api/v1/rounds"), 400);

        assertThat(answers.get(0).getList("errors.field", String.class)).containsExactly("period");
        assertThat(answers.get(0).getString("detail")).isEqualTo("1 field is invalid: period");
        assertThat(answers.get(0).getList("errors.reason", String.class)).containsExactly("a half year like 2026-H1");
        assertThat(answers.get(1).getList("errors.reason", String.class)).containsExactly("须为半年度，如 2026-H1");
        assertThat(QuarkusTransaction.requiringNew().call(() -> rounds.count())).isEqualTo(before);
    }

    @Test
    void shouldAnswerAnUnknownCadreInEachLanguage() {
        UUID unknown = UUID.randomUUID();

        List<JsonPath> answers = Languages.assertProblemFollowsLanguage(language -> may(as(language)).queryParam("cadreId", unknown)
                .when().get("/api/v1/work-figures"), 404);

        assertThat(answers.get(0).getString("detail")).isEqualTo("Cadre " + unknown + " does not exist");
        assertThat(answers.get(1).getString("detail")).isEqualTo("干部 " + unknown + " 不存在");
    }

    @Test
    void shouldLabelTheFiveRolesInTheLanguageAsked() {
        UpstreamEvents events = new UpstreamEvents();
        Place place = events.station();
        UUID cadreId = UUID.randomUUID();
        events.assigned(cadreId, place, LocalDate.of(2026, 4, 1));
        events.send();
        Await.until("the cadre is known", Duration.ofSeconds(30), () -> may(as(null)).queryParam("cadreId", cadreId)
                .when().get("/api/v1/work-figures").statusCode() == 200);

        Languages.assertLabelFollowsLanguage(language -> may(as(language)).queryParam("cadreId", cadreId).queryParam("groupBy", "CADRE")
                .when().get("/api/v1/work-figures"), "rows[0].byRole[3].roleLabel", "矛盾纠纷调解员", "Dispute mediator");
    }

    private static RequestSpecification may(RequestSpecification request) {
        return request.queryParam("from", "2026-05-01").queryParam("to", "2026-05-31");
    }

    private static RequestSpecification as(String language) {
        RequestSpecification request = given().auth().oauth2(TestTokens.countyAdmin());
        return language == null ? request : request.header("Accept-Language", language);
    }
}
