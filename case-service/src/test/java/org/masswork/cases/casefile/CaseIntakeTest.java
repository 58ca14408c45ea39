package org.masswork.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.cases.CaseTestData.open;
import static org.masswork.cases.CaseTestData.post;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseEvents;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.CaseTestData;
import org.masswork.cases.lifecycle.TimelineEntry;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.outbox.OutboxEvent;
import org.masswork.platform.privacy.PersonalDataAccess;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class CaseIntakeTest {

    @Inject
    CaseFileRepository cases;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldFileACaseAtAKnownStationAndAnnounceItWithoutPersonalData() {
        Station station = CaseTestData.station();
        Map<String, Object> body = CaseTestData.problem(station);
        UUID visitId = UUID.randomUUID();
        body.put("visitId", visitId);
        body.put("recordedAt", "2026-01-05T08:00:00Z");

        String location = post(station.cadre(), "/api/v1/cases", body)
                .statusCode(201)
                .header("Location", containsString("/api/v1/cases/"))
                .body("status", equalTo("RECEIVED")).body("statusLabel", equalTo("已登记"))
                .body("kind", equalTo("PROBLEM")).body("kindLabel", equalTo("实际问题"))
                .body("channelLabel", equalTo("入户走访")).body("categoryLabel", equalTo("用水与水利"))
                .body("level", equalTo("STATION")).body("levelLabel", equalTo("群众工作站"))
                .body("townshipId", equalTo(station.townshipId().toString()))
                .body("villageId", equalTo(station.villageId().toString()))
                .body("villager.name", equalTo("张三丰")).body("villager.masked", equalTo(false))
                .body("visitId", equalTo(visitId.toString()))
                .body("recordedAt", equalTo("2026-01-05T08:00:00Z"))
                .body("dueAt", equalTo("2026-02-04T08:00:00Z"))
                .body("version", notNullValue())
                .extract().header("Location");
        UUID caseId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        CaseFile stored = QuarkusTransaction.requiringNew().call(() -> cases.findById(caseId));
        assertThat(stored.villagerPhone).isEqualTo("13812345678");
        assertThat(stored.stationId).isEqualTo(station.stationId());
        assertThat(count(() -> TimelineEntry.count("caseId", caseId))).isEqualTo(1);
        assertThat(count(() -> PersonalDataAccess.count("resourceId = ?1 and action = 'CREATE'", caseId))).isEqualTo(1);

        JsonNode opened = CaseEvents.await(caseId, "CaseOpened", 1).get(0);
        JsonNode data = opened.path("data");
        assertThat(opened.path("source").asText()).isEqualTo("/masswork/case-service");
        assertThat(data.path("caseId").asText()).isEqualTo(caseId.toString());
        assertThat(data.path("stationId").asText()).isEqualTo(station.stationId().toString());
        assertThat(data.path("villageId").asText()).isEqualTo(station.villageId().toString());
        assertThat(data.path("townshipId").asText()).isEqualTo(station.townshipId().toString());
        assertThat(data.path("kind").asText()).isEqualTo("PROBLEM");
        assertThat(data.path("category").asText()).isEqualTo("WATER");
        assertThat(data.path("occurredAt").asText()).isEqualTo("2026-01-05T08:00:00Z");
        assertThat(opened.toString()).doesNotContain("张三丰", "13812345678", "东沟村三组", "自来水管");
    }

    @Test
    void shouldReturnTheSameCaseWhenTheCreateIsReplayedWithItsIdempotencyKey() {
        Station station = CaseTestData.station();
        Map<String, Object> body = CaseTestData.problem(station);
        String key = UUID.randomUUID().toString();

        String cadre = station.cadre();

        String first = given(cadre, key, body).then().statusCode(201).extract().path("id");
        given(cadre, key, body).then().statusCode(201)
                .header("Location", endsWith("/api/v1/cases/" + first)).body("id", equalTo(first));

        assertThat(count(() -> cases.count("stationId", station.stationId()))).isEqualTo(1);
        assertThat(count(() -> OutboxEvent.count("key", first))).isEqualTo(1);
    }

    @Test
    void shouldRejectAnUnknownStationAndWriteNothing() {
        long before = count(cases::count);
        long outboxBefore = count(() -> OutboxEvent.count());
        Map<String, Object> body = CaseTestData.problem(new Station(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));

        post(TestTokens.countyAdmin(), "/api/v1/cases", body)
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:unknown-station"))
                .body("errors.field", contains("stationId"));

        assertThat(count(cases::count)).isEqualTo(before);
        assertThat(count(() -> OutboxEvent.count())).isEqualTo(outboxBefore);
    }

    @Test
    void shouldRequireConsentForErrandsAndPetitionsAndWriteNothing() {
        Station station = CaseTestData.station();
        Map<String, Object> errand = CaseTestData.errand(station);
        errand.remove("consent");
        Map<String, Object> petition = CaseTestData.petition(station);
        petition.remove("consent");

        for (Map<String, Object> body : List.of(errand, petition)) {
            post(station.cadre(), "/api/v1/cases", body)
                    .statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("urn:masswork:problem:consent-required"))
                    .body("errors.field", contains("consent"));
        }
        Map<String, Object> petitionWithoutMode = CaseTestData.petition(station);
        petitionWithoutMode.remove("petitionMode");
        post(station.cadre(), "/api/v1/cases", petitionWithoutMode)
                .statusCode(422).body("type", equalTo("urn:masswork:problem:petition-mode"));

        assertThat(count(() -> cases.count("stationId", station.stationId()))).isZero();
    }

    @Test
    void shouldRejectAMegabyteOfTextAndBadFieldsWithEachFieldAndWriteNothing() {
        Station station = CaseTestData.station();
        Map<String, Object> huge = CaseTestData.problem(station);
        huge.put("description", "水".repeat(1_000_000));

        post(station.cadre(), "/api/v1/cases", huge)
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:validation-failed"))
                .body("errors.field", contains("description"));

        Map<String, Object> bad = CaseTestData.problem(station);
        bad.put("category", "WEATHER");
        post(station.cadre(), "/api/v1/cases", bad)
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("category"));

        Map<String, Object> badVillager = CaseTestData.problem(station);
        badVillager.put("villager", Map.of("name", "", "phone", "call me"));
        badVillager.put("description", " ");
        post(station.cadre(), "/api/v1/cases", badVillager)
                .statusCode(400).body("errors.field", contains("description", "villager.name", "villager.phone"));

        Map<String, Object> future = CaseTestData.problem(station);
        future.put("recordedAt", "2099-01-01T00:00:00Z");
        post(station.cadre(), "/api/v1/cases", future).statusCode(400).body("errors.field", contains("recordedAt"));

        assertThat(count(() -> cases.count("stationId", station.stationId()))).isZero();
    }

    @Test
    void shouldTakeTheVillagerFromTheTokenWhenAVillagerFilesForThemselves() {
        Station station = CaseTestData.station();
        UUID villagerId = UUID.randomUUID();
        Map<String, Object> body = CaseTestData.problem(station);
        body.put("channel", "MOBILE_APP");

        UUID caseId = open(TestTokens.villager(villagerId), body);

        RestAssured.given().auth().oauth2(TestTokens.villager(villagerId)).when().get("/api/v1/cases/{id}", caseId)
                .then().statusCode(200).body("villager.id", equalTo(villagerId.toString()))
                .body("villager.phone", equalTo("13812345678")).body("consent", nullValue());

        Map<String, Object> forSomeoneElse = CaseTestData.problem(station);
        forSomeoneElse.put("villager", Map.of("id", UUID.randomUUID().toString(), "name", "李四"));
        post(TestTokens.villager(villagerId), "/api/v1/cases", forSomeoneElse).statusCode(403);
    }

    @Test
    void shouldNotLetACadreFileAtAnotherStation() {
        Station mine = CaseTestData.station();
        Station other = CaseTestData.station();

        post(mine.cadre(), "/api/v1/cases", CaseTestData.problem(other))
                .statusCode(403).contentType("application/problem+json");
        assertThat(count(() -> cases.count("stationId", other.stationId()))).isZero();
    }

    private static Response given(String token, String key, Map<String, Object> body) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(new HashMap<>(body)).when().post("/api/v1/cases");
    }

    private static long count(Supplier<Long> query) {
        return QuarkusTransaction.requiringNew().call(query::get);
    }
}
