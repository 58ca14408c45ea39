package org.masswork.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.masswork.infra.Await;
import org.masswork.infra.County;
import org.masswork.infra.TestTokens;

/** Builds townships, villages and stations through cadre-service's API, as a county administrator. */
final class StationNetwork {

    private final String cadreService;

    StationNetwork(String cadreService) {
        this.cadreService = cadreService;
    }

    UUID township() {
        return create("/api/v1/townships", Map.of("code", code("T"), "name", "城关镇"));
    }

    UUID village(UUID townshipId) {
        return create("/api/v1/villages", Map.of("townshipId", townshipId, "code", code("V"),
                "name", "东沟村", "kind", "VILLAGE", "type", "POOR"));
    }

    UUID station(UUID villageId) {
        return create("/api/v1/stations", Map.of("villageId", villageId, "name", "东沟村群众工作站"));
    }

    /** An economic county department: its cadres match the poor villages registered here. */
    UUID department() {
        return create("/api/v1/departments", Map.of("name", "县农业农村局", "kind", "ECONOMIC", "level", "COUNTY"));
    }

    UUID cadre(UUID departmentId) {
        return cadre(departmentId, "GENERAL");
    }

    /** A cadre of the rank given: {@code SECTION_LEVEL} may lead a station. */
    UUID cadre(UUID departmentId, String rank) {
        return create("/api/v1/cadres", Map.of("name", "张伟", "phone", "13812345678", "departmentId", departmentId,
                "rank", rank, "partyMember", true));
    }

    /** A new cadre of a county department, assigned to the station from today: the station's serving member. */
    UUID servingCadre(UUID stationId) {
        UUID cadreId = cadre(department());
        assign(cadreId, stationId, County.today());
        return cadreId;
    }

    /** Assigns the cadre to the station as a member from {@code startsOn}; returns the assignment's id. */
    UUID assign(UUID cadreId, UUID stationId, LocalDate startsOn) {
        return assign(cadreId, stationId, "MEMBER", startsOn);
    }

    /** Assigns the cadre to the station as {@code LEADER} or {@code MEMBER}; returns the assignment's id. */
    UUID assign(UUID cadreId, UUID stationId, String role, LocalDate startsOn) {
        return create("/api/v1/assignments", Map.of("cadreId", cadreId, "stationId", stationId, "role", role,
                "startsOn", startsOn.toString()));
    }

    /**
     * Waits until case-service, asked at {@code caseServiceOrGateway}, has every one of the stations in its
     * station directory: it learns of them by cadre-service's events.
     */
    static void awaitInCaseService(String caseServiceOrGateway, Collection<UUID> stationIds) {
        awaitInCaseService(caseServiceOrGateway, stationIds, Duration.ofSeconds(90));
    }

    static void awaitInCaseService(String caseServiceOrGateway, Collection<UUID> stationIds, Duration within) {
        Await.until("stations " + stationIds + " in case-service's directory", within, () ->
                stationIds.stream().allMatch(stationId -> given().baseUri(caseServiceOrGateway)
                        .auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/station-directory/{id}", stationId)
                        .then().extract().statusCode() == 200));
    }

    private UUID create(String path, Map<String, Object> body) {
        String id = given().baseUri(cadreService).auth().oauth2(TestTokens.countyAdmin())
                .contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
