package org.masswork.cadre;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.masswork.infra.TestTokens;

/** Builds the station network over the real API, as a county administrator would. */
final class CadreTestData {

    private CadreTestData() {
    }

    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static UUID township() {
        return create("/api/v1/townships", Map.of("code", uniqueCode("T"), "name", "城关镇"));
    }

    static UUID village(UUID townshipId, String type) {
        return create("/api/v1/villages", Map.of("townshipId", townshipId, "code", uniqueCode("V"),
                "name", "东沟村", "kind", "VILLAGE", "type", type));
    }

    static UUID station(UUID villageId) {
        return create("/api/v1/stations", Map.of("villageId", villageId, "name", "东沟村群众工作站"));
    }

    private static UUID create(String path, Map<String, Object> body) {
        String id = given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
