package org.masswork.cadre.village;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cadre.CadreTestData.assign;
import static org.masswork.cadre.CadreTestData.generalCadre;
import static org.masswork.cadre.CadreTestData.station;
import static org.masswork.cadre.CadreTestData.township;
import static org.masswork.cadre.CadreTestData.village;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.masswork.platform.outbox.OutboxEvent;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class VillageTypeTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldKeepTheHistoryOfAVillagesTypeAndFlagTeamsThatNoLongerMatch() {
        UUID villageId = village(township(), "POOR");
        UUID assignmentId = assign(generalCadre("ECONOMIC"), station(villageId), "MEMBER");

        changeType(villageId, "DISORDERLY", "治安问题突出", 0).then().statusCode(200)
                .body("type", equalTo("DISORDERLY")).body("typeLabel", equalTo("乱村")).body("version", equalTo(1));

        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/villages/{id}/type-history", villageId)
                .then().statusCode(200)
                .body("fromType", contains("POOR")).body("toType", contains("DISORDERLY"))
                .body("reason", contains("治安问题突出")).body("changedBy", contains("county-admin"));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/assignments/{id}", assignmentId)
                .then().statusCode(200).body("matchingException", equalTo(true));
        long events = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("type = 'VillageTypeChanged' and key = ?1", villageId.toString()));
        assertThat(events).isEqualTo(1);
    }

    @Test
    void shouldRefuseAStaleVersionTheSameTypeAndAMissingReason() {
        UUID villageId = village(township(), "POOR");

        changeType(villageId, "DIFFICULT", "x", 3).then().statusCode(409).body("type", equalTo("urn:masswork:problem:stale-version"));
        changeType(villageId, "POOR", "x", 0).then().statusCode(409).body("type", equalTo("urn:masswork:problem:same-type"));
        changeType(villageId, "DIFFICULT", " ", 0).then().statusCode(400).body("errors.field", contains("reason"));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/villages/{id}", villageId)
                .then().body("type", equalTo("POOR")).body("version", equalTo(0));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/villages/{id}/type-history", villageId)
                .then().body("size()", equalTo(0));
    }

    private static Response changeType(UUID villageId, String type, String reason, long version) {
        return given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("type", type, "reason", reason, "version", version))
                .when().put("/api/v1/villages/{id}/type", villageId);
    }
}
