package org.masswork.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.StackService;

/**
 * Every packaged service starts with the environment a deployment gives it, and says so on its management interface;
 * its API port serves neither health nor metrics.
 */
class ServicesStartIT {

    @Test
    void shouldBringEveryServiceToReadyWithItsChecksAndDocuments() {
        SystemUnderTest system = SystemUnderTest.get();
        for (StackService service : system.stack.services()) {
            given().baseUri(system.managementUrl(service.name()))
                    .when().get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP"));
            given().baseUri(system.managementUrl(service.name()))
                    .when().get("/q/metrics")
                    .then().statusCode(200);
            // Health and metrics are not on the port of the API (the one the gateway and the Ingress reach).
            for (String managementPath : new String[] {"/q/metrics", "/q/health", "/q/health/ready"}) {
                given().baseUri(system.url(service.name()))
                        .when().get(managementPath)
                        .then().statusCode(404);
            }
            if (!service.isGateway()) {
                given().baseUri(system.url(service.name())).accept("application/json")
                        .when().get("/q/openapi")
                        .then().statusCode(200)
                        .body("components.securitySchemes", hasKey("bearer"))
                        .body("components.responses", hasKey("Problem429"))
                        .body("components.securitySchemes", not(hasKey("SecurityScheme")));
                // Kafka's state is health data, asked in the background: it shows UP once the first answer is in.
                Await.until(service.name() + " sees Kafka", Duration.ofSeconds(60), () -> "UP".equals(
                        given().baseUri(system.managementUrl(service.name())).when().get("/q/health/ready")
                                .then().body("checks.find { it.name == 'events' }.status", equalTo("UP"))
                                .extract().path("checks.find { it.name == 'events' }.data.kafka")));
            }
        }
        given().baseUri(system.managementUrl("gateway"))
                .when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks[0].data.cadre", equalTo("UP"))
                .body("checks[0].data.case", equalTo("UP"));
    }
}
