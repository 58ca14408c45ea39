package org.masswork.cadre.pairing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cadre.CadreTestData.cadre;
import static org.masswork.cadre.CadreTestData.department;
import static org.masswork.cadre.CadreTestData.township;
import static org.masswork.cadre.CadreTestData.village;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.infra.County;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class PairingTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldPairOrganisationsAndPartyMembersAndCountThem() {
        UUID townshipId = township();
        UUID villageId = village(townshipId, "POOR");
        UUID partyMember = cadre(department("ECONOMIC"), "GENERAL", false);

        post("/api/v1/pairings/sister", Map.of("partyOrganisation", "县财政局机关党支部", "villageId", villageId,
                "pairedOn", County.today().toString())).then().statusCode(201).body("townshipId", equalTo(townshipId.toString()));
        post("/api/v1/pairings/sister", Map.of("partyOrganisation", "县财政局机关党支部", "villageId", villageId,
                "pairedOn", County.today().toString())).then().statusCode(409).body("type", equalTo("urn:masswork:problem:already-paired"));
        post("/api/v1/pairings/brother", Map.of("cadreId", partyMember, "villageMemberName", "王建国", "villageId", villageId,
                "pairedOn", County.today().toString())).then().statusCode(201).body("villageMemberName", equalTo("王建国"));

        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("townshipId", townshipId)
                .when().get("/api/v1/pairings/figures")
                .then().statusCode(200).body("sisterPairs", equalTo(1)).body("brotherPairs", equalTo(1));
        given().auth().oauth2(TestTokens.cadre(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()))
                .queryParam("villageId", villageId)
                .when().get("/api/v1/pairings/brother")
                .then().statusCode(200).body("items.villageMemberName", contains("王**")).body("items.nameMasked", contains(true));
    }

    @Test
    void shouldPairOnlyPartyMembersAsBrothers() {
        UUID villageId = village(township(), "POOR");
        Map<String, Object> notAMember = Map.of("name", "李明", "phone", "13912345678", "departmentId", department("ECONOMIC"),
                "rank", "GENERAL", "backbone", false, "partyMember", false);
        String cadreId = given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(notAMember)
                .when().post("/api/v1/cadres").then().statusCode(201).extract().path("id");

        post("/api/v1/pairings/brother", Map.of("cadreId", cadreId, "villageMemberName", "王建国", "villageId", villageId,
                "pairedOn", County.today().toString())).then().statusCode(422)
                .body("type", equalTo("urn:masswork:problem:not-a-party-member"));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("villageId", villageId)
                .when().get("/api/v1/pairings/brother").then().body("totalItems", equalTo(0));
    }

    private static Response post(String path, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(body).when().post(path);
    }
}
