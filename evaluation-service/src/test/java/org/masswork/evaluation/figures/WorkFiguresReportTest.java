package org.masswork.evaluation.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.evaluation.round.RoundFixtures.count;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.UpstreamEvents;
import org.masswork.evaluation.UpstreamEvents.Place;
import org.masswork.infra.Await;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

/** {@code GET /api/v1/work-figures}: its groupings, its period in county days, its refusals and its scope. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class WorkFiguresReportTest {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final LocalDate APRIL_END = LocalDate.of(2026, 4, 30);
    private static final List<String> ADDITIVE = List.of("stationDaysDue", "stationDaysAttended", "visitsMade", "visitsConfirmed");

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /**
     * Two stations of a township, a cadre moving from one to the other after the 25th, one joining on the 27th; a
     * station of another township left out by the narrowing. The county's row (and the township's) is the sum of the
     * cadres' rows, and of the stations' rows; the cases are each counted once per station.
     */
    @Test
    void shouldGiveGroupedRowsEqualToTheSumsOfTheCadresRows() {
        UpstreamEvents events = new UpstreamEvents();
        UUID townshipId = UUID.randomUUID();
        Place a = events.station(townshipId);
        Place b = events.station(townshipId);
        Place elsewhere = events.station();
        UUID first = UUID.randomUUID();
        UUID mover = UUID.randomUUID();
        UUID joiner = UUID.randomUUID();
        UUID outsider = UUID.randomUUID();
        events.assigned(first, a, LocalDate.of(2026, 1, 1));
        UUID moverAtA = events.assigned(mover, a, LocalDate.of(2026, 1, 1));
        events.ended(moverAtA, mover, a, LocalDate.of(2026, 4, 25));
        events.assigned(mover, b, LocalDate.of(2026, 4, 26));
        events.assigned(joiner, b, LocalDate.of(2026, 4, 27));
        events.assigned(outsider, elsewhere, LocalDate.of(2026, 1, 1));
        events.attended(first, a, LocalDate.of(2026, 4, 25));
        events.attended(first, a, LocalDate.of(2026, 4, 26));
        events.attended(mover, a, LocalDate.of(2026, 4, 25));
        events.attended(mover, b, LocalDate.of(2026, 4, 26));
        events.attended(mover, b, LocalDate.of(2026, 4, 27));
        events.attended(joiner, b, LocalDate.of(2026, 4, 27));
        events.attended(outsider, elsewhere, LocalDate.of(2026, 4, 25));
        UUID h1 = events.household(a);
        UUID h2 = events.household(a);
        UUID h3 = events.household(b);
        events.visited(UUID.randomUUID(), first, a, h1, LocalDate.of(2026, 4, 2), true, "POLICY_PUBLICIST");
        events.visited(UUID.randomUUID(), first, a, h2, LocalDate.of(2026, 4, 3), false, "DISPUTE_MEDIATOR", "SERVICE_PROVIDER");
        events.visited(UUID.randomUUID(), first, a, h2, LocalDate.of(2026, 5, 3), false, "DISPUTE_MEDIATOR");
        events.visited(UUID.randomUUID(), mover, a, h1, LocalDate.of(2026, 4, 10), false, "OPINION_RESEARCHER");
        events.visited(UUID.randomUUID(), mover, b, h3, LocalDate.of(2026, 4, 28), true, "SERVICE_PROVIDER");
        events.visited(UUID.randomUUID(), joiner, b, h3, LocalDate.of(2026, 4, 29), false, "PARTY_BUILDING_INSTRUCTOR");
        events.visited(UUID.randomUUID(), outsider, elsewhere, UUID.randomUUID(), LocalDate.of(2026, 4, 5), true, "POLICY_PUBLICIST");
        OffsetDateTime april5 = OffsetDateTime.parse("2026-04-05T10:00:00+08:00");
        UUID closedAtA = UUID.randomUUID();
        events.caseStep("CaseOpened", closedAtA, a, april5, UpstreamEvents.data()
                .put("channel", "PHONE").put("level", "STATION").put("openedBy", first.toString()));
        events.caseStep("CaseClosed", closedAtA, a, april5.plusDays(3), UpstreamEvents.data()
                .put("closedAtLevel", "STATION").put("onTime", true).put("openedAt", april5.toString())
                .put("resolvedAt", april5.plusDays(2).toString()).put("actor", first.toString()));
        events.caseStep("SatisfactionRated", closedAtA, a, april5.plusDays(4), UpstreamEvents.data()
                .put("rating", "SATISFIED").put("byProxy", false).put("reopened", false).put("level", "STATION"));
        UUID escalatedAtB = UUID.randomUUID();
        events.caseStep("CaseOpened", escalatedAtB, b, april5.plusDays(7), UpstreamEvents.data()
                .put("channel", "PHONE").put("level", "STATION").put("openedBy", mover.toString()));
        events.caseStep("CaseEscalated", escalatedAtB, b, april5.plusDays(8), UpstreamEvents.data()
                .put("fromLevel", "STATION").put("toLevel", "TOWNSHIP_OFFICE").put("actor", mover.toString()));
        events.caseStep("CaseOpened", UUID.randomUUID(), elsewhere, april5, UpstreamEvents.data()
                .put("channel", "PHONE").put("level", "STATION").put("openedBy", outsider.toString()));
        events.send();

        Await.until("every fact is kept", Duration.ofSeconds(30), () -> {
            JsonPath county = april("COUNTY", "townshipId", townshipId);
            return county.getInt("rows[0].stationDaysDue") == 7 && county.getInt("rows[0].stationDaysAttended") == 6
                    && county.getInt("rows[0].visitsMade") == 5 && county.getInt("rows[0].casesEscalated") == 1
                    && county.getInt("rows[0].casesRated") == 1;
        });
        JsonPath county = april("COUNTY", "townshipId", townshipId);
        JsonPath cadres = april("CADRE", "townshipId", townshipId);
        JsonPath stations = april("STATION", "townshipId", townshipId);
        JsonPath township = april("TOWNSHIP", "townshipId", townshipId);

        assertThat(cadres.getList("rows.cadreId")).containsExactlyElementsOf(sorted(first, mover, joiner));
        assertThat(stations.getList("rows.stationId")).containsExactlyElementsOf(sorted(a.stationId(), b.stationId()));
        for (String figure : ADDITIVE) {
            assertThat(sum(cadres, figure)).as("the cadres' %s", figure).isEqualTo(county.getInt("rows[0]." + figure));
            assertThat(sum(stations, figure)).as("the stations' %s", figure).isEqualTo(county.getInt("rows[0]." + figure));
        }
        for (int role = 0; role < 5; role++) {
            assertThat(sum(cadres, "byRole[" + role + "].visitsMade")).isEqualTo(county.getInt("rows[0].byRole[" + role + "].visitsMade"));
        }
        assertThat(county.getList("rows[0].byRole.visitsMade")).containsExactly(1, 1, 1, 1, 2);
        assertThat(county.getInt("rows[0].householdsVisited")).isEqualTo(3);
        for (String figure : List.of("casesReceived", "casesClosed", "closedOnTime", "closedAtStation", "casesEscalated", "casesRated")) {
            assertThat(sum(stations, figure)).as("the stations' %s", figure).isEqualTo(county.getInt("rows[0]." + figure));
        }
        assertThat(county.getInt("rows[0].casesReceived")).isEqualTo(2);
        assertThat(county.getFloat("rows[0].satisfactionRate")).isEqualTo(1.0f);
        assertThat(township.getList("rows")).hasSize(1);
        assertThat(township.getMap("rows[0]")).isEqualTo(withKeys(county.getMap("rows[0]"), townshipId, null));

        Map<String, Object> moverRow = row(cadres, "cadreId", mover);
        assertThat(moverRow).containsEntry("stationDaysDue", 3).containsEntry("stationDaysAttended", 3)
                .containsEntry("stationId", null).containsEntry("townshipId", townshipId.toString())
                .containsEntry("casesReceived", 2).containsEntry("casesEscalated", 1);
        assertThat(moverRow.get("stationIds")).isEqualTo(sorted(a.stationId(), b.stationId()));
        assertThat(row(cadres, "cadreId", joiner)).containsEntry("stationDaysDue", 1).containsEntry("casesReceived", 1)
                .containsEntry("stationId", b.stationId().toString());
        assertThat(row(stations, "stationId", a.stationId())).containsEntry("stationDaysDue", 4).containsEntry("stationDaysAttended", 3)
                .containsEntry("visitsMade", 3).containsEntry("casesReceived", 1).containsEntry("cadreId", null)
                .containsEntry("stationIds", null);

        JsonPath everyTownship = april("TOWNSHIP");
        assertThat(row(everyTownship, "townshipId", townshipId)).isEqualTo(township.getMap("rows[0]"));
        assertThat(row(everyTownship, "townshipId", elsewhere.townshipId())).containsEntry("stationDaysDue", 3)
                .containsEntry("stationDaysAttended", 1).containsEntry("visitsMade", 1).containsEntry("casesReceived", 1);
    }

    /**
     * Both ends are included and the days are the county's (UTC+8): a case opened at 00:10 on 1 June there was opened
     * on 31 May in UTC, and belongs to June.
     */
    @Test
    void shouldCountThePeriodInCountyDaysBothEndsIncluded() {
        UpstreamEvents events = new UpstreamEvents();
        Place place = events.station();
        UUID cadreId = UUID.randomUUID();
        events.assigned(cadreId, place, LocalDate.of(2026, 1, 1));
        for (String openedAt : List.of("2026-04-30T23:50:00+08:00", "2026-05-01T00:10:00+08:00", "2026-05-31T23:50:00+08:00",
                "2026-06-01T00:10:00+08:00")) {
            events.caseStep("CaseOpened", UUID.randomUUID(), place, OffsetDateTime.parse(openedAt), UpstreamEvents.data()
                    .put("channel", "PHONE").put("level", "STATION").put("openedBy", cadreId.toString()));
        }
        UUID household = events.household(place);
        for (LocalDate on : List.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31),
                LocalDate.of(2026, 6, 1))) {
            events.visited(UUID.randomUUID(), cadreId, place, household, on, false);
        }
        events.attended(cadreId, place, LocalDate.of(2026, 5, 26));
        events.send();
        Await.until("every fact is kept", Duration.ofSeconds(30), () -> {
            ExtractableResponse<Response> response = FiguresRequests.get(TestTokens.countyAdmin(), LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 6, 30), "COUNTY", "stationId", place.stationId()).extract();
            if (response.statusCode() == 404) {
                return false; // the station is unknown until its StationRegistered is applied
            }
            JsonPath all = response.jsonPath();
            return all.getInt("rows[0].casesReceived") == 4 && all.getInt("rows[0].visitsMade") == 4
                    && all.getInt("rows[0].stationDaysAttended") == 1;
        });

        JsonPath may = figures(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), place);
        assertThat(may.getInt("rows[0].casesReceived")).isEqualTo(2);
        assertThat(may.getInt("rows[0].visitsMade")).isEqualTo(2);
        assertThat(may.getInt("rows[0].stationDaysDue")).isEqualTo(3);
        JsonPath firstOfJune = figures(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), place);
        assertThat(firstOfJune.getInt("rows[0].casesReceived")).isEqualTo(1);
        assertThat(firstOfJune.getInt("rows[0].visitsMade")).isEqualTo(1);
        JsonPath lastOfApril = figures(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 30), place);
        assertThat(lastOfApril.getInt("rows[0].casesReceived")).isEqualTo(1);
        JsonPath the26th = figures(LocalDate.of(2026, 5, 26), LocalDate.of(2026, 5, 26), place);
        assertThat(the26th.getInt("rows[0].stationDaysDue")).isEqualTo(1);
        assertThat(the26th.getInt("rows[0].stationDaysAttended")).isEqualTo(1);
        JsonPath after26th = figures(LocalDate.of(2026, 5, 27), LocalDate.of(2026, 6, 24), place);
        assertThat(after26th.getInt("rows[0].stationDaysDue")).isEqualTo(1);
        assertThat(after26th.getInt("rows[0].stationDaysAttended")).isEqualTo(0);
    }

    /**
     * Station days counted exactly at every level, in 2019 (no other test's facts): the period from the 26th of March
     * to the 25th of June, so its first month owes two station days and its last one. In county A a mover leaves station
     * a1 on 26 April and starts at a2 the same day (owed at both stations, once in the county), checks in twice on 26
     * March and at both stations on 26 April; a joiner serves a2 from 26 May to 25 June and checks in once at a1, where
     * they owe nothing; a third cadre serves a1 from 1 June and, in county B, b1 from 1 April to 25 June, so the
     * province owes their 25 June once. Check-ins outside the period or on no station day count nothing.
     */
    @Test
    void shouldCountEachDueStationDayOncePerCadreWithinEachGroupUpToThePeriodsEdges() {
        UUID countyA = UUID.randomUUID();
        UUID countyB = UUID.randomUUID();
        UpstreamEvents inA = new UpstreamEvents(countyA);
        UpstreamEvents inB = new UpstreamEvents(countyB);
        inA.county(countyA, "a" + countyA.toString().substring(0, 6), "Asia/Shanghai");
        inB.county(countyB, "b" + countyB.toString().substring(0, 6), "Asia/Shanghai");
        UUID townshipA = UUID.randomUUID();
        Place a1 = inA.station(townshipA);
        Place a2 = inA.station(townshipA);
        Place b1 = inB.station();
        UUID mover = UUID.randomUUID();
        UUID joiner = UUID.randomUUID();
        UUID twoCounties = UUID.randomUUID();
        UUID moverAtA1 = inA.assigned(mover, a1, LocalDate.of(2019, 1, 1));
        inA.ended(moverAtA1, mover, a1, LocalDate.of(2019, 4, 26));
        inA.assigned(mover, a2, LocalDate.of(2019, 4, 26));
        UUID joinerAtA2 = inA.assigned(joiner, a2, LocalDate.of(2019, 5, 26));
        inA.ended(joinerAtA2, joiner, a2, LocalDate.of(2019, 6, 25));
        inA.assigned(twoCounties, a1, LocalDate.of(2019, 6, 1));
        UUID atB1 = inB.assigned(twoCounties, b1, LocalDate.of(2019, 4, 1));
        inB.ended(atB1, twoCounties, b1, LocalDate.of(2019, 6, 25));
        for (LocalDate day : List.of(LocalDate.of(2019, 3, 25), LocalDate.of(2019, 3, 26), LocalDate.of(2019, 3, 26),
                LocalDate.of(2019, 4, 10), LocalDate.of(2019, 4, 26))) {
            inA.attended(mover, a1, day);
        }
        for (LocalDate day : List.of(LocalDate.of(2019, 4, 26), LocalDate.of(2019, 5, 27), LocalDate.of(2019, 6, 25),
                LocalDate.of(2019, 6, 26))) {
            inA.attended(mover, a2, day);
        }
        inA.attended(joiner, a2, LocalDate.of(2019, 5, 26));
        inA.attended(joiner, a1, LocalDate.of(2019, 5, 27));
        inA.attended(twoCounties, a1, LocalDate.of(2019, 6, 25));
        inB.attended(twoCounties, b1, LocalDate.of(2019, 4, 25));
        inB.attended(twoCounties, b1, LocalDate.of(2019, 6, 25));
        inA.send();
        inB.send();
        Await.until("the stationings and check-ins are kept", Duration.ofSeconds(30), () ->
                count(entityManager, "select count(*) from stationing where county_id = :t and starts_on is not null", countyA) == 4
                        && count(entityManager, "select count(*) from stationing where county_id = :t and ended_on is not null", countyA) == 2
                        && count(entityManager, "select count(*) from stationing where county_id = :t and ended_on is not null", countyB) == 1
                        && count(entityManager, "select count(*) from station_day_attendance where county_id = :t", countyA) == 12
                        && count(entityManager, "select count(*) from station_day_attendance where county_id = :t", countyB) == 2);
        String province = TestTokens.province("province-admin", "PROVINCE_ADMIN");
        LocalDate from = LocalDate.of(2019, 3, 26);
        LocalDate to = LocalDate.of(2019, 6, 25);

        assertThat(stationDays(FiguresRequests.get(province, from, to, "PROVINCE"))).containsExactly(List.of(19, 8));
        JsonPath counties = FiguresRequests.get(province, from, to, "COUNTY").statusCode(200).extract().jsonPath();
        assertThat(row(counties, "countyId", countyA)).containsEntry("stationDaysDue", 13).containsEntry("stationDaysAttended", 7);
        assertThat(row(counties, "countyId", countyB)).containsEntry("stationDaysDue", 7).containsEntry("stationDaysAttended", 2);
        assertThat(stationDays(FiguresRequests.get(province, from, to, "TOWNSHIP", "countyId", countyA))).containsExactly(List.of(13, 7));
        JsonPath stations = FiguresRequests.get(province, from, to, "STATION", "countyId", countyA).statusCode(200).extract().jsonPath();
        assertThat(row(stations, "stationId", a1.stationId())).containsEntry("stationDaysDue", 5).containsEntry("stationDaysAttended", 3);
        assertThat(row(stations, "stationId", a2.stationId())).containsEntry("stationDaysDue", 9).containsEntry("stationDaysAttended", 4);
        JsonPath cadres = FiguresRequests.get(province, from, to, "CADRE", "countyId", countyA).statusCode(200).extract().jsonPath();
        assertThat(row(cadres, "cadreId", mover)).containsEntry("stationDaysDue", 9).containsEntry("stationDaysAttended", 4);
        assertThat(row(cadres, "cadreId", joiner)).containsEntry("stationDaysDue", 3).containsEntry("stationDaysAttended", 2);
        assertThat(row(cadres, "cadreId", twoCounties)).containsEntry("stationDaysDue", 1).containsEntry("stationDaysAttended", 1);
        assertThat(stationDays(FiguresRequests.get(province, from, to, "COUNTY", "countyId", countyA, "stationId", a2.stationId())))
                .containsExactly(List.of(9, 4));
        assertThat(stationDays(FiguresRequests.get(province, from, to, "STATION", "countyId", countyA, "cadreId", mover)))
                .containsExactlyInAnyOrder(List.of(4, 2), List.of(6, 3));
        assertThat(stationDays(FiguresRequests.get(province, LocalDate.of(2019, 4, 27), LocalDate.of(2019, 5, 25), "COUNTY",
                "countyId", countyA))).containsExactly(List.of(2, 0));
    }

    @Test
    void shouldRefuseABadPeriodOrGroupingNamingTheField() {
        String admin = TestTokens.countyAdmin();
        refused(FiguresRequests.get(admin, APRIL, APRIL.minusDays(1), "COUNTY"), "to");
        refused(FiguresRequests.get(admin, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), "COUNTY"), "to");
        FiguresRequests.get(admin, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "COUNTY").statusCode(200)
                .body("rows", hasSize(1)).body("rows[0].townshipId", nullValue());
        refused(FiguresRequests.get(admin, APRIL, APRIL_END, "VILLAGE"), "groupBy")
                .body("errors[0].reason", containsString("COUNTY, TOWNSHIP, STATION, CADRE"));
        refused(RestAssured.given().auth().oauth2(admin).queryParam("to", "2026-04-30").when().get("/api/v1/work-figures").then(), "from");
        refused(RestAssured.given().auth().oauth2(admin).queryParam("from", "2026-04-01").queryParam("to", "2026-02-30")
                .when().get("/api/v1/work-figures").then(), "to");
        refused(FiguresRequests.get(admin, APRIL, APRIL_END, "STATION", "townshipId", "township-1"), "townshipId");
        RestAssured.given().auth().oauth2(admin).queryParam("from", "2026-04-01").queryParam("to", "2026-04-30")
                .when().get("/api/v1/work-figures").then().statusCode(200).body("groupBy", equalTo("COUNTY")).body("rows", hasSize(1));
    }

    /** More rows than a report holds: the cadres of a township with 2,001 (ended) stationings, but one station. */
    @Test
    void shouldRefuseMoreRowsThanAReportHoldsNamingGroupBy() {
        UUID townshipId = UUID.randomUUID();
        UUID stationId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into stationing (county_id, assignment_id, cadre_id, station_id, village_id, township_id, role, starts_on, ended_on)
                        select :county, gen_random_uuid(), gen_random_uuid(), :station, gen_random_uuid(), :township, 'MEMBER',
                               date '2025-01-01', date '2025-06-30'
                          from generate_series(1, 2001)""")
                .setParameter("county", TestTokens.DEFAULT_COUNTY).setParameter("station", stationId).setParameter("township", townshipId)
                .executeUpdate());
        LocalDate from = LocalDate.of(2025, 3, 1);
        LocalDate to = LocalDate.of(2025, 3, 31);

        refused(FiguresRequests.get(TestTokens.countyAdmin(), from, to, "CADRE", "townshipId", townshipId), "groupBy")
                .body("errors[0].reason", containsString("townshipId"));
        FiguresRequests.get(TestTokens.countyAdmin(), from, to, "STATION", "townshipId", townshipId).statusCode(200)
                .body("rows.stationId", contains(stationId.toString())).body("rows[0].stationDaysDue", equalTo(2001 * 3));
    }

    /**
     * A township officer gets their own township whatever they ask (another township, a station or a cadre of it is a
     * 403); a cadre their own figures, and their station's while serving it, but not their colleagues' one by one.
     */
    @Test
    void shouldKeepEachCallerToTheirScope() {
        UpstreamEvents events = new UpstreamEvents();
        Place own = events.station();
        Place other = events.station();
        UUID cadreId = UUID.randomUUID();
        UUID colleague = UUID.randomUUID();
        UUID otherCadre = UUID.randomUUID();
        events.assigned(cadreId, own, LocalDate.of(2026, 1, 1));
        events.assigned(colleague, own, LocalDate.of(2026, 1, 1));
        events.assigned(otherCadre, other, LocalDate.of(2026, 1, 1));
        events.visited(UUID.randomUUID(), cadreId, own, UUID.randomUUID(), LocalDate.of(2026, 4, 2), true);
        events.visited(UUID.randomUUID(), colleague, own, UUID.randomUUID(), LocalDate.of(2026, 4, 3), true);
        events.visited(UUID.randomUUID(), otherCadre, other, UUID.randomUUID(), LocalDate.of(2026, 4, 4), true);
        events.send();
        Await.until("the visits are kept", Duration.ofSeconds(30), () -> visitsMade(april("TOWNSHIP"), own.townshipId()) == 2
                && visitsMade(april("TOWNSHIP"), other.townshipId()) == 1);

        String officer = TestTokens.townshipOfficer(own.townshipId());
        FiguresRequests.get(officer, APRIL, APRIL_END, "COUNTY").statusCode(200).body("rows[0].visitsMade", equalTo(2));
        FiguresRequests.get(officer, APRIL, APRIL_END, "TOWNSHIP").statusCode(200)
                .body("rows.townshipId", contains(own.townshipId().toString()));
        FiguresRequests.get(officer, APRIL, APRIL_END, "CADRE").statusCode(200)
                .body("rows.cadreId", containsInAnyOrder(cadreId.toString(), colleague.toString()));
        FiguresRequests.get(officer, APRIL, APRIL_END, "CADRE", "cadreId", cadreId).statusCode(200)
                .body("rows.visitsMade", contains(1));
        FiguresRequests.get(officer, APRIL, APRIL_END, "COUNTY", "townshipId", other.townshipId()).statusCode(403);
        FiguresRequests.get(officer, APRIL, APRIL_END, "COUNTY", "stationId", other.stationId()).statusCode(403);
        FiguresRequests.get(officer, APRIL, APRIL_END, "COUNTY", "cadreId", otherCadre).statusCode(403);
        FiguresRequests.get(officer, APRIL, APRIL_END, "COUNTY", "stationId", UUID.randomUUID()).statusCode(404);

        String cadre = TestTokens.cadre(cadreId, own.stationId(), own.townshipId());
        FiguresRequests.get(cadre, APRIL, APRIL_END, "COUNTY").statusCode(200).body("rows[0].visitsMade", equalTo(1));
        FiguresRequests.get(cadre, APRIL, APRIL_END, "STATION", "stationId", own.stationId()).statusCode(200)
                .body("rows.stationId", contains(own.stationId().toString())).body("rows[0].visitsMade", equalTo(2));
        FiguresRequests.get(cadre, APRIL, APRIL_END, "CADRE", "stationId", own.stationId()).statusCode(403);
        FiguresRequests.get(cadre, APRIL, APRIL_END, "COUNTY", "cadreId", colleague).statusCode(403);
        FiguresRequests.get(cadre, APRIL, APRIL_END, "COUNTY", "stationId", other.stationId()).statusCode(403);
        FiguresRequests.get(TestTokens.cadre(otherCadre, own.stationId(), own.townshipId()), APRIL, APRIL_END, "COUNTY",
                "stationId", own.stationId()).statusCode(403);
        FiguresRequests.get(TestTokens.villager(UUID.randomUUID()), APRIL, APRIL_END, "COUNTY").statusCode(403);
        FiguresRequests.get(TestTokens.countyAdmin(), APRIL, APRIL_END, "CADRE", "stationId", own.stationId()).statusCode(200)
                .body("rows.cadreId", not(hasItem(otherCadre.toString())));
    }

    private static JsonPath april(String groupBy, Object... narrowing) {
        return FiguresRequests.get(TestTokens.countyAdmin(), APRIL, APRIL_END, groupBy, narrowing).statusCode(200)
                .body("groupBy", equalTo(groupBy)).extract().jsonPath();
    }

    private static JsonPath figures(LocalDate from, LocalDate to, Place place) {
        return FiguresRequests.get(TestTokens.countyAdmin(), from, to, "COUNTY", "stationId", place.stationId()).statusCode(200)
                .body("rows", hasSize(1)).extract().jsonPath();
    }

    /** Each row's station days due and attended, in the rows' order. */
    private static List<List<Integer>> stationDays(ValidatableResponse response) {
        JsonPath report = response.statusCode(200).extract().jsonPath();
        return IntStream.range(0, report.getList("rows").size())
                .mapToObj(i -> List.of(report.getInt("rows[" + i + "].stationDaysDue"), report.getInt("rows[" + i + "].stationDaysAttended")))
                .toList();
    }

    private static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json").body("errors.field", contains(field));
    }

    private static int sum(JsonPath report, String figure) {
        return IntStream.range(0, report.getList("rows").size()).map(i -> report.getInt("rows[" + i + "]." + figure)).sum();
    }

    /** A township's visits, 0 while it has no row yet (its facts not kept yet). */
    private static int visitsMade(JsonPath report, UUID townshipId) {
        List<Map<String, Object>> rows = report.getList("rows");
        return rows.stream().filter(r -> townshipId.toString().equals(r.get("townshipId"))).findFirst()
                .map(r -> (Integer) r.get("visitsMade")).orElse(0);
    }

    private static Map<String, Object> row(JsonPath report, String key, UUID id) {
        List<Map<String, Object>> rows = report.getList("rows");
        return rows.stream().filter(r -> id.toString().equals(r.get(key))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + key + " " + id + " in " + rows));
    }

    private static Map<String, Object> withKeys(Map<String, Object> row, UUID townshipId, UUID stationId) {
        Map<String, Object> keyed = new HashMap<>(row);
        keyed.put("townshipId", townshipId == null ? null : townshipId.toString());
        keyed.put("stationId", stationId == null ? null : stationId.toString());
        return keyed;
    }

    private static List<String> sorted(UUID... ids) {
        return Arrays.stream(ids).map(UUID::toString).sorted().toList();
    }
}
