package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    void shouldDeclareTheGatewayAsThePublicServerOfItsEnvironment() {
        given().when().get("/openapi/cadre")
                .then().statusCode(200)
                .body("servers[0].'x-internal'", equalTo(false))
                .body("servers[0].description", containsString("local environment"));
    }

    @Test
    void shouldDeclareOnEveryOperationWhatTheGatewayAnswersInTheServicesPlace() {
        given().when().get("/openapi/cadre")
                .then().statusCode(200)
                .body("paths.'/api/v1/stations'.get.responses.'200'.description", equalTo("The stations"))
                .body("paths.'/api/v1/stations'.get.responses.'414'.'$ref'", equalTo("#/components/responses/Problem414"))
                .body("paths.'/api/v1/stations'.get.responses.'502'.'$ref'", equalTo("#/components/responses/Problem502"))
                .body("paths.'/api/v1/stations'.get.responses.'504'.'$ref'", equalTo("#/components/responses/Problem504"))
                .body("components.responses.Problem414.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.responses.Problem414.headers.RateLimit.'$ref'", equalTo("#/components/headers/RateLimit"))
                .body("components.headers.RateLimit.schema.maxLength", equalTo(200))
                // The stub service's document has no Problem schema; the gateway's stands in.
                .body("components.schemas.Problem.properties.status.maximum", equalTo(599));
    }

    @Test
    void shouldDeclareInItsOwnDocumentWhatEachOfItsOperationsShares() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/county-dashboard'.get.responses.'414'.'$ref'", equalTo("#/components/responses/Problem414"))
                .body("paths.'/oauth/token'.post.responses.'414'.'$ref'", equalTo("#/components/responses/Problem414"))
                .body("paths.'/openapi/{service}'.get.responses.'429'.'$ref'", equalTo("#/components/responses/Problem429"))
                .body("paths.'/api/v1/county-dashboard'.get.responses.'429'.headers", hasKey("Retry-After"))
                .body("paths.'/api/v1/county-dashboard'.get.responses.'200'.headers", hasKey("RateLimit"))
                .body("paths.'/oauth/token'.post.responses.'401'.headers", hasKey("RateLimit"))
                .body("paths.'/oauth/token'.post.security", equalTo(List.of(Map.of())))
                .body("components.securitySchemes.keySet()", equalTo(Set.of("bearer")))
                .body("components.securitySchemes.bearer.description", containsString("RFC8725"))
                .body("components.schemas.UUID.maxLength", equalTo(36));
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
                .body(containsString("/openapi/risk"));
    }
}
