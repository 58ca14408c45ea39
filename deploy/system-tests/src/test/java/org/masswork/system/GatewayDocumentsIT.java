package org.masswork.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.TestTokens;

/**
 * The gateway serves every service's document addressed to itself, and routes every operation those
 * documents describe to its service: a path a service adds without a route in the gateway, or one another
 * service's prefix catches, fails here.
 */
class GatewayDocumentsIT {

    private static final List<String> SERVICES = List.of("cadre", "case", "evaluation", "risk");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private static final Map<String, String> MODULES = Map.of("cadre", "cadre-service", "case", "case-service",
            "evaluation", "evaluation-service", "risk", "risk-assessment-service");

    private static SystemUnderTest system;
    private static String gateway;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        gateway = system.url("gateway");
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldServeEachServicesDocumentWithTheGatewayAsItsServer() {
        for (String service : SERVICES) {
            given().baseUri(gateway)
                    .when().get("/openapi/{service}", service)
                    .then().statusCode(200)
                    .body("openapi", org.hamcrest.Matchers.startsWith("3."))
                    .body("servers.url", equalTo(List.of(gateway)));
        }
    }

    @Test
    void shouldRouteEveryDocumentedOperationToItsService() {
        List<String> misrouted = new ArrayList<>();
        for (String service : SERVICES) {
            String direct = system.url(MODULES.get(service));
            JsonPath document = given().baseUri(gateway).when().get("/openapi/{service}", service)
                    .then().statusCode(200).extract().jsonPath();
            Map<String, Map<String, Object>> paths = document.getMap("paths");
            paths.forEach((template, operations) -> operations.keySet().stream().filter(METHODS::contains).forEach(method -> {
                // Random ids and an empty body: the service refuses them (404, 400, 403), so nothing is written.
                String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                String throughGateway = outcome(gateway, method, path);
                String fromTheService = outcome(direct, method, path);
                if (!throughGateway.equals(fromTheService)) {
                    misrouted.add(service + ": " + method.toUpperCase() + " " + template + " gave " + throughGateway
                            + " through the gateway, " + fromTheService + " from the service");
                }
            }));
        }
        assertThat(misrouted).as("operations the gateway does not route to their service (masswork.gateway.routes.<service>.paths)")
                .isEmpty();
    }

    /** Status and problem type: the same request to the same service gives the same outcome. */
    private static String outcome(String baseUri, String method, String path) {
        var response = given().baseUri(baseUri).auth().oauth2(TestTokens.countyAdmin())
                .contentType(ContentType.JSON).body(method.equals("get") || method.equals("delete") ? "" : "{}")
                .when().request(method.toUpperCase(), path)
                .then().extract();
        boolean problem = response.contentType() != null && response.contentType().startsWith("application/problem+json");
        return response.statusCode() + (problem ? " " + response.path("type") : "");
    }
}
