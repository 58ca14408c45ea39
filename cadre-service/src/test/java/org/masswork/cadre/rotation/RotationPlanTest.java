package org.masswork.cadre.rotation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.cadre.CadreTestData.generalCadre;
import static org.masswork.cadre.CadreTestData.sectionLevelCadre;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.CadreTestData;
import org.masswork.cadre.household.HouseholdWorkData;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class RotationPlanTest {

    private static final LocalDate TODAY = County.today();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /**
     * Four stations of one township. Due: A (term ended 10 days ago) and C (ends in 30 days, within the 90-day
     * horizon); B, D, F and G are not. A may not go back to station 1, nor to the disorderly station 0 (an economic
     * cadre); C served at station 1 before. The plan sends A to lead station 2 and C to lead station 4.
     */
    @Test
    void shouldListExactlyTheDueCadresWithAMoveTheTeamRulesAllow() {
        UUID township = CadreTestData.township();
        UUID disorderly = CadreTestData.station(CadreTestData.village(township, "DISORDERLY"), "0号站");
        UUID first = CadreTestData.station(CadreTestData.village(township, "POOR"), "1号站");
        UUID second = CadreTestData.station(CadreTestData.village(township, "POOR"), "2号站");
        UUID fourth = CadreTestData.station(CadreTestData.village(township, "POOR"), "4号站");

        UUID c = sectionLevelCadre("ECONOMIC");
        UUID earlierTerm = HouseholdWorkData.assign(c, first, "MEMBER", TODAY.minusYears(3));
        end(earlierTerm, TODAY.minusYears(2).minusDays(40));
        UUID a = sectionLevelCadre("ECONOMIC");
        HouseholdWorkData.assign(a, first, "LEADER", TODAY.minusYears(2).minusDays(10));
        UUID b = generalCadre("ECONOMIC");
        HouseholdWorkData.assign(b, first, "MEMBER", TODAY.minusMonths(1));
        HouseholdWorkData.assign(c, second, "LEADER", TODAY.minusYears(2).plusDays(30));
        UUID d = generalCadre("ECONOMIC");
        HouseholdWorkData.assign(d, second, "MEMBER", TODAY.minusYears(2).plusDays(200));
        HouseholdWorkData.assign(generalCadre("POLITICAL_LEGAL"), disorderly, "MEMBER", TODAY.minusMonths(2));
        UUID g = generalCadre("ECONOMIC");
        HouseholdWorkData.assign(g, fourth, "MEMBER", TODAY.minusMonths(2));

        String plan = given().auth().oauth2(TestTokens.townshipOfficer(township))
                .when().get("/api/v1/townships/{id}/rotation-plan", township)
                .then().statusCode(200)
                .body("dueBy", equalTo(TODAY.plusDays(90).toString()))
                .body("due.cadreId", contains(a.toString(), c.toString()))
                .body("due.overdue", contains(true, false))
                .body("due.stationId", contains(first.toString(), second.toString()))
                .body("due.proposal.stationId", contains(second.toString(), fourth.toString()))
                .body("due.proposal.role", contains("LEADER", "LEADER"))
                .body("due.proposal.roleLabel", contains("组长", "组长"))
                .body("teamsAfter.stationId", contains(first.toString(), second.toString(), fourth.toString()))
                .body("teamsAfter[0].cadreIds", contains(b.toString()))
                .body("teamsAfter[0].issues", contains("UNDERSTAFFED", "NO_LEADER"))
                .body("teamsAfter[1].cadreIds", contains(d.toString(), a.toString()))
                .body("teamsAfter[1].issues.size()", equalTo(0))
                .body("teamsAfter[2].cadreIds", contains(g.toString(), c.toString()))
                .body("teamsAfter[2].issues.size()", equalTo(0))
                .extract().asString();

        String again = given().auth().oauth2(TestTokens.countyAdmin())
                .when().get("/api/v1/townships/{id}/rotation-plan", township)
                .then().statusCode(200).extract().asString();
        assertThat(again).as("the same records give the same plan").isEqualTo(plan);
    }

    @Test
    void shouldShowAPlanOnlyToTheTownshipsOfficersAndCountyRoles() {
        UUID township = CadreTestData.township();
        UUID station = CadreTestData.station(CadreTestData.village(township, "POOR"));
        UUID cadre = generalCadre("ECONOMIC");
        HouseholdWorkData.assign(cadre, station, "MEMBER", TODAY.minusYears(2));

        given().auth().oauth2(TestTokens.token("org-dept", Set.of("ORG_DEPT"), Map.of()))
                .when().get("/api/v1/townships/{id}/rotation-plan", township)
                .then().statusCode(200).body("due.cadreId", contains(cadre.toString()))
                .body("due[0].proposal", nullValue());
        given().auth().oauth2(TestTokens.townshipOfficer(CadreTestData.township()))
                .when().get("/api/v1/townships/{id}/rotation-plan", township)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.cadre(cadre, station, township))
                .when().get("/api/v1/townships/{id}/rotation-plan", township)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.countyAdmin())
                .when().get("/api/v1/townships/{id}/rotation-plan", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static void end(UUID assignmentId, LocalDate endedOn) {
        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("endedOn", endedOn.toString(), "reason", "ROTATION", "version", 0))
                .when().post("/api/v1/assignments/{id}/end", assignmentId)
                .then().statusCode(200);
    }
}
