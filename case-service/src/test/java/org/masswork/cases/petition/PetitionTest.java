package org.masswork.cases.petition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.masswork.cases.CaseTestData.open;
import static org.masswork.cases.CaseTestData.post;
import static org.masswork.cases.CaseTestData.transition;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.data.TemporalUnitOffset;
import org.assertj.core.data.TemporalUnitWithinOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseEvents;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.CaseTestData;
import org.masswork.cases.deadline.OverdueJob;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class PetitionTest {

    @Inject
    OverdueJob overdueJob;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldComputeTheTimeLimitsOfThePetitionRegulationsAndExtendTheReplyOnlyOnce() {
        Station station = CaseTestData.station();
        String cadre = station.cadre();
        OffsetDateTime received = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = CaseTestData.petition(station);
        body.put("recordedAt", received.toString());
        UUID caseId = open(cadre, body);

        String acceptanceDue = petition(cadre, caseId).body("mode", equalTo("BY_PROXY")).body("modeLabel", equalTo("代理信访"))
                .body("deadlines.kind", contains("ACCEPTANCE"))
                .extract().path("deadlines[0].dueAt");
        // Compared as times: a time on a whole minute is written without its seconds.
        assertThat(OffsetDateTime.parse(acceptanceDue)).isEqualTo(received.plusDays(15));
        JsonNode filed = CaseEvents.await(caseId, "PetitionFiled", 1).get(0).path("data");
        assertThat(filed.path("mode").asText()).isEqualTo("BY_PROXY");
        assertThat(OffsetDateTime.parse(filed.path("acceptanceDueAt").asText())).isEqualTo(received.plusDays(15));

        transition(cadre, caseId, "ACCEPT").statusCode(200);
        OffsetDateTime replyDue = OffsetDateTime.parse(deadline(cadre, caseId, "WRITTEN_REPLY").get("dueAt").toString());
        assertThat(replyDue).isCloseTo(OffsetDateTime.now(ZoneOffset.UTC).plusDays(60), within());

        post(cadre, path(caseId, "extension"), Map.of("version", CaseTestData.version(caseId), "days", 31, "reason", "需要鉴定"))
                .statusCode(400).body("errors.field", contains("days"));
        post(cadre, path(caseId, "extension"), Map.of("version", CaseTestData.version(caseId), "days", 30, "reason", "需要土地权属鉴定"))
                .statusCode(200).body("extensionDays", equalTo(30));
        assertThat(OffsetDateTime.parse(deadline(cadre, caseId, "WRITTEN_REPLY").get("dueAt").toString()))
                .isEqualTo(replyDue.plusDays(30));
        post(cadre, path(caseId, "extension"), Map.of("version", CaseTestData.version(caseId), "days", 5, "reason", "再延"))
                .statusCode(422).body("type", equalTo("urn:masswork:problem:one-extension-only"));
    }

    @Test
    void shouldRecordReviewsInOrderUntilTheReReviewIsFinalAndEndThePetitionOnce() {
        Station station = CaseTestData.station();
        String cadre = station.cadre();
        UUID caseId = open(cadre, CaseTestData.petition(station));
        transition(cadre, caseId, "ACCEPT").statusCode(200);
        transition(cadre, caseId, "START").statusCode(200);
        post(cadre, path(caseId, "review-steps"), review(caseId, "REVIEW_REQUESTED")).statusCode(409)
                .body("type", equalTo("urn:masswork:problem:illegal-transition"));
        transition(cadre, caseId, "RESOLVE", Map.of("method", "REPLY_WITH_FEEDBACK", "note", "书面答复")).statusCode(200);

        post(cadre, path(caseId, "review-steps"), review(caseId, "REVIEW_ANSWERED")).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:review-step-out-of-order"));
        post(cadre, path(caseId, "review-steps"), review(caseId, "REVIEW_REQUESTED")).statusCode(200)
                .body("deadlines.kind", hasItem("REVIEW_ANSWER"));
        for (String step : List.of("REVIEW_ANSWERED", "RE_REVIEW_REQUESTED", "RE_REVIEW_ANSWERED")) {
            post(cadre, path(caseId, "review-steps"), review(caseId, step)).statusCode(200);
        }
        post(cadre, path(caseId, "review-steps"), review(caseId, "REVIEW_REQUESTED")).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:petition-final"));

        post(cadre, path(caseId, "outcome"), Map.of("version", CaseTestData.version(caseId), "outcome", "ENDED_SATISFIED"))
                .statusCode(200).body("outcomeLabel", equalTo("息访息诉"));
        post(cadre, path(caseId, "outcome"), Map.of("version", CaseTestData.version(caseId), "outcome", "ENDED_SATISFIED"))
                .statusCode(409);
        JsonNode ended = CaseEvents.await(caseId, "PetitionEnded", 1).get(0).path("data");
        assertThat(ended.path("outcome").asText()).isEqualTo("ENDED_SATISFIED");
        assertThat(ended.path("kind").asText()).isEqualTo("PETITION");
        assertThat(ended.path("townshipId").asText()).isEqualTo(station.townshipId().toString());
    }

    @Test
    void shouldListAReceivedPetitionByItsAcceptanceLimitAheadOfLaterDeadlines() {
        Station station = CaseTestData.station();
        String cadre = station.cadre();
        UUID problem = open(cadre, CaseTestData.problem(station));
        Map<String, Object> body = CaseTestData.petition(station);
        OffsetDateTime received = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).truncatedTo(ChronoUnit.SECONDS);
        body.put("recordedAt", received.toString());
        UUID petition = open(cadre, body);

        String due = given().auth().oauth2(cadre).when().get("/api/v1/cases/{id}", petition)
                .then().statusCode(200).extract().path("dueAt");
        assertThat(OffsetDateTime.parse(due)).as("the acceptance limit, before acceptance").isEqualTo(received.plusDays(15));
        List<String> workList = given().auth().oauth2(cadre).queryParam("size", 100)
                .when().get("/api/v1/cases/work-lists/my-station")
                .then().statusCode(200).extract().path("items.id");
        assertThat(workList).containsSubsequence(petition.toString(), problem.toString());

        transition(cadre, petition, "ACCEPT").statusCode(200);
        String replyDue = given().auth().oauth2(cadre).when().get("/api/v1/cases/{id}", petition)
                .then().statusCode(200).extract().path("dueAt");
        assertThat(OffsetDateTime.parse(replyDue)).as("then the written reply's")
                .isEqualTo(OffsetDateTime.parse(deadline(cadre, petition, "WRITTEN_REPLY").get("dueAt").toString()));
    }

    @Test
    void shouldMarkAPassedDeadlineOverdueOnceListItAndClearItWhenMet() {
        Station station = CaseTestData.station();
        String cadre = station.cadre();
        Map<String, Object> body = CaseTestData.petition(station);
        body.put("recordedAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(20).toString());
        UUID caseId = open(cadre, body);
        long version = CaseTestData.version(caseId);

        overdueJob.markOverdue(OffsetDateTime.now(ZoneOffset.UTC));
        overdueJob.markOverdue(OffsetDateTime.now(ZoneOffset.UTC));

        JsonNode overdue = CaseEvents.await(caseId, "CaseOverdue", 1).get(0).path("data");
        assertThat(overdue.path("deadline").asText()).isEqualTo("ACCEPTANCE");
        assertThat(CaseEvents.all(caseId)).filteredOn(e -> e.path("type").asText().equals("CaseOverdue")).hasSize(1);
        given().auth().oauth2(cadre).when().get("/api/v1/cases/{id}", caseId)
                .then().statusCode(200).body("overdue", equalTo(true)).body("version", equalTo((int) version));
        given().auth().oauth2(cadre).when().get("/api/v1/case-deadlines/overdue")
                .then().statusCode(200).body("items.caseId", contains(caseId.toString()))
                .body("items[0].kindLabel", equalTo("受理告知期限"));
        // Petitions are hidden from county readers who do not handle cases, their deadlines too.
        given().auth().oauth2(TestTokens.token("inspector-1", Set.of("INSPECTOR"), Map.of())).queryParam("size", 100).when().get("/api/v1/case-deadlines/overdue")
                .then().statusCode(200).body("items.caseId", not(hasItem(caseId.toString())));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("size", 100).when().get("/api/v1/case-deadlines/overdue")
                .then().statusCode(200).body("items.caseId", hasItem(caseId.toString()));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParams(Map.of("stationId", station.stationId(), "overdue", true))
                .when().get("/api/v1/cases").then().statusCode(200).body("items.id", contains(caseId.toString()));

        transition(cadre, caseId, "ACCEPT").statusCode(200).body("overdue", equalTo(false));
        given().auth().oauth2(cadre).when().get("/api/v1/case-deadlines/overdue")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(cadre).queryParam("withinDays", 61).when().get("/api/v1/case-deadlines/due-soon")
                .then().statusCode(200).body("items.kind", contains("WRITTEN_REPLY"));
        given().auth().oauth2(cadre).queryParam("withinDays", 7).when().get("/api/v1/case-deadlines/due-soon")
                .then().statusCode(200).body("items.caseId", not(hasItem(caseId.toString())));
        given().auth().oauth2(TestTokens.villager(UUID.randomUUID())).when().get("/api/v1/case-deadlines/overdue")
                .then().statusCode(403);
    }

    private static ValidatableResponse petition(String token, UUID caseId) {
        return given().auth().oauth2(token).when().get("/api/v1/cases/{id}/petition", caseId).then().statusCode(200);
    }

    private static Map<String, Object> deadline(String token, UUID caseId, String kind) {
        List<Map<String, Object>> deadlines = petition(token, caseId).extract().path("deadlines");
        return deadlines.stream().filter(d -> kind.equals(d.get("kind"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> review(UUID caseId, String step) {
        return new HashMap<>(Map.of("version", CaseTestData.version(caseId), "step", step));
    }

    private static String path(UUID caseId, String what) {
        return "/api/v1/cases/" + caseId + "/petition/" + what;
    }

    private static TemporalUnitOffset within() {
        return new TemporalUnitWithinOffset(1, ChronoUnit.MINUTES);
    }
}
