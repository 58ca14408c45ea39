package org.masswork.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.ws.rs.FormParam;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.casefile.CaseStatus;
import org.masswork.cases.lifecycle.CaseAction;
import org.masswork.cases.lifecycle.CaseStateMachine;
import org.masswork.cases.lifecycle.TransitionAction;
import org.masswork.cases.open311.Open311Form;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.OpenApiRules;
import org.masswork.infra.TestTokens;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.testing.DocumentedOperations;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class OpenApiDocumentTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldBoundEveryStringIntegerAndArrayOfTheDocument() {
        assertThat(OpenApiRules.violations(document())).isEmpty();
    }

    @Test
    void shouldDescribeEveryOperationAsTheCodeServesItWithItsRolesRequiredParametersAndExamples() {
        assertThat(DocumentedOperations.of(document()).violations()).isEmpty();
    }

    @Test
    void shouldListExactlyTheActionsTheCaseTransitionsAccept() {
        DocumentedOperations operations = DocumentedOperations.of(document());
        Map<String, Object> request = operations.resolve(schema(operations, "POST /api/v1/cases/{caseId}/transitions",
                "application/json"));
        List<String> listed = DocumentedOperations.enumeration(operations.resolve(property(request, "action")));

        assertThat(listed).containsExactlyElementsOf(Arrays.stream(TransitionAction.values()).map(Enum::name).toList());
        assertThat(Arrays.stream(TransitionAction.values()).map(TransitionAction::step))
                .as("each a step the state machine takes from some status").allMatch(OpenApiDocumentTest::somewhereAllowed);
        Station station = CaseTestData.station();
        UUID unknownCase = UUID.randomUUID();
        Map<String, Map<String, Object>> needs = Map.of("REJECT", Map.of("reason", "不属受理范围"),
                "RESOLVE", Map.of("method", "VISIT_AND_TALK"), "HAND_OVER", Map.of("handlerCadreId", UUID.randomUUID()));
        for (CaseAction action : CaseAction.values()) {
            Map<String, Object> body = new HashMap<>(needs.getOrDefault(action.name(), Map.of()));
            body.put("action", action.name());
            body.put("version", 0);
            ExtractableResponse<Response> answer = CaseTestData.post(station.cadre(),
                    "/api/v1/cases/" + unknownCase + "/transitions", body).extract();
            if (listed.contains(action.name())) {
                assertThat(answer.statusCode()).as(action + " is accepted: the case is looked up").isEqualTo(404);
            } else {
                assertThat(answer.statusCode()).as(action + " is refused").isEqualTo(400);
                assertThat(answer.<List<String>>path("errors.field")).as(action.name()).containsExactly("action");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldRequireInTheOpen311FormExactlyTheFieldsWhoseAbsenceIsRefused() {
        Station station = CaseTestData.station();
        Map<String, String> full = new HashMap<>(Map.ofEntries(
                Map.entry("service_code", "ROADS"), Map.entry("address_id", station.stationId().toString()),
                Map.entry("description", "村口桥面塌陷"), Map.entry("first_name", "五"), Map.entry("last_name", "王"),
                Map.entry("phone", "13900001111"), Map.entry("address_string", "东村3组"),
                Map.entry("account_id", UUID.randomUUID().toString()), Map.entry("api_key", "ignored"),
                Map.entry("jurisdiction_id", "county"), Map.entry("lat", "30.5"), Map.entry("long", "114.3"),
                Map.entry("email", "wang@example.org"), Map.entry("device_id", "kiosk-7"),
                Map.entry("media_url", "https://example.org/bridge.jpg")));
        DocumentedOperations operations = DocumentedOperations.of(document());
        Map<String, Object> schema = operations.resolve(schema(operations, "POST /api/v1/open311/requests.json",
                "application/x-www-form-urlencoded"));
        assertThat(((Map<String, Object>) schema.get("properties")).keySet()).as("every field of the form has a value here")
                .containsExactlyInAnyOrderElementsOf(full.keySet());

        Map<String, String> javaNames = Arrays.stream(Open311Form.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(FormParam.class))
                .collect(Collectors.toMap(f -> f.getAnnotation(FormParam.class).value(), Field::getName));
        Set<String> refusedWhenMissing = new TreeSet<>();
        for (String field : full.keySet()) {
            Map<String, String> without = new HashMap<>(full);
            without.remove(field);
            ExtractableResponse<Response> answer = given().auth().oauth2(TestTokens.system("hotline-12345"))
                    .contentType(ContentType.URLENC.withCharset("UTF-8")).formParams(without)
                    .when().post("/api/v1/open311/requests.json").then().extract();
            if (answer.statusCode() == 400) {
                assertThat(answer.<List<String>>path("errors.field")).as(field).containsAnyOf(field, javaNames.get(field));
                refusedWhenMissing.add(field);
            } else {
                assertThat(answer.statusCode()).as("opened without " + field).isEqualTo(201);
            }
        }
        assertThat(new TreeSet<>((List<String>) schema.get("required"))).isEqualTo(refusedWhenMissing)
                .contains("service_code", "address_id", "description");
    }

    private static boolean somewhereAllowed(CaseAction action) {
        return Arrays.stream(CaseStatus.values()).anyMatch(status -> {
            try {
                CaseStateMachine.next(status, action);
                return true;
            } catch (ConflictProblem notHere) {
                return false;
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(DocumentedOperations operations, String key, String mediaType) {
        Map<String, Object> body = (Map<String, Object>) operations.operation(key).get("requestBody");
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) body.get("content"))
                .get(mediaType)).get("schema");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> property(Map<String, Object> schema, String name) {
        return (Map<String, Object>) ((Map<String, Object>) schema.get("properties")).get(name);
    }

    private static Map<String, Object> document() {
        return given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }
}
