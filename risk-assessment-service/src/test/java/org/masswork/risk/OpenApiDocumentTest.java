package org.masswork.risk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.OpenApiRules;
import org.masswork.infra.TestTokens;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.security.Role;
import org.masswork.platform.testing.DocumentedOperations;
import org.masswork.risk.matter.MatterAction;
import org.masswork.risk.matter.MatterStateMachine;
import org.masswork.risk.matter.MatterStatus;
import org.masswork.risk.matter.TransitionAction;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class OpenApiDocumentTest {

    @Test
    void shouldBoundEveryStringIntegerAndArrayOfTheDocument() {
        assertThat(OpenApiRules.violations(document())).isEmpty();
    }

    @Test
    void shouldDescribeEveryOperationAsTheCodeServesItWithItsRolesRequiredParametersAndExamples() {
        assertThat(DocumentedOperations.of(document()).violations()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldListOnlyTheActionsTheTransitionsAcceptAndTheRulesAnApprovalMayBeRefusedBy() {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document().get("components")).get("schemas");
        Map<String, Object> action = resolve(schemas, (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                schemas.get("MatterTransitionRequest")).get("properties")).get("action"));
        assertThat((List<String>) action.get("enum"))
                .containsExactlyElementsOf(Arrays.stream(TransitionAction.values()).map(Enum::name).toList());
        assertThat(Arrays.stream(TransitionAction.values()).map(TransitionAction::step))
                .as("each a step the state machine takes from some status").allMatch(OpenApiDocumentTest::somewhereAllowed);
        String owner = TestTokens.token("owner", Set.of(Role.DECISION_OWNER), Map.of("department", "县交通运输局"));
        for (MatterAction step : MatterAction.values()) {
            ExtractableResponse<Response> answer = given().auth().oauth2(owner).contentType(ContentType.JSON)
                    .body(Map.of("action", step.name(), "version", 0))
                    .when().post("/api/v1/matters/{id}/transitions", UUID.randomUUID()).then().extract();
            if (((List<String>) action.get("enum")).contains(step.name())) {
                assertThat(answer.statusCode()).as(step + " is accepted: the matter is looked up").isEqualTo(404);
            } else {
                assertThat(answer.statusCode()).as(step + " is refused").isEqualTo(400);
                assertThat(answer.<List<String>>path("errors.field")).as(step.name()).containsExactly("action");
            }
        }

        Map<String, Object> refused = given().queryParam("format", "json").when().get("/q/openapi").then()
                .extract().jsonPath().<String, Object>getMap("paths.'/api/v1/matters/{id}/decision'.post.responses.'422'.content."
                        + "'application/problem+json'.schema");
        assertThat(refused.get("$ref")).isEqualTo("#/components/schemas/ApprovalRefusedProblem");
        Map<String, Object> rule = resolve(schemas, (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                schemas.get("RuleEvaluation")).get("properties")).get("rule"));
        assertThat((List<String>) rule.get("enum"))
                .containsExactly("OBVIOUS_STABILITY_RISK", "UNBALANCED_INTERESTS", "WASTEFUL_WORK", "POLICY_NOT_UNDERSTOOD");
        assertThat((Map<String, Object>) ((Map<String, Object>) schemas.get("RiskFigures")).get("properties"))
                .containsOnlyKeys("countyId", "townshipId", "townshipName", "hearingsHeld", "consultationsHeld", "mattersAssessed",
                        "mattersVetoed", "mattersNotCarriedOut", "mattersPostponed", "mattersApproved");
        assertThat((Map<String, Object>) ((Map<String, Object>) schemas.get("RiskFiguresReport")).get("properties"))
                .containsOnlyKeys("from", "to", "groupBy", "rows");
    }

    private static boolean somewhereAllowed(MatterAction action) {
        return Arrays.stream(MatterStatus.values()).anyMatch(status -> {
            try {
                MatterStateMachine.next(status, action);
                return true;
            } catch (ConflictProblem notHere) {
                return false;
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schemas, Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null && schema.get("allOf") instanceof List<?> all && all.size() == 1) {
            ref = ((Map<String, Object>) all.get(0)).get("$ref");
        }
        return ref == null ? schema : (Map<String, Object>) schemas.get(ref.toString().substring("#/components/schemas/".length()));
    }

    private static Map<String, Object> document() {
        return given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }
}
