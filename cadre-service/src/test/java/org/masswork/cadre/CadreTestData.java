package org.masswork.cadre;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.masswork.infra.TestTokens;
import org.masswork.infra.County;

/** Builds the station network and its teams over the real API, as a county administrator would. */
public final class CadreTestData {

    private CadreTestData() {
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static UUID township() {
        return create("/api/v1/townships", Map.of("code", uniqueCode("T"), "name", "城关镇"));
    }

    public static UUID village(UUID townshipId, String type) {
        return create("/api/v1/villages", Map.of("townshipId", townshipId, "code", uniqueCode("V"),
                "name", "东沟村", "kind", "VILLAGE", "type", type));
    }

    public static UUID station(UUID villageId) {
        return station(villageId, "东沟村群众工作站");
    }

    public static UUID station(UUID villageId, String name) {
        return create("/api/v1/stations", Map.of("villageId", villageId, "name", name));
    }

    /** A station in a new village of the given type, in a new township. */
    public static UUID stationOfType(String villageType) {
        return station(village(township(), villageType));
    }

    public static UUID department(String kind) {
        return create("/api/v1/departments", Map.of("name", uniqueCode("县局"), "kind", kind, "level", "COUNTY"));
    }

    public static UUID cadre(UUID departmentId, String rank, boolean backbone) {
        return create("/api/v1/cadres", Map.of("name", "张伟", "phone", "13812345678", "departmentId", departmentId,
                "rank", rank, "backbone", backbone, "partyMember", true));
    }

    public static UUID sectionLevelCadre(String departmentKind) {
        return cadre(department(departmentKind), "SECTION_LEVEL", false);
    }

    public static UUID generalCadre(String departmentKind) {
        return cadre(department(departmentKind), "GENERAL", false);
    }

    public static UUID assign(UUID cadreId, UUID stationId, String role) {
        return create("/api/v1/assignments", assignment(cadreId, stationId, role));
    }

    public static Map<String, Object> assignment(UUID cadreId, UUID stationId, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("cadreId", cadreId);
        body.put("stationId", stationId);
        body.put("role", role);
        body.put("startsOn", County.today().minusMonths(1).toString());
        return body;
    }

    private static UUID create(String path, Map<String, Object> body) {
        String id = given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
