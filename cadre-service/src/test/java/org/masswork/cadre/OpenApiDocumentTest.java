package org.masswork.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.OpenApiRules;
import org.masswork.platform.testing.DocumentedOperations;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
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
    void shouldListOnlyTheGroupingsEachFiguresOperationTakes() {
        assertThat(groupings("/api/v1/pairing-figures")).containsExactly("PROVINCE", "COUNTY", "TOWNSHIP");
        assertThat(groupings("/api/v1/card-figures")).containsExactly("PROVINCE", "COUNTY", "TOWNSHIP", "STATION");
    }

    private static List<String> groupings(String path) {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath()
                .getList("paths.'" + path + "'.get.parameters.find { it.name == 'groupBy' }.schema.enum", String.class);
    }

    private static Map<String, Object> document() {
        return given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }
}
