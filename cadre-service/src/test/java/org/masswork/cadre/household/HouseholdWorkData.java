package org.masswork.cadre.household;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.masswork.cadre.CadreTestData;
import org.masswork.infra.TestTokens;
import org.masswork.infra.County;

/** Builds stations with their teams, households, cards and visits over the real API. */
public final class HouseholdWorkData {

    private HouseholdWorkData() {
    }

    /** A station of a poor village with a section-level leader and a member, both from an economic department. */
    public record Team(UUID townshipId, UUID villageId, UUID stationId, UUID leaderId, UUID memberId) {

        public String leaderToken() {
            return TestTokens.token(leaderId.toString(), Set.of("STATION_LEADER"), Map.of(
                    "cadre", leaderId.toString(), "station", stationId.toString(), "township", townshipId.toString()));
        }

        public String memberToken() {
            return TestTokens.cadre(memberId, stationId, townshipId);
        }

        public String officerToken() {
            return TestTokens.townshipOfficer(townshipId);
        }
    }

    public static Team team(LocalDate startsOn) {
        UUID townshipId = CadreTestData.township();
        UUID villageId = CadreTestData.village(townshipId, "POOR");
        UUID stationId = CadreTestData.station(villageId);
        UUID leaderId = CadreTestData.sectionLevelCadre("ECONOMIC");
        UUID memberId = CadreTestData.generalCadre("ECONOMIC");
        assign(leaderId, stationId, "LEADER", startsOn);
        assign(memberId, stationId, "MEMBER", startsOn);
        return new Team(townshipId, villageId, stationId, leaderId, memberId);
    }

    public static Team team() {
        return team(County.today().minusMonths(3));
    }

    public static UUID assign(UUID cadreId, UUID stationId, String role, LocalDate startsOn) {
        Map<String, Object> body = CadreTestData.assignment(cadreId, stationId, role);
        body.put("startsOn", startsOn.toString());
        return UUID.fromString(given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/assignments").then().statusCode(201).extract().path("id"));
    }

    public static Map<String, Object> householdBody(UUID villageId, String... tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("villageId", villageId);
        body.put("headName", "王秀英");
        body.put("address", "东沟村三组" + UUID.randomUUID().toString().substring(0, 4) + "号");
        body.put("phone", "13912345678");
        body.put("memberCount", 3);
        body.put("tags", List.of(tags));
        return body;
    }

    public static UUID household(Team team, String... tags) {
        return UUID.fromString(given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON)
                .body(householdBody(team.villageId(), tags))
                .when().post("/api/v1/households").then().statusCode(201).extract().path("id"));
    }

    /** Issues a card; returns the answer with the card and its one-time codes. */
    public static JsonPath issueCard(Team team, UUID householdId) {
        return given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON)
                .body(Map.of("householdId", householdId))
                .when().post("/api/v1/contact-cards").then().statusCode(201).extract().jsonPath();
    }

    public static Map<String, Object> visitBody(UUID householdId, LocalDate visitedOn, boolean followUp) {
        Map<String, Object> body = new HashMap<>();
        body.put("householdId", householdId);
        body.put("visitedOn", visitedOn.toString());
        body.put("roles", List.of("OPINION_RESEARCHER", "SERVICE_PROVIDER"));
        body.put("findings", "老人独居，屋顶漏雨，需协调修缮");
        body.put("followUpNeeded", followUp);
        return body;
    }

    public static UUID visit(String token, UUID householdId, LocalDate visitedOn, boolean followUp, Map<String, Object> confirmation) {
        Map<String, Object> body = visitBody(householdId, visitedOn, followUp);
        if (confirmation != null) {
            body.put("confirmation", confirmation);
        }
        return UUID.fromString(given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/visits").then().statusCode(201).extract().path("id"));
    }
}
