package org.masswork.cases;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.masswork.cases.station.KnownStation;
import org.masswork.cases.station.KnownStationRepository;
import org.masswork.cases.station.StationCadre;
import org.masswork.cases.station.StationCadreRepository;
import org.masswork.cases.station.TeamRole;
import org.masswork.infra.TestTokens;
import org.masswork.infra.County;
import org.masswork.platform.county.Counties;

/** Stations in the directory, cases filed and moved over the real API, and the tokens of who does it. */
public final class CaseTestData {

    private CaseTestData() {
    }

    /** A station of the directory, as if cadre-service had announced it. */
    public record Station(UUID stationId, UUID villageId, UUID townshipId, UUID countyId) {

        public Station(UUID stationId, UUID villageId, UUID townshipId) {
            this(stationId, villageId, townshipId, Counties.DEFAULT_ID);
        }

        /** The token of a new cadre serving the station, as cadre-service's CadreAssigned would have told. */
        public String cadre() {
            return tokenOf(serving());
        }

        /** A new cadre assigned to the station since yesterday; returns the cadre's id. */
        public UUID serving() {
            return serving(UUID.randomUUID());
        }

        /** The cadre assigned to the station since yesterday (a cadre who served elsewhere too, in a test). */
        public UUID serving(UUID cadreId) {
            StationCadre assignment = new StationCadre();
            assignment.assignmentId = UUID.randomUUID();
            assignment.cadreId = cadreId;
            assignment.stationId = stationId;
            assignment.townshipId = townshipId;
            assignment.countyId = countyId;
            assignment.role = TeamRole.MEMBER;
            assignment.firstSecretary = false;
            assignment.startsOn = County.today().minusDays(1);
            assignment.termEndsOn = assignment.startsOn.plusYears(2);
            assignment.assignedAt = OffsetDateTime.now(ZoneOffset.UTC);
            StationCadreRepository assignments = Arc.container().instance(StationCadreRepository.class).get();
            QuarkusTransaction.requiringNew().run(() -> assignments.save(assignment));
            return assignment.cadreId;
        }

        /** A token claiming the station for the cadre, whether or not they serve it. */
        public String tokenOf(UUID cadreId) {
            return Counties.DEFAULT_ID.equals(countyId) ? TestTokens.cadre(cadreId, stationId, townshipId)
                    : TestTokens.inCounty(countyId, cadreId.toString(), Set.of("CADRE"), Map.of(
                            "station", stationId.toString(), "township", townshipId.toString(), "cadre", cadreId.toString()));
        }

        public String townshipOfficer() {
            return Counties.DEFAULT_ID.equals(countyId) ? TestTokens.townshipOfficer(townshipId)
                    : TestTokens.inCounty(countyId, "township-officer-" + townshipId, Set.of("TOWNSHIP_OFFICER"),
                            Map.of("township", townshipId.toString()));
        }

        /** A county admin of the station's county. */
        public String countyAdmin() {
            return TestTokens.inCounty(countyId, "county-admin-" + countyId, Set.of("COUNTY_ADMIN"), Map.of());
        }
    }

    public static Station station() {
        return station(UUID.randomUUID());
    }

    public static Station station(UUID townshipId) {
        return station(Counties.DEFAULT_ID, townshipId);
    }

    /** A station of another county than the default one. */
    public static Station station(UUID countyId, UUID townshipId) {
        KnownStation station = new KnownStation();
        station.countyId = countyId;
        station.stationId = UUID.randomUUID();
        station.name = "东沟村群众工作站";
        station.villageId = UUID.randomUUID();
        station.villageName = "东沟村";
        station.villageType = "POOR";
        station.townshipId = townshipId;
        station.townshipName = "城关镇";
        station.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        KnownStationRepository stations = Arc.container().instance(KnownStationRepository.class).get();
        QuarkusTransaction.requiringNew().run(() -> stations.save(station));
        return new Station(station.stationId, station.villageId, townshipId, countyId);
    }

    /** The body of a problem case filed at the station; change what a test needs with {@link Map#put}. */
    public static Map<String, Object> problem(Station station) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PROBLEM");
        body.put("channel", "HOUSEHOLD_VISIT");
        body.put("category", "WATER");
        body.put("stationId", station.stationId());
        body.put("villager", new HashMap<>(Map.of("name", "张三丰", "phone", "13812345678", "address", "城关镇东沟村三组12号")));
        body.put("description", "村东头的自来水管冬天冻裂，三户人家断水一周");
        return body;
    }

    public static Map<String, Object> consent() {
        return Map.of("givenBy", "张三丰", "givenAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString(),
                "entrusted", "代办低保年审材料");
    }

    public static Map<String, Object> petition(Station station) {
        Map<String, Object> body = problem(station);
        body.put("kind", "PETITION");
        body.put("category", "LAND");
        body.put("consent", consent());
        body.put("petitionMode", "BY_PROXY");
        return body;
    }

    public static Map<String, Object> errand(Station station) {
        Map<String, Object> body = problem(station);
        body.put("kind", "ERRAND");
        body.put("category", "SOCIAL_SECURITY");
        body.put("consent", consent());
        return body;
    }

    public static ValidatableResponse post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }

    public static UUID open(String token, Map<String, Object> body) {
        return UUID.fromString(post(token, "/api/v1/cases", body).statusCode(201).extract().path("id"));
    }

    public static long version(UUID caseId) {
        return given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/cases/{id}", caseId)
                .then().statusCode(200).extract().<Number>path("version").longValue();
    }

    /** Sends a transition at the case's current version. */
    public static ValidatableResponse transition(String token, UUID caseId, String action, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("action", action);
        body.putIfAbsent("version", version(caseId));
        return post(token, "/api/v1/cases/" + caseId + "/transitions", body);
    }

    public static ValidatableResponse transition(String token, UUID caseId, String action) {
        return transition(token, caseId, action, Map.of());
    }

    /** Takes a case from received to resolved. */
    public static void resolve(String token, UUID caseId) {
        transition(token, caseId, "ACCEPT").statusCode(200);
        transition(token, caseId, "START").statusCode(200);
        transition(token, caseId, "RESOLVE", Map.of("method", "VISIT_AND_TALK", "note", "已修复水管")).statusCode(200);
    }
}
