package org.masswork.cadre.scope;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cadre.household.HouseholdWorkData.household;
import static org.masswork.cadre.household.HouseholdWorkData.householdBody;
import static org.masswork.cadre.household.HouseholdWorkData.issueCard;
import static org.masswork.cadre.household.HouseholdWorkData.team;
import static org.masswork.cadre.household.HouseholdWorkData.visit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.CadreTestData;
import org.masswork.cadre.household.Household;
import org.masswork.cadre.household.HouseholdRepository;
import org.masswork.cadre.household.HouseholdWorkData;
import org.masswork.cadre.household.HouseholdWorkData.Team;
import org.masswork.cadre.visit.VisitRepository;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.outbox.OutboxEvent;

/**
 * Where a caller may act comes from the records, not from a token's claims: a cadre's station from their
 * assignment, a claim only from the roles that have it, and another scope's record answers as an unknown id.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class ScopeFromRecordTest {

    private static final String NOT_FOUND = "urn:masswork:problem:not-found";
    private static final String NOT_SERVING = "urn:masswork:problem:cadre-not-serving";

    @Inject
    HouseholdRepository households;

    @Inject
    VisitRepository visits;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldRefuseACadreOfAnotherStationWhoseTokenNamesThisOneAndWriteNothing() {
        Team mine = team();
        Team other = team();
        UUID householdId = household(mine);
        UUID visitId = visit(mine.memberToken(), householdId, County.today(), false, null);
        String forged = TestTokens.cadre(other.memberId(), mine.stationId(), mine.townshipId());
        long outbox = outboxRows();

        update(forged, householdId, 0).statusCode(404).contentType("application/problem+json").body("type", equalTo(NOT_FOUND));
        confirm(forged, visitId).statusCode(404).body("type", equalTo(NOT_FOUND));
        given().auth().oauth2(forged).when().get("/api/v1/households/{id}", householdId).then().statusCode(404);
        given().auth().oauth2(forged).when().get("/api/v1/visits/{id}", visitId).then().statusCode(404);
        // Naming the station in a body or a filter is answered with the rule: the token says one thing, the record another.
        given().auth().oauth2(forged).contentType(ContentType.JSON).body(householdBody(mine.villageId()))
                .when().post("/api/v1/households").then().statusCode(422).body("type", equalTo(NOT_SERVING));
        given().auth().oauth2(forged).contentType(ContentType.JSON).body(Map.of("householdId", householdId))
                .when().post("/api/v1/contact-cards").then().statusCode(422).body("type", equalTo(NOT_SERVING));
        given().auth().oauth2(forged).queryParam("stationId", mine.stationId())
                .when().get("/api/v1/households").then().statusCode(422).body("type", equalTo(NOT_SERVING));
        given().auth().oauth2(forged).when().get("/api/v1/visits").then().statusCode(422).body("type", equalTo(NOT_SERVING));

        Household unchanged = QuarkusTransaction.requiringNew().call(() -> households.findById(householdId));
        assertThat(unchanged.headName).isEqualTo("王秀英");
        assertThat(unchanged.phone).isEqualTo("13912345678");
        assertThat(unchanged.version).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> visits.get(visitId).isConfirmed())).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> households.count("villageId", mine.villageId()))).isEqualTo(1);
        assertThat(outboxRows()).as("no event from a refused request").isEqualTo(outbox);

        // The same cadre acts at the station they serve, with a token that names it.
        update(other.memberToken(), household(other), 0).statusCode(200).body("headName", equalTo("李四"));
        update(mine.memberToken(), householdId, 0).statusCode(200).body("headName", equalTo("李四"));
    }

    @Test
    void shouldStopACadreAtTheStationOnceTheirAssignmentEndsThoughTheTokenStillNamesIt() {
        Team team = team();
        UUID householdId = household(team);
        UUID leaving = CadreTestData.generalCadre("ECONOMIC");
        UUID assignmentId = HouseholdWorkData.assign(leaving, team.stationId(), "MEMBER", County.today().minusMonths(2));
        String token = TestTokens.cadre(leaving, team.stationId(), team.townshipId());
        given().auth().oauth2(token).when().get("/api/v1/households/{id}", householdId).then().statusCode(200)
                .body("masked", equalTo(false));

        long version = given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/assignments/{id}", assignmentId)
                .then().statusCode(200).extract().<Number>path("version").longValue();
        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("endedOn", County.today().toString(), "reason", "ROTATION", "version", version))
                .when().post("/api/v1/assignments/{id}/end", assignmentId).then().statusCode(200);

        given().auth().oauth2(token).when().get("/api/v1/households/{id}", householdId).then().statusCode(404);
        update(token, householdId, 0).statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> households.findById(householdId).version)).isZero();
        given().auth().oauth2(token).when().get("/api/v1/assignments/{id}", assignmentId)
                .then().statusCode(200).body("endedOn", equalTo(County.today().toString()));
    }

    @Test
    void shouldGiveAVillagerNothingOfAStationTheirTokenNames() {
        Team team = team();
        UUID householdId = household(team);
        String cardId = issueCard(team, householdId).getString("card.id");
        UUID visitId = visit(team.memberToken(), householdId, County.today(), false, null);
        String villager = TestTokens.token(UUID.randomUUID().toString(), Set.of("VILLAGER"), Map.of(
                "station", team.stationId().toString(), "township", team.townshipId().toString(), "cadre", team.memberId().toString()));

        for (String path : List.of("/api/v1/households/" + householdId, "/api/v1/contact-cards/" + cardId, "/api/v1/visits/" + visitId)) {
            given().auth().oauth2(villager).when().get(path).then().statusCode(404).body("type", equalTo(NOT_FOUND));
        }
        for (String path : List.of("/api/v1/households?stationId=" + team.stationId(), "/api/v1/visits",
                "/api/v1/diaries/" + team.memberId() + "/" + County.today(), "/api/v1/village-ledgers/" + team.villageId(),
                "/api/v1/cadres/" + team.memberId() + "/promotion-eligibility")) {
            given().auth().oauth2(villager).urlEncodingEnabled(false).when().get(path).then().statusCode(403);
        }
        given().auth().oauth2(villager).when().get("/api/v1/cadres/{id}", team.memberId())
                .then().statusCode(200).body("phone", equalTo("138****5678")).body("phoneMasked", equalTo(true));
    }

    @Test
    void shouldShowAnAssignmentOnlyToItsCadreTeamTownshipAndCounty() {
        Team mine = team();
        Team other = team();
        UUID cadreId = CadreTestData.generalCadre("ECONOMIC");
        UUID assignmentId = HouseholdWorkData.assign(cadreId, mine.stationId(), "MEMBER", County.today().minusMonths(1));

        for (String reader : List.of(TestTokens.countyAdmin(), TestTokens.token("org-dept", Set.of("ORG_DEPT"), Map.of()),
                mine.officerToken(), mine.leaderToken(), TestTokens.cadre(cadreId, mine.stationId(), mine.townshipId()))) {
            given().auth().oauth2(reader).when().get("/api/v1/assignments/{id}", assignmentId).then().statusCode(200)
                    .body("cadreId", equalTo(cadreId.toString()));
        }
        for (String outsider : List.of(other.officerToken(), other.memberToken(), TestTokens.villager(UUID.randomUUID()),
                TestTokens.token("water-bureau", Set.of("DECISION_OWNER"), Map.of()))) {
            for (UUID asked : List.of(assignmentId, UUID.randomUUID())) {
                given().auth().oauth2(outsider).when().get("/api/v1/assignments/{id}", asked).then().statusCode(404)
                        .body("type", equalTo(NOT_FOUND));
            }
        }
    }

    @Test
    void shouldListMatchingExceptionsAndEndingTermsOfTheOfficersOwnTownshipOnly() {
        UUID mine = CadreTestData.township();
        UUID other = CadreTestData.township();
        String ownException = exception(mine);
        String otherException = exception(other);
        String officer = TestTokens.townshipOfficer(mine);

        given().auth().oauth2(officer).queryParam("size", 100).when().get("/api/v1/assignments/matching-exceptions")
                .then().statusCode(200).body("items.id", contains(ownException));
        given().auth().oauth2(officer).queryParam("townshipId", other).when().get("/api/v1/assignments/matching-exceptions")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(officer).queryParam("townshipId", other).when().get("/api/v1/assignments/ending")
                .then().statusCode(403);
        given().auth().oauth2(officer).queryParam("withinDays", 730).queryParam("size", 100).when().get("/api/v1/assignments/ending")
                .then().statusCode(200).body("items.townshipId", contains(mine.toString()));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("townshipId", other)
                .when().get("/api/v1/assignments/matching-exceptions")
                .then().statusCode(200).body("items.id", contains(otherException));
        given().auth().oauth2(officer).when().get("/api/v1/stations/{id}/replacement-candidates", stationIn(other))
                .then().statusCode(403);
    }

    /** An assignment in the township that breaks the matching rule, with its reason; returns its id. */
    private static String exception(UUID townshipId) {
        UUID stationId = stationIn(townshipId);
        Map<String, Object> body = CadreTestData.assignment(CadreTestData.generalCadre("TECHNICAL"), stationId, "MEMBER");
        body.put("exceptionReason", "村里急需农业技术指导");
        return given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/assignments").then().statusCode(201).extract().path("id");
    }

    private static UUID stationIn(UUID townshipId) {
        return CadreTestData.station(CadreTestData.village(townshipId, "POOR"));
    }

    private static ValidatableResponse update(String token, UUID householdId, long version) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("version", version, "headName", "李四", "address", "西沟村一组1号", "phone", "13700000000",
                        "memberCount", 2, "tags", List.of()))
                .when().put("/api/v1/households/{id}", householdId).then();
    }

    private static ValidatableResponse confirm(String token, UUID visitId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("countersignatureRef", "S-9"))
                .when().post("/api/v1/visits/{id}/confirmation", visitId).then();
    }

    private static long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }
}
