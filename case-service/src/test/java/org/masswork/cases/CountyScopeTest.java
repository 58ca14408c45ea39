package org.masswork.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cases.CaseTestData.open;
import static org.masswork.cases.CaseTestData.post;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.casefile.CaseFileRepository;
import org.masswork.platform.county.KnownCounties;
import org.masswork.cases.station.KnownStationRepository;
import org.masswork.cases.station.StationEvents;
import org.masswork.infra.Await;
import org.masswork.infra.County;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestEvents;
import org.masswork.infra.TestTokens;
import org.masswork.platform.county.Counties;
import org.masswork.platform.privacy.PersonalDataAccess;

/**
 * Counties as tenants (issue 19): a county's roles see nothing of another county's cases, whatever their role, and
 * whatever ids their tokens name; every case and event names the county of its station; the figures are per county
 * for county roles and across the counties for the province.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class CountyScopeTest {

    @Inject
    KnownStationRepository stations;

    @Inject
    CaseFileRepository cases;

    @Inject
    KnownCounties counties;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** A county of its own for each test, its station registered by cadre-service's event naming it. */
    private UUID otherCounty;
    private Station there;
    private UUID villager;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void registerAStationOfAnotherCounty() {
        otherCounty = UUID.randomUUID();
        UUID stationId = UUID.randomUUID();
        UUID township = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.send(StationEvents.CADRE_TOPIC, stationId.toString(),
                    StationEvents.stationRegistered(UUID.randomUUID(), stationId, township, "西岭村群众工作站", otherCounty));
        }
        StationEvents.awaitInDirectory(stations, stationId, Duration.ofSeconds(30));
        there = new Station(stationId, UUID.randomUUID(), township, otherCounty);
        villager = UUID.randomUUID();
    }

    @Test
    void shouldKeepTheStationsCountyOnTheCaseAndInEveryEvent() {
        assertThat(QuarkusTransaction.requiringNew().call(() -> stations.findById(there.stationId()).countyId))
                .isEqualTo(otherCounty);
        UUID caseId = open(there.cadre(), CaseTestData.problem(there));

        assertThat(QuarkusTransaction.requiringNew().call(() -> cases.findById(caseId).countyId))
                .isEqualTo(otherCounty);
        given().auth().oauth2(there.countyAdmin()).when().get("/api/v1/cases/{id}", caseId).then().statusCode(200);
        JsonNode opened = CaseEvents.await(caseId, "CaseOpened", 1).get(0);
        assertThat(opened.path("countyid").asText()).isEqualTo(otherCounty.toString());
        assertThat(opened.path("data").path("countyId").asText()).isEqualTo(otherCounty.toString());
    }

    @Test
    void shouldAnswerEveryOperationOnAnotherCountysCaseAsIfItDidNotExistAndChangeNothing() {
        String cadre = there.cadre();
        UUID problem = open(cadre, withVillager(CaseTestData.problem(there)));
        resolve(problem);
        UUID errand = open(cadre, withVillager(CaseTestData.errand(there)));
        UUID petition = open(cadre, withVillager(CaseTestData.petition(there)));
        List<UUID> cases = List.of(problem, errand, petition);
        Map<UUID, Long> versions = new HashMap<>();
        Map<UUID, Integer> events = new HashMap<>();
        for (UUID caseId : cases) {
            versions.put(caseId, version(caseId));
            events.put(caseId, CaseEvents.all(caseId).size());
        }
        long reads = fullReads(cases);

        for (String token : firstCountysTokens()) {
            for (UUID caseId : cases) {
                given().auth().oauth2(token).when().get("/api/v1/cases/{id}", caseId).then().statusCode(404)
                        .contentType("application/problem+json");
                given().auth().oauth2(token).when().get("/api/v1/cases/{id}/timeline", caseId).then().statusCode(404);
                given().auth().oauth2(token).when().get("/api/v1/open311/requests/{id}.json", caseId).then().statusCode(404);
                write(token, caseId, "transitions", Map.of("action", "ACCEPT")).statusCode(404);
                write(token, caseId, "transitions", Map.of("action", "ESCALATE")).statusCode(404);
            }
            given().auth().oauth2(token).when().get("/api/v1/cases/{id}/errand", errand).then().statusCode(404);
            write(token, errand, "errand/steps", Map.of("department", "县人社局", "action", "递交材料")).statusCode(404);
            given().auth().oauth2(token).when().get("/api/v1/cases/{id}/petition", petition).then().statusCode(404);
            write(token, petition, "petition/extension", Map.of("days", 10, "reason", "需要鉴定")).statusCode(404);
            write(token, petition, "petition/review-steps", Map.of("step", "REVIEW_REQUESTED")).statusCode(404);
            write(token, petition, "petition/outcome", Map.of("outcome", "ENDED_SATISFIED")).statusCode(404);
            write(token, problem, "satisfaction", Map.of("rating", "UNSATISFIED")).statusCode(404);
            write(token, problem, "satisfaction/return-call", Map.of("note", "已回访")).statusCode(404);
            given().auth().oauth2(token).when().get("/api/v1/station-directory/{id}", there.stationId()).then().statusCode(404);
            given().auth().oauth2(token).when().get("/api/v1/station-directory/{id}/cadres", there.stationId())
                    .then().statusCode(404);
        }

        for (UUID caseId : cases) {
            assertThat(version(caseId)).as("case %s unchanged", caseId).isEqualTo(versions.get(caseId));
            assertThat(CaseEvents.all(caseId)).as("no event for case %s", caseId).hasSize(events.get(caseId));
        }
        assertThat(fullReads(cases)).as("no one of the first county read the villagers' data").isEqualTo(reads);
        given().auth().oauth2(there.countyAdmin()).when().get("/api/v1/cases/{id}", problem)
                .then().statusCode(200).body("status", equalTo("RESOLVED")).body("satisfaction", equalTo(null));
        given().auth().oauth2(there.countyAdmin()).when().get("/api/v1/cases/{id}/petition", petition)
                .then().statusCode(200).body("extensionDays", equalTo(null)).body("outcome", equalTo(null));
        given().auth().oauth2(there.countyAdmin()).when().get("/api/v1/cases/{id}/errand", errand)
                .then().statusCode(200).body("steps", empty());
    }

    @Test
    void shouldRefuseAFilingAtAnotherCountysStationAndWriteNothing() {
        Station here = CaseTestData.station();
        for (String token : new String[] {TestTokens.countyAdmin(), here.cadre(), TestTokens.villager(villager),
                TestTokens.system("hotline-12345"), TestTokens.townshipOfficer(there.townshipId())}) {
            post(token, "/api/v1/cases", CaseTestData.problem(there)).statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.system("hotline-12345")).contentType("application/x-www-form-urlencoded")
                .formParam("service_code", "WATER").formParam("address_id", there.stationId().toString())
                .formParam("description", "自来水管冻裂").when().post("/api/v1/open311/requests.json").then().statusCode(403);
        given().auth().oauth2(there.countyAdmin()).queryParam("stationId", there.stationId()).when().get("/api/v1/cases")
                .then().statusCode(200).body("totalItems", equalTo(0));
        // The station's own county files there, a villager and a system of that county too.
        open(TestTokens.inCounty(otherCounty, villager.toString(), Set.of("VILLAGER"), Map.of()), CaseTestData.problem(there));
        open(TestTokens.inCounty(otherCounty, "hotline-12345", Set.of("SYSTEM"), Map.of()), CaseTestData.problem(there));
    }

    @Test
    void shouldListAndSearchOnlyTheCallersCounty() {
        String words = "西岭" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = withVillager(CaseTestData.problem(there));
        body.put("description", "水渠堵塞 " + words);
        UUID caseThere = open(there.cadre(), body);
        Station here = CaseTestData.station(there.townshipId());
        Map<String, Object> bodyHere = CaseTestData.problem(here);
        bodyHere.put("description", "水渠堵塞 " + words);
        UUID caseHere = open(here.cadre(), bodyHere);
        String officerHere = TestTokens.townshipOfficer(there.townshipId());

        search(TestTokens.countyAdmin(), Map.of("text", words)).body("items.id", contains(caseHere.toString()));
        search(there.countyAdmin(), Map.of("text", words)).body("items.id", contains(caseThere.toString()));
        search(TestTokens.countyAdmin(), Map.of("stationId", there.stationId())).body("totalItems", equalTo(0));
        search(officerHere, Map.of("text", words)).body("items.id", contains(caseHere.toString()));
        search(there.townshipOfficer(), Map.of("text", words)).body("items.id", contains(caseThere.toString()));
        search(TestTokens.villager(villager), Map.of()).body("totalItems", equalTo(0));
        search(TestTokens.inCounty(otherCounty, villager.toString(), Set.of("VILLAGER"), Map.of()), Map.of())
                .body("items.id", contains(caseThere.toString()));

        given().auth().oauth2(there.townshipOfficer()).when().get("/api/v1/cases/work-lists/escalated-to-my-township")
                .then().statusCode(200).body("totalItems", equalTo(0));
        write(there.countyAdmin(), caseThere, "transitions", Map.of("action", "ACCEPT")).statusCode(200);
        write(there.countyAdmin(), caseThere, "transitions", Map.of("action", "ESCALATE")).statusCode(200);
        given().auth().oauth2(officerHere).when().get("/api/v1/cases/work-lists/escalated-to-my-township")
                .then().statusCode(200).body("items.id", empty());
        given().auth().oauth2(there.townshipOfficer()).when().get("/api/v1/cases/work-lists/escalated-to-my-township")
                .then().statusCode(200).body("items.id", contains(caseThere.toString()));

        given().auth().oauth2(TestTokens.system("hotline-12345"))
                .queryParam("service_request_id", caseThere + "," + caseHere).when().get("/api/v1/open311/requests.json")
                .then().statusCode(200).body("service_request_id", contains(caseHere.toString()));
        List<String> dueThere = given().auth().oauth2(there.countyAdmin()).queryParam("withinDays", 90).queryParam("size", 100)
                .when().get("/api/v1/case-deadlines/due-soon").then().statusCode(200).extract().path("items.caseId");
        assertThat(dueThere).as("the other county's deadlines: its one open case's").containsExactly(caseThere.toString());
        List<String> dueHere = given().auth().oauth2(officerHere).queryParam("withinDays", 90).queryParam("size", 100)
                .when().get("/api/v1/case-deadlines/due-soon").then().statusCode(200).extract().path("items.caseId");
        assertThat(dueHere).contains(caseHere.toString()).doesNotContain(caseThere.toString());

        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("townshipId", there.townshipId()).queryParam("size", 100)
                .when().get("/api/v1/station-directory").then().statusCode(200)
                .body("items.stationId", contains(here.stationId().toString()));
        given().auth().oauth2(there.countyAdmin()).queryParam("townshipId", there.townshipId())
                .when().get("/api/v1/station-directory").then().statusCode(200)
                .body("items.stationId", contains(there.stationId().toString()));
        for (String admin : new String[] {TestTokens.countyAdmin(), there.countyAdmin()}) {
            // One case of the township's id in each county: each county counts its own.
            given().auth().oauth2(admin).queryParam("year", LocalDate.now(java.time.ZoneOffset.UTC).getYear())
                    .queryParam("quarter", (LocalDate.now(java.time.ZoneOffset.UTC).getMonthValue() + 2) / 3)
                    .queryParam("townshipId", there.townshipId())
                    .when().get("/api/v1/case-figures/quarterly-analysis").then().statusCode(200)
                    .body("topCategoriesByTownship.cases", contains(1));
        }
    }

    @Test
    void shouldGiveCountyRolesTheirCountysFiguresAndTheProvinceEveryCountysAndTheirSum() {
        open(there.cadre(), CaseTestData.problem(there));
        UUID resolved = open(there.cadre(), CaseTestData.problem(there));
        resolve(resolved);
        Station here = CaseTestData.station();
        open(here.cadre(), CaseTestData.problem(here));
        String province = TestTokens.province("province-inspector", "PROVINCE_INSPECTOR");

        JsonNode ownRows = figures(there.countyAdmin(), Map.of()).statusCode(200).extract().as(JsonNode.class).path("rows");
        assertThat(ownRows).hasSize(1);
        assertThat(ownRows.get(0).path("countyId").asText()).isEqualTo(otherCounty.toString());
        assertThat(ownRows.get(0).path("casesReceived").asLong()).isEqualTo(2);
        figures(TestTokens.countyAdmin(), Map.of("countyId", otherCounty)).statusCode(403);
        figures(TestTokens.countyAdmin(), Map.of("groupBy", "PROVINCE")).statusCode(403);
        figures(there.countyAdmin(), Map.of("countyId", otherCounty, "groupBy", "STATION")).statusCode(200)
                .body("rows.stationId", contains(there.stationId().toString()));

        JsonNode byCounty = figures(province, Map.of("groupBy", "COUNTY")).statusCode(200).extract().as(JsonNode.class).path("rows");
        Map<String, Long> perCounty = new HashMap<>();
        byCounty.forEach(row -> perCounty.put(row.path("countyId").asText(), row.path("casesReceived").asLong()));
        assertThat(perCounty).containsEntry(otherCounty.toString(), 2L).containsKey(Counties.DEFAULT_ID.toString());
        JsonNode whole = figures(province, Map.of("groupBy", "PROVINCE")).statusCode(200).extract().as(JsonNode.class).path("rows");
        assertThat(whole).hasSize(1);
        assertThat(whole.get(0).path("countyId").isNull()).isTrue();
        assertThat(whole.get(0).path("casesReceived").asLong())
                .isEqualTo(perCounty.values().stream().mapToLong(Long::longValue).sum());
        figures(province, Map.of("countyId", otherCounty, "groupBy", "STATION")).statusCode(200)
                .body("rows.stationId", contains(there.stationId().toString())).body("rows[0].casesReceived", equalTo(2));
        figures(province, Map.of("groupBy", "TOWNSHIP")).statusCode(400).body("errors.field", contains("countyId"));
        given().auth().oauth2(province).when().get("/api/v1/cases").then().statusCode(403);
        given().auth().oauth2(province).when().get("/api/v1/cases/{id}", resolved).then().statusCode(404);
    }

    @Test
    void shouldLearnACountyAndItsZoneFromCountyRegisteredAndCountItsDaysInIt() {
        String registered = TestEvents.envelope(UUID.randomUUID(), "/masswork/cadre-service", "CountyRegistered",
                otherCounty.toString(), java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC),
                "{\"countyId\":\"" + otherCounty + "\",\"code\":\"xiling\",\"name\":\"西岭县\",\"zone\":\"Pacific/Pago_Pago\"}");
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.send(StationEvents.CADRE_TOPIC, otherCounty.toString(), StationEvents.inCounty(registered, otherCounty));
        }
        Await.until("county " + otherCounty + " named", Duration.ofSeconds(30), () -> "西岭县".equals(
                QuarkusTransaction.requiringNew().call(() -> counties.findByIdOptional(otherCounty)
                        .map(county -> county.name).orElse(null))));
        assertThat(QuarkusTransaction.requiringNew().call(() -> counties.findById(otherCounty).zone))
                .isEqualTo("Pacific/Pago_Pago");

        // 01:00 of a day in Shanghai is 06:00 of the day before in Pago Pago (UTC-11): the county's figures of that
        // day before count it, by the county's own calendar, and those of the Shanghai day do not.
        LocalDate shanghaiDay = County.today().minusDays(2);
        Map<String, Object> body = CaseTestData.problem(there);
        body.put("recordedAt", shanghaiDay.atTime(1, 0).atZone(County.ZONE).toOffsetDateTime().toString());
        open(there.cadre(), body);
        assertThat(casesOn(shanghaiDay.minusDays(1))).isEqualTo(1);
        assertThat(casesOn(shanghaiDay)).isZero();
    }

    private long casesOn(LocalDate day) {
        return given().auth().oauth2(there.countyAdmin()).queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/case-figures").then().statusCode(200).extract().<Number>path("rows[0].casesReceived")
                .longValue();
    }

    /** Tokens of the first (default) county, some naming the other county's station, township or villager. */
    private String[] firstCountysTokens() {
        return new String[] {
                TestTokens.countyAdmin(),
                TestTokens.token("inspector-1", Set.of("INSPECTOR"), Map.of()),
                TestTokens.townshipOfficer(there.townshipId()),
                TestTokens.villager(villager),
                TestTokens.system("hotline-12345"),
                CaseTestData.station().cadre()};
    }

    private Map<String, Object> withVillager(Map<String, Object> body) {
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) body.get("villager");
        person.put("id", villager);
        return body;
    }

    /** Takes a case of the other county from received to resolved, by that county's admin. */
    private void resolve(UUID caseId) {
        for (Map<String, Object> step : List.of(Map.<String, Object>of("action", "ACCEPT"), Map.<String, Object>of("action", "START"),
                Map.<String, Object>of("action", "RESOLVE", "method", "VISIT_AND_TALK", "note", "已修复水管"))) {
            write(there.countyAdmin(), caseId, "transitions", step).statusCode(200);
        }
    }

    private ValidatableResponse write(String token, UUID caseId, String path, Map<String, Object> body) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("version", version(caseId));
        return post(token, "/api/v1/cases/" + caseId + "/" + path, withVersion);
    }

    private long version(UUID caseId) {
        return given().auth().oauth2(there.countyAdmin()).when().get("/api/v1/cases/{id}", caseId)
                .then().statusCode(200).extract().<Number>path("version").longValue();
    }

    private static ValidatableResponse search(String token, Map<String, Object> filters) {
        return given().auth().oauth2(token).queryParams(filters).when().get("/api/v1/cases").then().statusCode(200);
    }

    private static ValidatableResponse figures(String token, Map<String, Object> parameters) {
        LocalDate today = County.today();
        return given().auth().oauth2(token).queryParams(parameters).queryParam("from", today.minusDays(1).toString())
                .queryParam("to", today.toString()).when().get("/api/v1/case-figures").then();
    }

    /** Full reads of the villagers' data by anyone but the other county's admin (who reads each case's version). */
    private long fullReads(List<UUID> cases) {
        return QuarkusTransaction.requiringNew().call(() -> PersonalDataAccess.count(
                "resourceId in ?1 and action = 'READ' and caller <> ?2", cases, "county-admin-" + otherCounty));
    }
}
