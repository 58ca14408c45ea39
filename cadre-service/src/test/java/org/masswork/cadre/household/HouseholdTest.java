package org.masswork.cadre.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cadre.household.HouseholdWorkData.household;
import static org.masswork.cadre.household.HouseholdWorkData.householdBody;
import static org.masswork.cadre.household.HouseholdWorkData.team;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.CadreTestData;
import org.masswork.cadre.household.HouseholdWorkData.Team;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.outbox.OutboxEvent;
import org.masswork.platform.privacy.PersonalDataAccess;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class HouseholdTest {

    @Inject
    HouseholdRepository households;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldRegisterAHouseholdOfTheVillagesStationAndAuditTheFullRead() {
        Team team = team();
        Map<String, Object> body = householdBody(team.villageId(), "ELDERLY_ALONE", "LOW_INCOME");
        String key = UUID.randomUUID().toString();

        String id = given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/households")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/households/"))
                .body("stationId", equalTo(team.stationId().toString()))
                .body("townshipId", equalTo(team.townshipId().toString()))
                .body("headName", equalTo("王秀英")).body("phone", equalTo("13912345678")).body("masked", equalTo(false))
                .body("tags.code", contains("ELDERLY_ALONE", "LOW_INCOME"))
                .body("tags.label", contains("独居老人", "低保户"))
                .extract().path("id");
        String replay = given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/households").then().statusCode(201).extract().path("id");
        assertThat(replay).isEqualTo(id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> households.count("villageId", team.villageId()))).isEqualTo(1);
        List<OutboxEvent> registered = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.list("type = 'HouseholdRegistered' and key = ?1", id));
        assertThat(registered).hasSize(1);
        assertThat(registered.get(0).envelope).contains(team.villageId().toString()).doesNotContain("王秀英");

        given().auth().oauth2(team.officerToken()).when().get("/api/v1/households/{id}", id)
                .then().statusCode(200).body("headName", equalTo("王秀英")).body("address", equalTo(body.get("address")));
        List<PersonalDataAccess> audit = QuarkusTransaction.requiringNew().call(() ->
                PersonalDataAccess.<PersonalDataAccess>list("resourceId", UUID.fromString(id)));
        // The replay is a read of the household with the names shown: audited like any read.
        assertThat(audit).extracting(a -> a.action).containsExactly("CREATE", "READ", "READ");
        assertThat(audit.get(1).caller).isEqualTo(audit.get(0).caller);
        assertThat(audit.get(2).caller).isEqualTo("township-officer-" + team.townshipId());
    }

    @Test
    void shouldMaskPersonalDataForCountyRolesThatDoNotWorkWithHouseholdsAndNotAuditIt() {
        Team team = team();
        UUID id = household(team);
        String orgDept = TestTokens.token("org-dept", Set.of("ORG_DEPT"), Map.of());

        given().auth().oauth2(orgDept).when().get("/api/v1/households/{id}", id)
                .then().statusCode(200)
                .body("headName", equalTo("王**")).body("phone", equalTo("139****5678")).body("masked", equalTo(true))
                .body("address", containsString("****"));
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                PersonalDataAccess.count("resourceId = ?1 and caller = ?2", id, "org-dept"))).isZero();
    }

    @Test
    void shouldListAVillagesKeyHouseholdsByTagInPages() {
        Team team = team();
        household(team, "DISPUTE");
        household(team, "DISPUTE", "DISABLED");
        household(team);

        given().auth().oauth2(team.memberToken())
                .queryParam("villageId", team.villageId()).queryParam("tag", "DISPUTE").queryParam("size", 1)
                .when().get("/api/v1/households")
                .then().statusCode(200)
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(2)).body("items.size()", equalTo(1));
        given().auth().oauth2(team.officerToken()).queryParam("stationId", team.stationId())
                .when().get("/api/v1/households")
                .then().statusCode(200).body("totalItems", equalTo(3));
    }

    @Test
    void shouldUpdateTagsAndPhoneWithTheVersionReadAndRefuseAStaleOne() {
        Team team = team();
        UUID id = household(team, "OTHER");
        Map<String, Object> change = Map.of("version", 0, "headName", "王秀英", "address", "东沟村三组1号",
                "phone", "13700000000", "memberCount", 2, "tags", List.of("ELDERLY_ALONE"));

        given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).body(change)
                .when().put("/api/v1/households/{id}", id)
                .then().statusCode(200)
                .body("phone", equalTo("13700000000")).body("tags.code", contains("ELDERLY_ALONE")).body("version", equalTo(1));
        given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).body(change)
                .when().put("/api/v1/households/{id}", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:stale-version"));

        Household stored = QuarkusTransaction.requiringNew().call(() -> {
            Household h = households.get(id);
            h.tags.size();
            return h;
        });
        assertThat(stored.phone).isEqualTo("13700000000");
        assertThat(stored.tags).containsExactly(HouseholdTag.ELDERLY_ALONE);
        assertThat(stored.memberCount).isEqualTo(2);
    }

    @Test
    void shouldRejectBadInputNamingEachFieldAndWriteNothing() {
        Team team = team();
        Map<String, Object> body = householdBody(team.villageId(), "HAUNTED");
        given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/households")
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo("urn:masswork:problem:malformed-body"));

        Map<String, Object> invalid = householdBody(team.villageId());
        invalid.put("headName", "x".repeat(51));
        invalid.put("phone", "call me");
        invalid.put("memberCount", 0);
        given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).body(invalid)
                .when().post("/api/v1/households")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("headName", "memberCount", "phone"));

        UUID villageWithoutStation = CadreTestData.village(team.townshipId(), "POOR");
        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(householdBody(villageWithoutStation))
                .when().post("/api/v1/households")
                .then().statusCode(422).body("type", equalTo("urn:masswork:problem:village-without-station"));

        assertThat(QuarkusTransaction.requiringNew().call(() ->
                households.count("villageId in ?1", List.of(team.villageId(), villageWithoutStation)))).isZero();
    }

    @Test
    void shouldKeepACadreOfAnotherStationAndAnOfficerOfAnotherTownshipOut() {
        Team mine = team();
        Team other = team();
        UUID id = household(mine);

        // Another scope's household answers as an unknown one does: its existence is not disclosed.
        for (UUID asked : List.of(id, UUID.randomUUID())) {
            given().auth().oauth2(other.memberToken()).when().get("/api/v1/households/{id}", asked)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:masswork:problem:not-found"));
            given().auth().oauth2(other.officerToken()).contentType(ContentType.JSON)
                    .body(Map.of("version", 0, "headName", "李四", "address", "西沟村", "memberCount", 2, "tags", List.of()))
                    .when().put("/api/v1/households/{id}", asked)
                    .then().statusCode(404).body("type", equalTo("urn:masswork:problem:not-found"));
        }
        given().auth().oauth2(other.memberToken()).queryParam("stationId", mine.stationId())
                .when().get("/api/v1/households").then().statusCode(403);
        given().auth().oauth2(other.officerToken()).queryParam("villageId", mine.villageId())
                .when().get("/api/v1/households").then().statusCode(403);
        given().auth().oauth2(other.memberToken()).contentType(ContentType.JSON).body(householdBody(mine.villageId()))
                .when().post("/api/v1/households").then().statusCode(403);
        given().auth().oauth2(TestTokens.villager(UUID.randomUUID())).when().get("/api/v1/households/{id}", id)
                .then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> households.count("villageId", mine.villageId()))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> households.findById(id).headName)).isEqualTo("王秀英");
    }
}
