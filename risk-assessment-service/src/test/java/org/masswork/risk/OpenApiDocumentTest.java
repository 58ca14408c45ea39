package org.masswork.risk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.OpenApiRules;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class OpenApiDocumentTest {

    @Test
    void shouldBoundEveryStringIntegerAndArrayOfTheDocument() {
        Map<String, Object> document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("$");
        assertThat(OpenApiRules.violations(document)).isEmpty();
    }
}
