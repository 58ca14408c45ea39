package org.masswork.risk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.OpenApiRules;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class OpenApiDocumentTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @Test
    void shouldBoundEveryStringIntegerAndArrayOfTheDocument() {
        assertThat(OpenApiRules.violations(document())).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldSayWhoMayCallEveryOperationAndShowAnExampleOfEveryBody() {
        Map<String, Object> paths = (Map<String, Object>) document().get("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (String method : METHODS) {
                Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) path.getValue()).get(method);
                if (operation == null) {
                    continue;
                }
                operations++;
                String where = method.toUpperCase() + " " + path.getKey();
                if (operation.get("operationId") == null || operation.get("summary") == null) {
                    missing.add(where + ": operationId or summary");
                }
                if (!(operation.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                    missing.add(where + ": tag");
                }
                if (!(operation.get("description") instanceof String description) || !description.contains("Roles: ")) {
                    missing.add(where + ": a description naming the roles");
                }
                if (operation.get("requestBody") instanceof Map<?, ?> body) {
                    Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) body.get("content")).get("application/json");
                    if (json == null || !(json.get("examples") instanceof Map<?, ?> examples) || examples.isEmpty()) {
                        missing.add(where + ": a request example");
                    }
                }
            }
        }
        assertThat(operations).as("the matters API and the parked-events admin API").isEqualTo(19);
        assertThat(missing).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldListOnlyTheActionsTheTransitionsAcceptAndTheRulesAnApprovalMayBeRefusedBy() {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document().get("components")).get("schemas");
        Map<String, Object> action = resolve(schemas, (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                schemas.get("MatterTransitionRequest")).get("properties")).get("action"));
        assertThat((List<String>) action.get("enum")).containsExactly("START_GATHERING", "CARRY_OUT", "REASSESS");

        Map<String, Object> refused = given().queryParam("format", "json").when().get("/q/openapi").then()
                .extract().jsonPath().<String, Object>getMap("paths.'/api/v1/matters/{id}/decision'.post.responses.'422'.content."
                        + "'application/problem+json'.schema");
        assertThat(refused.get("$ref")).isEqualTo("#/components/schemas/ApprovalRefusedProblem");
        Map<String, Object> rule = resolve(schemas, (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                schemas.get("RuleEvaluation")).get("properties")).get("rule"));
        assertThat((List<String>) rule.get("enum"))
                .containsExactly("OBVIOUS_STABILITY_RISK", "UNBALANCED_INTERESTS", "WASTEFUL_WORK", "POLICY_NOT_UNDERSTOOD");
        assertThat((Map<String, Object>) ((Map<String, Object>) schemas.get("RiskFigures")).get("properties"))
                .containsKeys("hearingsHeld", "consultationsHeld").doesNotContainKeys("hearings", "consultations");
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
