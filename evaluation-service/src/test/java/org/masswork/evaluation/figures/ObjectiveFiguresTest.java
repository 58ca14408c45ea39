package org.masswork.evaluation.figures;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.UpstreamEvents;
import org.masswork.evaluation.UpstreamEvents.Place;
import org.masswork.evaluation.facts.CaseFactRepository;
import org.masswork.infra.Await;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class ObjectiveFiguresTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    private static final LocalDate MAY_END = LocalDate.of(2026, 5, 31);
    private static final LocalDate TODAY = County.today();

    @Inject
    EntityManager entityManager;

    @Inject
    CaseFactRepository cases;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldCountEachFactOnceWhateverOrderOrRepetitionTheEventsArriveIn() {
        UpstreamEvents events = new UpstreamEvents();
        Place place = events.station();
        UUID cadreId = UUID.randomUUID();
        UUID household = events.household(place);
        UUID otherHousehold = events.household(place);
        events.assigned(cadreId, place, MAY.minusMonths(3));
        UUID checkIn = events.attended(cadreId, place, MAY.withDayOfMonth(25));
        events.resendLast(1);
        events.attended(checkIn, cadreId, place, MAY.withDayOfMonth(25));
        events.attended(cadreId, place, MAY.withDayOfMonth(26));
        events.attended(cadreId, place, MAY.withDayOfMonth(10));
        events.attended(cadreId, place, MAY.plusMonths(1).withDayOfMonth(25));
        UUID firstVisit = UUID.randomUUID();
        events.visited(firstVisit, cadreId, place, household, MAY.withDayOfMonth(3), false);
        events.visited(firstVisit, cadreId, place, household, MAY.withDayOfMonth(3), false);
        events.visited(UUID.randomUUID(), cadreId, place, household, MAY.withDayOfMonth(4), true);
        events.visited(UUID.randomUUID(), cadreId, place, otherHousehold, MAY.withDayOfMonth(5), false);

        OffsetDateTime may10 = OffsetDateTime.parse("2026-05-10T10:00:00+08:00");
        UUID closedCase = UUID.randomUUID();
        events.caseStep("CaseClosed", closedCase, place, may10.plusDays(5), UpstreamEvents.data()
                .put("closedAtLevel", "STATION").put("onTime", true).put("openedAt", may10.toString())
                .put("resolvedAt", may10.plusDays(4).toString()).put("actor", cadreId.toString()));
        events.caseStep("CaseOpened", closedCase, place, may10, UpstreamEvents.data()
                .put("channel", "HOUSEHOLD_VISIT").put("level", "STATION").put("openedBy", cadreId.toString()));
        events.caseStep("SatisfactionRated", closedCase, place, may10.plusDays(6), UpstreamEvents.data()
                .put("rating", "BASICALLY_SATISFIED").put("byProxy", false).put("reopened", false).put("level", "STATION"));
        UUID escalatedCase = UUID.randomUUID();
        events.caseStep("CaseOpened", escalatedCase, place, may10, UpstreamEvents.data()
                .put("channel", "PHONE").put("level", "STATION").put("openedBy", cadreId.toString()));
        events.caseStep("CaseEscalated", escalatedCase, place, may10.plusDays(1), UpstreamEvents.data()
                .put("fromLevel", "STATION").put("toLevel", "TOWNSHIP_OFFICE").put("actor", cadreId.toString()));
        events.caseStep("CaseEscalated", escalatedCase, place, may10.plusDays(2), UpstreamEvents.data()
                .put("fromLevel", "TOWNSHIP_OFFICE").put("toLevel", "STABILITY_CENTRE").put("actor", cadreId.toString()));
        events.caseStep("SatisfactionRated", escalatedCase, place, may10.plusDays(3), UpstreamEvents.data()
                .put("rating", "UNSATISFIED").put("byProxy", true).put("reopened", true).put("level", "STATION"));
        events.send();

        Await.until("the cases are kept", Duration.ofSeconds(30), () ->
                known(cadreId) && figures(cadreId).extract().path("rows[0].casesRated").equals(2));
        FiguresRequests.get(TestTokens.countyAdmin(), MAY, MAY_END, "CADRE", "cadreId", cadreId).statusCode(200)
                .body("from", equalTo("2026-05-01")).body("to", equalTo("2026-05-31")).body("groupBy", equalTo("CADRE"))
                .body("rows", hasSize(1)).rootPath("rows[0]")
                .body("cadreId", equalTo(cadreId.toString()))
                .body("stationIds", contains(place.stationId().toString()))
                .body("stationId", equalTo(place.stationId().toString()))
                .body("townshipId", equalTo(place.townshipId().toString()))
                .body("stationDaysAttended", equalTo(2))
                .body("stationDaysDue", equalTo(3))
                .body("visitsMade", equalTo(3))
                .body("visitsConfirmed", equalTo(1))
                .body("householdsVisited", equalTo(2))
                .body("byRole.role", contains("POLICY_PUBLICIST", "OPINION_RESEARCHER", "PARTY_BUILDING_INSTRUCTOR",
                        "DISPUTE_MEDIATOR", "SERVICE_PROVIDER"))
                .body("byRole.visitsMade", contains(0, 0, 0, 3, 0))
                .body("casesReceived", equalTo(2))
                .body("casesClosed", equalTo(1))
                .body("closedOnTime", equalTo(1))
                .body("closedAtStation", equalTo(1))
                .body("casesEscalated", equalTo(1))
                .body("satisfactionRate", equalTo(0.5f));
        stationFigures(place, YearMonth.from(MAY))
                .body("stationDaysAttended", equalTo(2)).body("visitsMade", equalTo(3)).body("casesReceived", equalTo(2));
    }

    @Test
    void shouldKeepAVisitConfirmedBeforeItsRecordArrivedOnceAndConfirmed() {
        UpstreamEvents events = new UpstreamEvents();
        Place place = events.station();
        UUID cadreId = UUID.randomUUID();
        UUID visitId = UUID.randomUUID();
        UUID household = UUID.randomUUID();
        events.assigned(cadreId, place, MAY);
        events.confirmed(visitId, cadreId, place, household, MAY.withDayOfMonth(7));
        events.send();
        UpstreamEvents late = new UpstreamEvents();
        late.visited(visitId, cadreId, place, household, MAY.withDayOfMonth(7), false);
        UUID lateEvent = late.lastEventId();
        late.send();
        Await.until("the late record is applied", Duration.ofSeconds(30), () -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery("select count(*) from inbox_event where event_id = :id")
                        .setParameter("id", lateEvent).getSingleResult()).intValue() == 1));
        figures(cadreId).body("visitsMade", equalTo(1)).body("visitsConfirmed", equalTo(1))
                .body("satisfactionRate", nullValue());
    }

    @Test
    void shouldNotCountACaseReopenedAfterItsCloseAsClosed() {
        UpstreamEvents events = new UpstreamEvents();
        Place place = events.station();
        UUID cadreId = UUID.randomUUID();
        events.assigned(cadreId, place, MAY);
        OffsetDateTime may2 = OffsetDateTime.parse("2026-05-02T10:00:00+08:00");
        UUID caseId = UUID.randomUUID();
        events.caseStep("CaseReopened", caseId, place, may2.plusDays(3), UpstreamEvents.data()
                .put("level", "STATION").put("reason", "UNSATISFIED_RATING").put("reopenCount", 1));
        events.caseStep("CaseOpened", caseId, place, may2, UpstreamEvents.data()
                .put("channel", "PHONE").put("level", "STATION").put("openedBy", "x"));
        events.caseStep("CaseClosed", caseId, place, may2.plusDays(2), UpstreamEvents.data()
                .put("closedAtLevel", "STATION").put("onTime", true).put("openedAt", may2.toString())
                .put("resolvedAt", may2.plusDays(1).toString()).put("actor", "x"));
        events.send();
        Await.until("the case is kept", Duration.ofSeconds(30), () -> QuarkusTransaction.requiringNew().call(() ->
                cases.findByIdOptional(caseId).map(c -> c.openedAt != null && c.closedAt != null && c.reopenedAt != null).orElse(false)));
        figures(cadreId).body("casesReceived", equalTo(1)).body("casesClosed", equalTo(0));
    }

    @Test
    void shouldShowACadreOnlyTheirOwnFigures() {
        UpstreamEvents events = new UpstreamEvents();
        Place place = events.station();
        UUID cadreId = UUID.randomUUID();
        events.assigned(cadreId, place, MAY);
        events.send();
        Await.until("the stationing is kept", Duration.ofSeconds(30), () -> known(cadreId));
        FiguresRequests.get(TestTokens.cadre(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()), MAY, MAY_END, "CADRE",
                "cadreId", cadreId).statusCode(403);
        FiguresRequests.get(TestTokens.cadre(cadreId, place.stationId(), place.townshipId()), MAY, MAY_END, "CADRE", "cadreId", cadreId)
                .statusCode(200).body("rows.cadreId", contains(cadreId.toString()));
        FiguresRequests.get(TestTokens.cadre(cadreId, place.stationId(), place.townshipId()), MAY, MAY_END, "CADRE")
                .statusCode(200).body("rows.cadreId", contains(cadreId.toString()));
    }

    @Test
    void shouldAnswer404ForACadreNeverAssigned() {
        UUID unknown = UUID.randomUUID();
        for (String token : List.of(TestTokens.countyAdmin(), TestTokens.cadre(unknown, UUID.randomUUID(), UUID.randomUUID()))) {
            FiguresRequests.get(token, MAY, MAY_END, "CADRE", "cadreId", unknown)
                    .statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:masswork:problem:not-found")).body("detail", containsString(unknown.toString()));
        }
        UUID unknownStation = UUID.randomUUID();
        FiguresRequests.get(TestTokens.countyAdmin(), MAY, MAY_END, "STATION", "stationId", unknownStation).statusCode(404)
                .body("detail", containsString(unknownStation.toString()));
    }

    /**
     * Station days are due only on the days the cadre served and only once they have come, as cadre-service counts
     * them: next month none (the calendar has three), this month those up to today, a month joined on the 26th two,
     * a month left on the 25th one; the station's are its cadres' summed.
     */
    @Test
    void shouldCountAsDueOnlyTheStationDaysServedThatHaveCome() {
        UpstreamEvents events = new UpstreamEvents();
        Place place = events.station();
        UUID veteran = UUID.randomUUID();
        UUID joined = UUID.randomUUID();
        YearMonth thisMonth = County.thisMonth();
        YearMonth joinedIn = thisMonth.minusMonths(4);
        YearMonth leftIn = thisMonth.minusMonths(2);
        events.assigned(veteran, place, TODAY.minusYears(1));
        UUID assignment = events.assigned(joined, place, joinedIn.atDay(26));
        events.ended(assignment, joined, place, leftIn.atDay(25));
        events.attended(veteran, place, joinedIn.atDay(25));
        events.attended(joined, place, joinedIn.atDay(26));
        events.attended(joined, place, joinedIn.atDay(27));
        events.send();
        Await.until("the stationings are kept", Duration.ofSeconds(30), () -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery("select count(*) from stationing where station_id = :s and starts_on is not null"
                                + " and (cadre_id <> :j or ended_on is not null)")
                        .setParameter("s", place.stationId()).setParameter("j", joined).getSingleResult()).intValue() == 2));
        Await.until("the check-ins are kept", Duration.ofSeconds(30), () ->
                figures(joined, joinedIn).extract().path("rows[0].stationDaysAttended").equals(2));

        figures(veteran, thisMonth.plusMonths(1)).body("stationDaysDue", equalTo(0));
        int comeThisMonth = (int) Stream.of(25, 26, 27).filter(day -> day <= TODAY.getDayOfMonth()).count();
        figures(veteran, thisMonth).body("stationDaysDue", equalTo(comeThisMonth));
        figures(veteran, joinedIn).body("stationDaysDue", equalTo(3)).body("stationDaysAttended", equalTo(1));
        figures(joined, joinedIn).body("stationDaysDue", equalTo(2)).body("stationDaysAttended", equalTo(2));
        figures(joined, joinedIn.plusMonths(1)).body("stationDaysDue", equalTo(3)).body("stationDaysAttended", equalTo(0));
        figures(joined, leftIn).body("stationDaysDue", equalTo(1));
        figures(joined, thisMonth).body("stationDaysDue", equalTo(0));
        stationFigures(place, joinedIn).body("stationDaysDue", equalTo(5)).body("stationDaysAttended", equalTo(3));
        stationFigures(place, leftIn).body("stationDaysDue", equalTo(4));
        stationFigures(place, thisMonth.plusMonths(1)).body("stationDaysDue", equalTo(0));
    }

    /** Every visit names its roles (五员); each role's visits are counted per cadre and per station and month. */
    @Test
    void shouldCountTheVisitsOfEachOfTheFiveRolesPerCadreStationAndMonth() {
        UpstreamEvents events = new UpstreamEvents();
        Place place = events.station();
        UUID cadreId = UUID.randomUUID();
        UUID colleague = UUID.randomUUID();
        UUID household = events.household(place);
        events.assigned(cadreId, place, MAY.minusMonths(1));
        events.assigned(colleague, place, MAY.minusMonths(1));
        events.visited(UUID.randomUUID(), cadreId, place, household, MAY.withDayOfMonth(2), true, "OPINION_RESEARCHER", "DISPUTE_MEDIATOR");
        events.visited(UUID.randomUUID(), cadreId, place, household, MAY.withDayOfMonth(3), false, "SERVICE_PROVIDER");
        events.visited(UUID.randomUUID(), cadreId, place, household, MAY.withDayOfMonth(4), false, "SERVICE_PROVIDER", "POLICY_PUBLICIST");
        events.visited(UUID.randomUUID(), colleague, place, household, MAY.withDayOfMonth(5), false, "PARTY_BUILDING_INSTRUCTOR");
        events.visited(UUID.randomUUID(), cadreId, place, household, MAY.plusMonths(1).withDayOfMonth(1), false, "POLICY_PUBLICIST");
        UUID confirmedFirst = UUID.randomUUID();
        events.confirmed(confirmedFirst, cadreId, place, household, MAY.withDayOfMonth(6));
        events.send();
        UpstreamEvents late = new UpstreamEvents();
        late.visited(confirmedFirst, cadreId, place, household, MAY.withDayOfMonth(6), false, "PARTY_BUILDING_INSTRUCTOR", "SERVICE_PROVIDER");
        late.send();

        Await.until("the visits are kept", Duration.ofSeconds(30), () ->
                figures(cadreId, YearMonth.from(MAY)).extract().path("rows[0].byRole[2].visitsMade").equals(1));
        figures(cadreId, YearMonth.from(MAY)).body("visitsMade", equalTo(4)).body("visitsConfirmed", equalTo(2))
                .body("byRole.role", contains("POLICY_PUBLICIST", "OPINION_RESEARCHER", "PARTY_BUILDING_INSTRUCTOR",
                        "DISPUTE_MEDIATOR", "SERVICE_PROVIDER"))
                .body("byRole.roleLabel", contains("政策法规宣讲员", "社情民意调研员", "基层党建指导员", "矛盾纠纷调解员", "为民便民服务员"))
                .body("byRole.visitsMade", contains(1, 1, 1, 1, 3));
        figures(cadreId, YearMonth.from(MAY).plusMonths(1)).body("byRole.visitsMade", contains(1, 0, 0, 0, 0));
        stationFigures(place, YearMonth.from(MAY)).body("visitsMade", equalTo(5)).body("byRole.visitsMade", contains(1, 1, 2, 1, 3));
    }

    private boolean known(UUID cadreId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from stationing where cadre_id = :c").setParameter("c", cadreId).getSingleResult()).intValue() > 0);
    }

    /** The cadre's month, as one COUNTY row narrowed to the cadre (a row even for a month they did not serve). */
    private static ValidatableResponse figures(UUID cadreId, YearMonth month) {
        return FiguresRequests.get(TestTokens.countyAdmin(), month.atDay(1), month.atEndOfMonth(), "COUNTY", "cadreId", cadreId)
                .statusCode(200).body("rows", hasSize(1)).rootPath("rows[0]");
    }

    private static ValidatableResponse stationFigures(Place place, YearMonth month) {
        return FiguresRequests.get(TestTokens.countyAdmin(), month.atDay(1), month.atEndOfMonth(), "COUNTY", "stationId", place.stationId())
                .statusCode(200).body("rows", hasSize(1)).rootPath("rows[0]");
    }

    private static ValidatableResponse figures(UUID cadreId) {
        return figures(cadreId, YearMonth.from(MAY));
    }
}
