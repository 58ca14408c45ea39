package org.masswork.cases.casefile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cases.CaseTestData.open;
import static org.masswork.cases.CaseTestData.transition;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseEvents;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.CaseTestData;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.privacy.PersonalDataAccess;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class CaseAccessTest {

    private static final String INSPECTOR = TestTokens.token("inspector-1", Set.of("INSPECTOR"), Map.of());

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldHideStationBsCasesFromACadreOfStationA() {
        UUID township = UUID.randomUUID();
        Station a = CaseTestData.station(township);
        Station b = CaseTestData.station(township);
        UUID caseOfB = open(b.cadre(), CaseTestData.problem(b));
        UUID caseOfA = open(a.cadre(), CaseTestData.problem(a));
        String cadreOfA = a.cadre();

        given().auth().oauth2(cadreOfA).when().get("/api/v1/cases/{id}", caseOfB)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(cadreOfA).when().get("/api/v1/cases/{id}/timeline", caseOfB).then().statusCode(404);
        transition(cadreOfA, caseOfB, "ACCEPT").statusCode(404);
        given().auth().oauth2(cadreOfA).queryParam("stationId", b.stationId()).when().get("/api/v1/cases")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(cadreOfA).queryParam("townshipId", township).when().get("/api/v1/cases")
                .then().statusCode(200).body("items.id", contains(caseOfA.toString()));
        given().auth().oauth2(b.townshipOfficer()).queryParam("townshipId", township).when().get("/api/v1/cases")
                .then().statusCode(200).body("items.id", containsInAnyOrder(caseOfA.toString(), caseOfB.toString()));
        given().auth().oauth2(CaseTestData.station().townshipOfficer()).when().get("/api/v1/cases/{id}", caseOfB)
                .then().statusCode(404);
    }

    @Test
    void shouldShowNothingOfAStationToTokensThatNameItWithoutTheRecordBehindThem() {
        UUID township = UUID.randomUUID();
        Station a = CaseTestData.station(township);
        Station b = CaseTestData.station(township);
        UUID caseOfA = open(a.cadre(), CaseTestData.problem(a));
        long version = CaseTestData.version(caseOfA);
        long reads = fullReads(caseOfA);
        // A cadre serving B whose token names A, and a villager whose token carries A's scope claims.
        String cadreOfBNamingA = a.tokenOf(b.serving());
        String villagerNamingA = TestTokens.token(UUID.randomUUID().toString(), Set.of("VILLAGER"), Map.of(
                "station", a.stationId().toString(), "township", township.toString(), "cadre", a.serving().toString()));

        for (String token : new String[] {cadreOfBNamingA, villagerNamingA}) {
            given().auth().oauth2(token).when().get("/api/v1/cases/{id}", caseOfA).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("urn:masswork:problem:not-found"));
            given().auth().oauth2(token).when().get("/api/v1/cases/{id}/timeline", caseOfA).then().statusCode(404);
            given().auth().oauth2(token).when().get("/api/v1/open311/requests/{id}.json", caseOfA).then().statusCode(404);
            CaseTestData.post(token, "/api/v1/cases/" + caseOfA + "/transitions", Map.of("action", "ACCEPT", "version", version))
                    .statusCode(404);
        }
        given().auth().oauth2(cadreOfBNamingA).when().get("/api/v1/cases").then().statusCode(403);
        given().auth().oauth2(villagerNamingA).when().get("/api/v1/cases").then().statusCode(200).body("totalItems", equalTo(0));
        assertThat(fullReads(caseOfA)).as("no one of them saw the villager's data").isEqualTo(reads);
        assertThat(CaseTestData.version(caseOfA)).isEqualTo(version);
    }

    @Test
    void shouldShowAVillagerOnlyTheirOwnCases() {
        Station station = CaseTestData.station();
        UUID villager = UUID.randomUUID();
        UUID own = open(TestTokens.villager(villager), CaseTestData.problem(station));
        UUID someoneElses = open(TestTokens.villager(UUID.randomUUID()), CaseTestData.problem(station));

        given().auth().oauth2(TestTokens.villager(villager)).when().get("/api/v1/cases")
                .then().statusCode(200).body("items.id", contains(own.toString()));
        given().auth().oauth2(TestTokens.villager(villager)).when().get("/api/v1/cases/{id}", someoneElses)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.villager(villager)).when().get("/api/v1/cases/{id}/timeline", own)
                .then().statusCode(200).body("items.action", contains("OPEN"));
    }

    @Test
    void shouldMaskTheVillagerForRolesThatDoNotHandleTheCaseAndAuditFullReads() {
        Station station = CaseTestData.station();
        UUID caseId = open(station.cadre(), CaseTestData.errand(station));

        given().auth().oauth2(INSPECTOR).when().get("/api/v1/cases/{id}", caseId)
                .then().statusCode(200)
                .body("villager.masked", equalTo(true))
                .body("villager.name", equalTo("张**"))
                .body("villager.phone", equalTo("138****5678"))
                .body("villager.address", equalTo("城关镇东沟村****"))
                .body("consent.givenBy", equalTo("张**"));
        assertThat(fullReads(caseId)).isZero();

        given().auth().oauth2(station.cadre()).when().get("/api/v1/cases/{id}", caseId)
                .then().statusCode(200).body("villager.masked", equalTo(false)).body("villager.phone", equalTo("13812345678"));
        given().auth().oauth2(station.townshipOfficer()).when().get("/api/v1/cases/{id}", caseId)
                .then().statusCode(200).body("villager.name", equalTo("张三丰"));
        assertThat(fullReads(caseId)).isEqualTo(2);

        given().auth().oauth2(INSPECTOR).when().get("/api/v1/cases").then().statusCode(200);
        given().auth().oauth2(TestTokens.token("dept", Set.of("DECISION_OWNER"), Map.of())).when().get("/api/v1/cases/{id}", caseId)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.token("dept", Set.of("DECISION_OWNER"), Map.of())).when().get("/api/v1/cases")
                .then().statusCode(403);
    }

    @Test
    void shouldListMyStationsOpenCasesAndWhatIsEscalatedToMyTownship() {
        Station station = CaseTestData.station();
        String cadre = station.cadre();
        UUID waiting = open(cadre, CaseTestData.problem(station));
        UUID escalated = open(cadre, CaseTestData.problem(station));
        UUID done = open(cadre, CaseTestData.problem(station));
        transition(cadre, escalated, "ACCEPT").statusCode(200);
        transition(cadre, escalated, "ESCALATE").statusCode(200);
        CaseTestData.resolve(cadre, done);

        given().auth().oauth2(cadre).when().get("/api/v1/cases/work-lists/my-station")
                .then().statusCode(200).body("items.id", containsInAnyOrder(waiting.toString(), escalated.toString()));
        given().auth().oauth2(station.townshipOfficer()).when().get("/api/v1/cases/work-lists/escalated-to-my-township")
                .then().statusCode(200).body("items.id", contains(escalated.toString()))
                .body("items[0].villagerName", equalTo("张**"));
        given().auth().oauth2(station.townshipOfficer()).when().get("/api/v1/cases/work-lists/my-station")
                .then().statusCode(403);
    }

    @Test
    void shouldShowAPetitionOnlyToItsHandlersAndThePetitionerNeverToTheCadreItIsAbout() {
        Station station = CaseTestData.station();
        UUID villager = UUID.randomUUID();
        UUID about = station.serving();
        String handler = station.cadre();
        Map<String, Object> petition = CaseTestData.petition(station);
        petition.put("concernsCadreId", about);
        UUID caseId = open(TestTokens.villager(villager), petition);
        String aboutToken = station.tokenOf(about);

        given().auth().oauth2(aboutToken).when().get("/api/v1/cases/{id}", caseId).then().statusCode(404);
        given().auth().oauth2(aboutToken).when().get("/api/v1/cases/{id}/petition", caseId).then().statusCode(404);
        transition(aboutToken, caseId, "ACCEPT").statusCode(404);
        given().auth().oauth2(aboutToken).queryParam("stationId", station.stationId()).when().get("/api/v1/cases")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(aboutToken).when().get("/api/v1/cases/work-lists/my-station")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(INSPECTOR).when().get("/api/v1/cases/{id}", caseId).then().statusCode(404);
        given().auth().oauth2(INSPECTOR).queryParam("stationId", station.stationId()).when().get("/api/v1/cases")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.system("hotline-12345")).when().get("/api/v1/open311/requests/{id}.json", caseId)
                .then().statusCode(404).contentType("application/problem+json");

        transition(handler, caseId, "ACCEPT", Map.of("handlerCadreId", about)).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:handler-concerned"));
        transition(handler, caseId, "ACCEPT").statusCode(200).body("concernsCadreId", equalTo(about.toString()));
        given().auth().oauth2(TestTokens.villager(villager)).when().get("/api/v1/cases/{id}", caseId)
                .then().statusCode(200).body("villager.masked", equalTo(false));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("stationId", station.stationId()).when().get("/api/v1/cases")
                .then().statusCode(200).body("items.id", contains(caseId.toString()));

        JsonNode opened = CaseEvents.await(caseId, "CaseOpened", 1).get(0);
        assertThat(opened.path("data").path("openedBy").asText()).isEqualTo("VILLAGER");
        assertThat(opened.toString()).doesNotContain(villager.toString(), about.toString());
    }

    @Test
    void shouldNameTheCadreConcernedOnlyOnAPetition() {
        Station station = CaseTestData.station();
        Map<String, Object> problem = CaseTestData.problem(station);
        problem.put("concernsCadreId", UUID.randomUUID());

        CaseTestData.post(station.cadre(), "/api/v1/cases", problem).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:concerns-only-petitions"))
                .body("errors.field", contains("concernsCadreId"));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("stationId", station.stationId()).when().get("/api/v1/cases")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    private static long fullReads(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() ->
                PersonalDataAccess.count("resourceId = ?1 and action = 'READ'", caseId));
    }
}
