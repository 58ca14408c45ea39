package org.masswork.cases.errand;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cases.CaseTestData.open;
import static org.masswork.cases.CaseTestData.post;
import static org.masswork.cases.CaseTestData.transition;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.CaseTestData;
import org.masswork.infra.MassWorkTestResource;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class ErrandTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldRecordConsentStepsAtDepartmentsDueDateAndOutcome() {
        Station station = CaseTestData.station();
        String cadre = station.cadre();
        OffsetDateTime due = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = CaseTestData.errand(station);
        body.put("errandDueAt", due.toString());
        UUID caseId = open(cadre, body);
        transition(cadre, caseId, "ACCEPT").statusCode(200);

        post(cadre, steps(caseId), Map.of("version", CaseTestData.version(caseId), "department", "县人社局", "action", "递交低保年审材料"))
                .statusCode(200);
        post(cadre, steps(caseId), Map.of("version", CaseTestData.version(caseId), "department", "县民政局", "action", "领取审批结果"))
                .statusCode(200);
        transition(cadre, caseId, "START").statusCode(200);
        transition(cadre, caseId, "RESOLVE", Map.of("method", "AID_AND_RELIEF", "note", "低保年审已通过")).statusCode(200);

        given().auth().oauth2(cadre).when().get("/api/v1/cases/{id}/errand", caseId)
                .then().statusCode(200)
                .body("consent.givenBy", equalTo("张三丰")).body("consent.entrusted", equalTo("代办低保年审材料"))
                .body("dueAt", equalTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(due)))
                .body("steps.department", contains("县人社局", "县民政局"))
                .body("outcome", equalTo("低保年审已通过"));
        post(cadre, steps(caseId), Map.of("version", CaseTestData.version(caseId), "department", "县人社局", "action", "补充"))
                .statusCode(409).body("type", equalTo("urn:masswork:problem:illegal-transition"));
    }

    @Test
    void shouldRefuseErrandStepsOnOtherKindsOfCases() {
        Station station = CaseTestData.station();
        UUID caseId = open(station.cadre(), CaseTestData.problem(station));
        transition(station.cadre(), caseId, "ACCEPT").statusCode(200);

        post(station.cadre(), steps(caseId), Map.of("version", CaseTestData.version(caseId), "department", "县人社局", "action", "x"))
                .statusCode(422).body("type", equalTo("urn:masswork:problem:not-an-errand"));
    }

    private static String steps(UUID caseId) {
        return "/api/v1/cases/" + caseId + "/errand/steps";
    }
}
