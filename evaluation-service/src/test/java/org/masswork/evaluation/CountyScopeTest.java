package org.masswork.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.evaluation.round.RoundFixtures.PERIOD;
import static org.masswork.evaluation.round.RoundFixtures.TODAY;
import static org.masswork.evaluation.round.RoundFixtures.code;
import static org.masswork.evaluation.round.RoundFixtures.codesByCadre;
import static org.masswork.evaluation.round.RoundFixtures.count;
import static org.masswork.evaluation.round.RoundFixtures.written;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.UpstreamEvents.Place;
import org.masswork.evaluation.round.RoundFixtures.Written;
import org.masswork.infra.Await;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

/**
 * Two counties in one deployment: a second county's facts (its events' {@code countyid}), rounds, verdicts and review,
 * and the default county's roles, which must be refused every one of them by id, see none of them in their lists,
 * and count none of them in their figures; the province reads the figures of both.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class CountyScopeTest {

    /** Past periods no other test uses: the second county's closed round, its township round, the facts counted. */
    private static final String CLOSED_PERIOD = "2014-H2";
    private static final String TOWNSHIP_PERIOD = "2014-H1";
    private static final LocalDate MARCH = LocalDate.of(2015, 3, 1);
    private static final UUID DEFAULT = TestTokens.DEFAULT_COUNTY;

    private static final String ADMIN = TestTokens.countyAdmin();
    private static final String INSPECTOR = TestTokens.token("inspector-a", Set.of("INSPECTOR"), Map.of());
    private static final String ORG_DEPT = TestTokens.token("org-dept-a", Set.of("ORG_DEPT"), Map.of());
    private static final String PROVINCE = TestTokens.province("province-admin", "PROVINCE_ADMIN");
    private static final String PROVINCE_INSPECTOR = TestTokens.province("province-inspector", "PROVINCE_INSPECTOR");

    private static Other other;

    @Inject
    EntityManager entityManager;

    /** The second county, its tokens, and what it has. */
    record Other(UUID county, UUID township, Place place, UUID cadre1, UUID cadre2, UUID closedRound, UUID openRound,
                 UUID townshipRound, Map<UUID, List<Map<String, String>>> codes, UUID review,
                 String admin, String inspector, String officer) {
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void secondCounty() {
        if (other == null) {
            other = create();
        }
    }

    private Other create() {
        UUID county = UUID.randomUUID();
        UUID township = UUID.randomUUID();
        UpstreamEvents events = new UpstreamEvents(county);
        events.county(county, "b" + county.toString().substring(0, 6), "Asia/Shanghai");
        Place place = events.station(township);
        UUID household = null;
        for (int i = 0; i < 12; i++) {
            household = events.household(place);
        }
        UUID cadre1 = UUID.randomUUID();
        UUID cadre2 = UUID.randomUUID();
        events.assigned(cadre1, place, TODAY.minusYears(1));
        events.assigned(cadre2, place, TODAY.minusYears(1));
        events.visited(UUID.randomUUID(), cadre1, place, household, MARCH.plusDays(9), true);
        events.caseStep("CaseOpened", UUID.randomUUID(), place, OffsetDateTime.parse("2015-03-12T10:00:00+08:00"), UpstreamEvents.data());
        // The default county's work in the same month, from events published before counties.
        UpstreamEvents before = new UpstreamEvents();
        Place home = before.station();
        UUID homeHousehold = before.household(home);
        before.visited(UUID.randomUUID(), UUID.randomUUID(), home, homeHousehold, MARCH.plusDays(10), false);
        before.caseStep("CaseOpened", UUID.randomUUID(), home, OffsetDateTime.parse("2015-03-20T10:00:00+08:00"), UpstreamEvents.data());
        events.send();
        before.send();
        Await.until("both counties' facts are kept", Duration.ofSeconds(30), () ->
                count(entityManager, "select count(*) from stationing where county_id = :t", county) == 2
                        && count(entityManager, "select count(*) from known_household where county_id = :t", county) == 12
                        && count(entityManager, "select count(*) from household_visit where county_id = :t", county) == 1
                        && count(entityManager, "select count(*) from case_fact where county_id = :t", county) == 1
                        && count(entityManager, "select count(*) from known_county where county_id = :t", county) == 1
                        && count(entityManager, "select count(*) from household_visit where station_id = :t", home.stationId()) == 1
                        && count(entityManager, "select count(*) from case_fact where station_id = :t", home.stationId()) == 1);
        assertThat(count(entityManager, "select count(*) from known_station where county_id = :t", county)).isEqualTo(1);
        assertThat(count(entityManager, "select count(*) from known_station where station_id = :t and county_id = '" + DEFAULT + "'",
                home.stationId())).as("an event without countyid is the default county's").isEqualTo(1);

        String admin = TestTokens.inCounty(county, "county-admin-b", Set.of("COUNTY_ADMIN"), Map.of());
        String inspector = TestTokens.inCounty(county, "inspector-b", Set.of("INSPECTOR"), Map.of());
        String officer = TestTokens.inCounty(county, "officer-b", Set.of("TOWNSHIP_OFFICER"), Map.of("township", township.toString()));

        UUID closedRound = openRound(admin, Map.of("period", CLOSED_PERIOD)).getUUID("round.id");
        as(admin).body(Map.of("version", 0)).post("/api/v1/rounds/{id}/close", closedRound).then().statusCode(200);
        JsonPath open = openRound(admin, Map.of("period", PERIOD));
        UUID townshipRound = openRound(officer, Map.of("period", TOWNSHIP_PERIOD, "townshipId", township.toString())).getUUID("round.id");
        UUID review = as(inspector).body(Map.of("stationId", place.stationId().toString(), "month", "2015-03", "attendanceOk", true,
                        "diaryOk", true, "ledgerOk", true, "caseHandlingOk", true, "score", 88))
                .post("/api/v1/supervision-reviews").then().statusCode(201)
                .body("figures.visits", equalTo(1)).extract().jsonPath().getUUID("id");
        return new Other(county, township, place, cadre1, cadre2, closedRound, open.getUUID("round.id"), townshipRound,
                codesByCadre(open), review, admin, inspector, officer);
    }

    @Test
    void shouldOpenRoundsOfTheCountyOfItsOpenerWithItsCadresOnlyAndNameTheCountyInEveryEvent() {
        as(other.admin()).get("/api/v1/rounds/{id}", other.openRound()).then().statusCode(200)
                .body("countyId", equalTo(other.county().toString()))
                .body("cadres", equalTo(2));
        assertThat(count(entityManager, "select count(*) from evaluation_round where county_id = :t", other.county())).isEqualTo(3);
        assertThat(count(entityManager, "select count(*) from verdict where county_id = :t", other.county())).isEqualTo(2);
        assertThat(count(entityManager, "select count(*) from supervision_review where county_id = :t", other.county())).isEqualTo(1);

        String county = other.county().toString();
        assertCounty(EvaluationEvents.await("EvaluationRoundOpened", e -> e.path("subject").asText().equals(other.openRound().toString()), 1), county);
        assertCounty(EvaluationEvents.await("EvaluationRoundClosed", e -> e.path("subject").asText().equals(other.closedRound().toString()), 1), county);
        assertCounty(EvaluationEvents.await("EvaluationNotGraded",
                e -> e.path("data").path("roundId").asText().equals(other.closedRound().toString()), 2), county);
    }

    @Test
    void shouldRefuseAnotherCountysRolesEveryOperationOnTheCountysRecordsAndChangeNothing() {
        String sameTownshipIdOtherCounty = TestTokens.townshipOfficer(other.township());
        for (String token : List.of(ADMIN, INSPECTOR, ORG_DEPT, sameTownshipIdOtherCounty, PROVINCE)) {
            for (UUID round : List.of(other.openRound(), other.closedRound(), other.townshipRound())) {
                as(token).get("/api/v1/rounds/{id}", round).then().statusCode(403);
                as(token).get("/api/v1/rounds/{id}/cadres/{cadre}/results", round, other.cadre1()).then().statusCode(403);
            }
            as(token).get("/api/v1/rounds/{id}/verdicts", other.closedRound()).then().statusCode(403);
            as(token).get("/api/v1/rounds/{id}/verdicts/report", other.closedRound()).then().statusCode(403);
            as(token).get("/api/v1/supervision-reviews/{id}", other.review()).then().statusCode(403);
            if (token.equals(PROVINCE)) {
                as(token).get("/api/v1/cadres/{id}/verdicts", other.cadre1()).then().statusCode(403);
            } else {
                as(token).get("/api/v1/cadres/{id}/verdicts", other.cadre1()).then().statusCode(200).body("size()", equalTo(0));
            }
        }
        as(other.admin()).get("/api/v1/cadres/{id}/verdicts", other.cadre1()).then().statusCode(200).body("size()", equalTo(1));

        long version = version(other.openRound());
        Written before = written(entityManager, other.openRound());
        for (String token : List.of(ADMIN, TestTokens.townshipOfficer(other.township()))) {
            as(token).body(Map.of("version", version)).post("/api/v1/rounds/{id}/close", other.openRound()).then().statusCode(403);
            as(token).body(Map.of("version", 0)).post("/api/v1/rounds/{id}/close", other.townshipRound()).then().statusCode(403);
            as(token).body(Map.of("cadreId", other.cadre1().toString(), "code", code(other.codes(), other.cadre1(), 0)))
                    .post("/api/v1/rounds/{id}/ballots/spoiled", other.openRound()).then().statusCode(403);
        }
        assertThat(written(entityManager, other.openRound())).as("no ballot, code or event").isEqualTo(before);
        assertThat(version(other.openRound())).isEqualTo(version);
        assertThat(count(entityManager, "select count(*) from evaluation_round where county_id = :t and status = 'OPEN'", other.county()))
                .isEqualTo(2);

        for (String token : List.of(ADMIN, INSPECTOR)) {
            as(token).body(Map.of("stationId", other.place().stationId().toString(), "month", "2015-04", "attendanceOk", true,
                    "diaryOk", true, "ledgerOk", true, "caseHandlingOk", true, "score", 10))
                    .post("/api/v1/supervision-reviews").then().statusCode(403);
        }
        assertThat(count(entityManager, "select count(*) from supervision_review where station_id = :t", other.place().stationId()))
                .as("no review of the other county's station").isEqualTo(1);

        figures(ADMIN, "COUNTY", "stationId", other.place().stationId()).statusCode(403);
        figures(ADMIN, "COUNTY", "cadreId", other.cadre1()).statusCode(404);
        figures(sameTownshipIdOtherCounty, "COUNTY", "stationId", other.place().stationId()).statusCode(403);
    }

    @Test
    void shouldListOnlyTheCallersCounty() {
        List<String> rounds = as(ADMIN).queryParam("size", 100).get("/api/v1/rounds").then().statusCode(200)
                .extract().jsonPath().getList("items.countyId");
        assertThat(rounds).doesNotContain(other.county().toString()).allMatch(DEFAULT.toString()::equals);
        assertThat(as(other.admin()).queryParam("size", 100).get("/api/v1/rounds").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class))
                .containsExactlyInAnyOrder(other.openRound().toString(), other.closedRound().toString(), other.townshipRound().toString());
        as(PROVINCE).get("/api/v1/rounds").then().statusCode(403);

        assertThat(as(INSPECTOR).queryParam("size", 100).get("/api/v1/supervision-reviews").then().statusCode(200).extract()
                .jsonPath().getList("items.id", String.class)).doesNotContain(other.review().toString());
        assertThat(as(other.inspector()).queryParam("size", 100).get("/api/v1/supervision-reviews").then().statusCode(200).extract()
                .jsonPath().getList("items.id", String.class)).containsExactly(other.review().toString());

        String month = YearMonth.from(TODAY).toString();
        assertThat(unreviewed(ADMIN, month)).doesNotContain(other.place().stationId().toString());
        assertThat(unreviewed(other.admin(), month)).containsExactly(other.place().stationId().toString());

        as(ADMIN).queryParam("period", "2014").get("/api/v1/rounds/report").then().statusCode(200)
                .body("total.cadres", equalTo(0));
        as(other.admin()).queryParam("period", "2014").get("/api/v1/rounds/report").then().statusCode(200)
                .body("rounds", equalTo(1)).body("total.cadres", equalTo(2));
    }

    @Test
    void shouldGiveTheProvinceEachCountysWorkFiguresAndTheirSumAndEachCountyOnlyItsOwn() {
        JsonPath byCounty = figures(PROVINCE, "COUNTY").statusCode(200).extract().jsonPath();
        Map<String, Object> otherRow = row(byCounty, other.county());
        Map<String, Object> defaultRow = row(byCounty, DEFAULT);
        assertThat(otherRow.get("visitsMade")).isEqualTo(1);
        assertThat(otherRow.get("casesReceived")).isEqualTo(1);
        assertThat((Integer) defaultRow.get("visitsMade")).isGreaterThanOrEqualTo(1);

        JsonPath province = figures(PROVINCE_INSPECTOR, "PROVINCE").statusCode(200).extract().jsonPath();
        assertThat(province.getList("rows")).hasSize(1);
        assertThat(province.getString("rows[0].countyId")).isNull();
        for (String figure : List.of("visitsMade", "visitsConfirmed", "householdsVisited", "casesReceived", "stationDaysDue")) {
            int sum = byCounty.getList("rows." + figure, Integer.class).stream().mapToInt(Integer::intValue).sum();
            assertThat(province.getInt("rows[0]." + figure)).as("the province's %s is its counties' sum", figure).isEqualTo(sum);
        }

        assertThat(figures(PROVINCE, "COUNTY", "countyId", other.county()).statusCode(200).extract().jsonPath().getMap("rows[0]"))
                .isEqualTo(otherRow);
        assertThat(figures(other.admin(), "COUNTY").statusCode(200).extract().jsonPath().getList("rows")).containsExactly(otherRow);
        assertThat(figures(ADMIN, "COUNTY").statusCode(200).extract().jsonPath().getList("rows")).containsExactly(defaultRow);
        assertThat(figures(PROVINCE, "TOWNSHIP", "countyId", other.county()).statusCode(200).extract().jsonPath()
                .getList("rows.townshipId", String.class)).containsExactly(other.township().toString());

        figures(PROVINCE, "TOWNSHIP").statusCode(400);
        figures(ADMIN, "COUNTY", "countyId", other.county()).statusCode(403);
        figures(ADMIN, "PROVINCE").statusCode(403);
        figures(other.officer(), "COUNTY", "countyId", DEFAULT).statusCode(403);
    }

    @Test
    void shouldGiveTheProvinceEachCountysEvaluationResultsAndTheirSum() {
        JsonPath byCounty = verdictFigures(PROVINCE, "COUNTY").statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = byCounty.getList("rows");
        Map<String, Object> otherRow = rows.stream().filter(r -> other.county().toString().equals(r.get("countyId"))).findFirst()
                .orElseThrow();
        assertThat(otherRow.get("rounds")).isEqualTo(1);
        assertThat(((Map<?, ?>) otherRow.get("grades")).get("cadres")).isEqualTo(2);
        assertThat(((Map<?, ?>) otherRow.get("grades")).get("notGraded")).as("served no day of 2014").isEqualTo(2);

        JsonPath province = verdictFigures(PROVINCE_INSPECTOR, "PROVINCE").statusCode(200).extract().jsonPath();
        assertThat(province.getList("rows")).hasSize(1);
        int sum = byCounty.getList("rows.grades.cadres", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertThat(province.getInt("rows[0].grades.cadres")).isEqualTo(sum);

        assertThat(verdictFigures(other.admin(), "COUNTY").statusCode(200).extract().jsonPath().getList("rows"))
                .containsExactly(otherRow);
        verdictFigures(ADMIN, "COUNTY", "countyId", other.county()).statusCode(403);
        verdictFigures(ADMIN, "PROVINCE").statusCode(403);
        verdictFigures(PROVINCE, "TOWNSHIP").statusCode(400);
        verdictFigures(PROVINCE, "CADRE", "countyId", other.county()).statusCode(400);
        verdictFigures(other.officer(), "COUNTY").statusCode(403);
    }

    @Test
    void shouldCountACountysDaysInTheZoneCadreServiceRegisteredItWith() {
        UUID county = UUID.randomUUID();
        UpstreamEvents events = new UpstreamEvents(county);
        events.county(county, "c" + county.toString().substring(0, 6), "Europe/London");
        Place place = events.station();
        // 18:00 on 31 May in London, 01:00 on 1 June in Shanghai (the configured zone).
        events.caseStep("CaseOpened", UUID.randomUUID(), place, OffsetDateTime.parse("2015-05-31T17:00:00Z"), UpstreamEvents.data());
        events.send();
        Await.until("the county and its case are kept", Duration.ofSeconds(30), () ->
                count(entityManager, "select count(*) from case_fact where county_id = :t", county) == 1
                        && count(entityManager, "select count(*) from known_county where county_id = :t", county) == 1);

        String admin = TestTokens.inCounty(county, "county-admin-c", Set.of("COUNTY_ADMIN"), Map.of());
        figures(admin, LocalDate.of(2015, 5, 1), LocalDate.of(2015, 5, 31), "COUNTY").statusCode(200)
                .body("rows[0].casesReceived", equalTo(1));
        figures(PROVINCE, LocalDate.of(2015, 6, 1), LocalDate.of(2015, 6, 30), "COUNTY", "countyId", county).statusCode(200)
                .body("rows[0].casesReceived", equalTo(0));
    }

    private static void assertCounty(List<JsonNode> envelopes, String county) {
        assertThat(envelopes).isNotEmpty().allSatisfy(e -> {
            assertThat(e.path("countyid").asText()).isEqualTo(county);
            assertThat(e.path("data").path("countyId").asText()).isEqualTo(county);
        });
    }

    private long version(UUID roundId) {
        return count(entityManager, "select version from evaluation_round where id = :t", roundId);
    }

    private static Map<String, Object> row(JsonPath figures, UUID county) {
        List<Map<String, Object>> rows = figures.getList("rows");
        return rows.stream().filter(r -> county.toString().equals(r.get("countyId"))).findFirst().orElseThrow();
    }

    private static List<String> unreviewed(String token, String month) {
        return as(token).queryParam("month", month).queryParam("size", 100).get("/api/v1/supervision-reviews/unreviewed-stations")
                .then().statusCode(200).extract().jsonPath().getList("items.stationId", String.class);
    }

    private static JsonPath openRound(String token, Map<String, Object> body) {
        return as(token).body(body).post("/api/v1/rounds").then().statusCode(201).extract().jsonPath();
    }

    private static ValidatableResponse figures(String token, String groupBy, Object... narrowing) {
        return figures(token, MARCH, MARCH.plusMonths(1).minusDays(1), groupBy, narrowing);
    }

    private static ValidatableResponse figures(String token, LocalDate from, LocalDate to, String groupBy, Object... narrowing) {
        RequestSpecification request = as(token).queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("groupBy", groupBy);
        narrow(request, narrowing);
        return request.get("/api/v1/work-figures").then();
    }

    private static ValidatableResponse verdictFigures(String token, String groupBy, Object... narrowing) {
        RequestSpecification request = as(token).queryParam("period", "2014").queryParam("groupBy", groupBy);
        narrow(request, narrowing);
        return request.get("/api/v1/verdict-figures").then();
    }

    private static void narrow(RequestSpecification request, Object... narrowing) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < narrowing.length; i += 2) {
            params.put((String) narrowing[i], narrowing[i + 1].toString());
        }
        request.queryParams(params);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).when();
    }
}
