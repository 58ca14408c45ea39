package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(DownstreamResource.class)
class ApiDocsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldServeEachServicesDocumentAddressedToTheGateway() {
        given().header("Host", "gateway.county.test")
                .when().get("/openapi/cadre")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/stations"))
                .body("servers", hasSize(1))
                .body("servers[0].url", equalTo("http://gateway.county.test"));
    }

    @Test
    void shouldSayWhenAServicesDocumentIsUnavailable() {
        given().when().get("/openapi/evaluation")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:service-unavailable"));
    }

    @Test
    void shouldAnswer404ForAnUnknownService() {
        given().when().get("/openapi/nobody")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldListEveryServiceInTheSwaggerUi() {
        given().when().get("/q/swagger-ui/index.html")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/openapi/risk"));
    }
}
