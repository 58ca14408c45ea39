package org.masswork.cases.figures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.masswork.cases.CaseTestData.open;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.station.KnownStationRepository;
import org.masswork.cases.station.StationEvents;
import org.masswork.infra.County;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

/**
 * The county months (case_figures_county_month, V22) are the sums of the station months and the county days
 * (case_figures_county_day, V23) the days of the county months, deltas and folds alike, and the figures of whole
 * counties and of the province read from them are the cases' figures, whole months and edges.
 * Counties of their own, learnt from cadre-service's StationRegistered, with cases received in 2019, which no other
 * test files in: the province's row is theirs alone.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class CountyMonthRollupTest {

    private static final String COUNTS = """
            sum(cases), sum(opinions), sum(problems_solved), sum(disputes_solved), sum(errands), sum(petitions),
            sum(petitions_ended), sum(closed), sum(closed_at_station), sum(on_time), sum(on_time_known), sum(satisfied),
            sum(rated), sum(closed_days)""";
    /** The county days of the table or view named, as county months. */
    private static final String COUNTY_DAYS_BY_MONTH = "(select *, date_trunc('month', day)::date as month from %s) d";
    private static final String PROVINCE = TestTokens.province("province-inspector", "PROVINCE_INSPECTOR");

    @Inject
    FiguresFoldJob fold;

    @Inject
    KnownStationRepository stations;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** What a case filed by the test counts for, to count the figures of a period from. */
    private record Filed(UUID county, LocalDate day, String kind, boolean solved, boolean closed, boolean atStation,
                         String rating, boolean petitionEnded) {
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldKeepTheCountyMonthsTheSumsOfTheStationMonthsAndCountWholeCountiesAndTheProvinceFromThem() throws SQLException {
        UUID countyA = UUID.randomUUID();
        UUID countyB = UUID.randomUUID();
        Station a1 = registered(countyA, UUID.randomUUID());
        Station a2 = registered(countyA, UUID.randomUUID());
        Station b = registered(countyB, UUID.randomUUID());
        List<Filed> filed = new ArrayList<>();
        LocalDate march = LocalDate.of(2019, 3, 1);
        LocalDate april = march.plusMonths(1);
        LocalDate may = april.plusMonths(1);
        filed.add(problemClosedAndRated(a1, march.plusDays(1), "SATISFIED"));
        filed.add(file(a1, march.plusDays(19), "OPINION"));
        filed.add(petitionEnded(a1, april.plusDays(4)));
        filed.add(file(a1, april.plusDays(24), "ERRAND"));
        filed.add(disputeClosedAtTheTownship(a1, may.plusDays(2)));
        filed.add(file(a2, march.plusDays(27), "PROBLEM"));
        filed.add(problemSolved(a2, april.plusDays(14)));
        filed.add(problemClosedAndRated(b, march.plusDays(9), "BASICALLY_SATISFIED"));
        filed.add(file(b, april, "OPINION"));
        filed.add(problemClosedAndRated(b, april.plusDays(28), null));

        assertThat(deltas(List.of(countyA, countyB))).as("the filings and steps wait for the fold").isPositive();
        assertThat(countyMonths(List.of(countyA, countyB), "case_figures_county_month_and_delta"))
                .as("county months and deltas, summed by county and month, before the fold")
                .isEqualTo(countyMonths(List.of(countyA, countyB), "case_figures_month_and_delta"))
                .isEqualTo(countyMonths(List.of(countyA, countyB), COUNTY_DAYS_BY_MONTH.formatted("case_figures_county_day_and_delta")))
                .hasSize(5);
        // Whole months; both edges taken away from whole months; both added to a whole month; no whole month.
        List<LocalDate[]> periods = List.of(
                new LocalDate[] {march, may.plusMonths(1).minusDays(1)},
                new LocalDate[] {march.plusDays(4), april.plusDays(26)},
                new LocalDate[] {march.plusDays(17), may.plusDays(3)},
                new LocalDate[] {march.plusDays(24), april.plusDays(2)});
        List<Map<String, Object>> beforeFold = new ArrayList<>();
        for (LocalDate[] period : periods) {
            beforeFold.addAll(countedFromTheCases(filed, period[0], period[1], a1, b));
        }

        fold.fold();

        assertThat(deltas(List.of(countyA, countyB))).isZero();
        assertThat(differences("select county_id, month, " + COUNTS + " from case_figures_county_month group by county_id, month",
                "select county_id, month, " + COUNTS + " from case_figures_month group by county_id, month"))
                .as("every county's months, the sums of its station months").isZero();
        assertThat(countyMonths(List.of(countyA, countyB), COUNTY_DAYS_BY_MONTH.formatted("case_figures_county_day")))
                .as("the county days, summed by month, the county months")
                .isEqualTo(countyMonths(List.of(countyA, countyB), "case_figures_county_month"));
        List<Map<String, Object>> afterFold = new ArrayList<>();
        for (LocalDate[] period : periods) {
            afterFold.addAll(countedFromTheCases(filed, period[0], period[1], a1, b));
        }
        assertThat(afterFold).isEqualTo(beforeFold);
    }

    @Test
    void shouldReadWholeCountiesFromTheCountyMonthsAndTownshipsFromTheStationMonths() throws SQLException {
        Station station = registered(UUID.randomUUID(), UUID.randomUUID());
        LocalDate june = LocalDate.of(2019, 6, 1);
        file(station, june.plusDays(9), "PROBLEM");
        file(station, june.plusDays(19), "OPINION");
        fold.fold();
        LocalDate end = june.plusMonths(1).minusDays(1);
        Map<String, Object> township = Map.of("countyId", station.countyId(), "townshipId", station.townshipId());

        // Changed by hand, the county's month disagrees with its station months: each row shows which it is read from.
        addCases("case_figures_county_month", "month", station.countyId(), june, 1000);
        try {
            assertThat(rows(station.countyAdmin(), june, end, Map.of()).get(0)).containsEntry("casesReceived", 1002);
            assertThat(rows(PROVINCE, june, end, Map.of("countyId", station.countyId())).get(0))
                    .containsEntry("casesReceived", 1002);
            assertThat(rows(PROVINCE, june, end, Map.of("groupBy", "PROVINCE")).get(0)).containsEntry("casesReceived", 1002);
            assertThat(rows(PROVINCE, june, end, township).get(0)).containsEntry("casesReceived", 2);
            assertThat(rows(PROVINCE, june, end, Map.of("countyId", station.countyId(), "groupBy", "TOWNSHIP")).get(0))
                    .containsEntry("casesReceived", 2);
        } finally {
            addCases("case_figures_county_month", "month", station.countyId(), june, -1000);
        }
        assertThat(rows(station.countyAdmin(), june, end, Map.of()).get(0)).containsEntry("casesReceived", 2);
    }

    /**
     * The period's figures of a's county (its admin's row and the province's row of it), of b's county, and the
     * province's, each as the filed cases count; b's county's whole row as its one township's (the station months).
     */
    private static List<Map<String, Object>> countedFromTheCases(List<Filed> filed, LocalDate from, LocalDate to,
                                                                 Station a, Station b) {
        UUID countyA = a.countyId();
        UUID countyB = b.countyId();
        String period = from + ".." + to;
        Map<String, Object> ownRowOfA = rows(a.countyAdmin(), from, to, Map.of()).get(0);
        Map<String, Object> provinceRowOfA = rows(PROVINCE, from, to, Map.of("countyId", countyA)).get(0);
        assertThat(provinceRowOfA).as(period).isEqualTo(ownRowOfA);
        List<Map<String, Object>> byCounty = rows(PROVINCE, from, to, Map.of());
        Map<String, Object> provinceRow = rows(PROVINCE, from, to, Map.of("groupBy", "PROVINCE")).get(0);

        expect(ownRowOfA, filed, from, to, c -> c.county().equals(countyA), period + " county A");
        Map<String, Object> rowOfB = byCounty.stream().filter(row -> countyB.toString().equals(row.get("countyId")))
                .findFirst().orElseThrow();
        expect(rowOfB, filed, from, to, c -> c.county().equals(countyB), period + " county B");
        expect(provinceRow, filed, from, to, c -> true, period + " province");
        assertThat(provinceRow.get("countyId")).isNull();
        assertThat(byCounty).as(period + ": a row per county with cases in the period")
                .extracting(row -> row.get("countyId"))
                .containsExactlyInAnyOrderElementsOf(filed.stream().filter(c -> within(c, from, to))
                        .map(c -> c.county().toString()).distinct().toList());
        assertThat(rowOfB).as(period + ": county B from its county months and from its one township's station months")
                .isEqualTo(rows(PROVINCE, from, to, Map.of("countyId", countyB, "townshipId", b.townshipId())).get(0));
        return List.of(ownRowOfA, rowOfB, provinceRow);
    }

    private static void expect(Map<String, Object> row, List<Filed> filed, LocalDate from, LocalDate to,
                               Predicate<Filed> of, String what) {
        List<Filed> counted = filed.stream().filter(of).filter(c -> within(c, from, to)).toList();
        long rated = counted.stream().filter(c -> c.rating() != null).count();
        long satisfied = count(counted, c -> "SATISFIED".equals(c.rating()) || "BASICALLY_SATISFIED".equals(c.rating()));
        long closed = counted.stream().filter(Filed::closed).count();
        Map<String, Object> expected = new HashMap<>();
        expected.put("casesReceived", counted.size());
        expected.put("opinionsCollected", count(counted, c -> c.kind().equals("OPINION")));
        expected.put("problemsSolved", count(counted, c -> c.kind().equals("PROBLEM") && c.solved()));
        expected.put("disputesSolved", count(counted, c -> c.kind().equals("DISPUTE") && c.solved()));
        expected.put("errandsByProxy", count(counted, c -> c.kind().equals("ERRAND")));
        expected.put("proxyPetitions", count(counted, c -> c.kind().equals("PETITION")));
        expected.put("petitionsEnded", count(counted, Filed::petitionEnded));
        expected.put("casesClosed", (int) closed);
        expected.put("closedAtStation", count(counted, c -> c.closed() && c.atStation()));
        expected.put("satisfactionRate", rated == 0 ? null : (float) ((double) satisfied / rated));
        assertThat(row).as(what).containsAllEntriesOf(expected);
    }

    private static int count(List<Filed> cases, Predicate<Filed> which) {
        return (int) cases.stream().filter(which).count();
    }

    private static boolean within(Filed filed, LocalDate from, LocalDate to) {
        return !filed.day().isBefore(from) && !filed.day().isAfter(to);
    }

    private static List<Map<String, Object>> rows(String token, LocalDate from, LocalDate to, Map<String, Object> query) {
        return given().auth().oauth2(token).queryParams(query).queryParam("from", from.toString())
                .queryParam("to", to.toString()).when().get("/api/v1/case-figures").then().statusCode(200)
                .extract().path("rows");
    }

    @Test
    void shouldReadTheEdgesOfWholeCountiesFromTheCountyDaysAndOfTownshipsFromTheCases() throws SQLException {
        Station station = registered(UUID.randomUUID(), UUID.randomUUID());
        LocalDate july = LocalDate.of(2019, 7, 1);
        file(station, july.plusDays(9), "PROBLEM");
        file(station, july.plusDays(19), "OPINION");
        fold.fold();
        // July's whole month less its first eleven days, the case of the 10th among them.
        LocalDate from = july.plusDays(11);
        LocalDate end = july.plusMonths(1).minusDays(1);
        Map<String, Object> township = Map.of("countyId", station.countyId(), "townshipId", station.townshipId());
        assertThat(rows(station.countyAdmin(), from, end, Map.of()).get(0)).containsEntry("casesReceived", 1);

        // Changed by hand, the county's day disagrees with its cases: each row shows which it is read from.
        addCases("case_figures_county_day", "day", station.countyId(), july.plusDays(9), 1000);
        try {
            assertThat(rows(station.countyAdmin(), from, end, Map.of()).get(0)).containsEntry("casesReceived", -999);
            assertThat(rows(PROVINCE, from, end, Map.of("countyId", station.countyId())).get(0))
                    .containsEntry("casesReceived", -999);
            assertThat(rows(PROVINCE, from, end, township).get(0)).containsEntry("casesReceived", 1);
        } finally {
            addCases("case_figures_county_day", "day", station.countyId(), july.plusDays(9), -1000);
        }
        assertThat(rows(station.countyAdmin(), from, end, Map.of()).get(0)).containsEntry("casesReceived", 1);
    }

    /** A station of the county, registered by cadre-service's event naming the county, which case-service learns. */
    private Station registered(UUID county, UUID township) {
        UUID stationId = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.send(StationEvents.CADRE_TOPIC, stationId.toString(),
                    StationEvents.stationRegistered(UUID.randomUUID(), stationId, township, "西岭村群众工作站", county));
        }
        StationEvents.awaitInDirectory(stations, stationId, Duration.ofSeconds(30));
        return new Station(stationId, UUID.randomUUID(), township, county);
    }

    private static Filed file(Station station, LocalDate day, String kind) {
        opened(station, day, kind);
        return new Filed(station.countyId(), day, kind, false, false, false, null, false);
    }

    private static Filed problemSolved(Station station, LocalDate day) {
        resolve(station, opened(station, day, "PROBLEM"));
        return new Filed(station.countyId(), day, "PROBLEM", true, false, false, null, false);
    }

    /** A problem solved and closed at the station, rated if rating is not null. */
    private static Filed problemClosedAndRated(Station station, LocalDate day, String rating) {
        UUID problem = opened(station, day, "PROBLEM");
        resolve(station, problem);
        step(station, problem, "transitions", Map.of("action", "CLOSE"));
        if (rating != null) {
            step(station, problem, "satisfaction", Map.of("rating", rating));
        }
        return new Filed(station.countyId(), day, "PROBLEM", true, true, true, rating, false);
    }

    private static Filed disputeClosedAtTheTownship(Station station, LocalDate day) {
        UUID dispute = opened(station, day, "DISPUTE");
        step(station, dispute, "transitions", Map.of("action", "ACCEPT"));
        step(station, dispute, "transitions", Map.of("action", "START"));
        step(station, dispute, "transitions", Map.of("action", "ESCALATE"));
        step(station, dispute, "transitions", Map.of("action", "RESOLVE", "method", "LEAD_COORDINATION"));
        step(station, dispute, "transitions", Map.of("action", "CLOSE"));
        return new Filed(station.countyId(), day, "DISPUTE", true, true, false, null, false);
    }

    private static Filed petitionEnded(Station station, LocalDate day) {
        UUID petition = opened(station, day, "PETITION");
        resolve(station, petition);
        step(station, petition, "petition/outcome", Map.of("outcome", "ENDED_SATISFIED"));
        return new Filed(station.countyId(), day, "PETITION", false, false, false, null, true);
    }

    /** A case of the kind filed at the station by one of its cadres, received at 10:00 of the county's day. */
    private static UUID opened(Station station, LocalDate day, String kind) {
        Map<String, Object> body = switch (kind) {
            case "ERRAND" -> CaseTestData.errand(station);
            case "PETITION" -> CaseTestData.petition(station);
            default -> CaseTestData.problem(station);
        };
        body.put("kind", kind);
        if (kind.equals("DISPUTE")) {
            body.put("category", "FAMILY_NEIGHBOUR_DISPUTE");
        }
        body.put("recordedAt", day.atTime(10, 0).atZone(County.ZONE).toOffsetDateTime().toString());
        return open(station.cadre(), body);
    }

    private static void resolve(Station station, UUID caseId) {
        step(station, caseId, "transitions", Map.of("action", "ACCEPT"));
        step(station, caseId, "transitions", Map.of("action", "START"));
        step(station, caseId, "transitions", Map.of("action", "RESOLVE", "method", "VISIT_AND_TALK", "note", "已办结"));
    }

    /** A step on a case of the station's county by its county admin, at the case's current version. */
    private static void step(Station station, UUID caseId, String path, Map<String, Object> body) {
        String admin = station.countyAdmin();
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("version", given().auth().oauth2(admin).when().get("/api/v1/cases/{id}", caseId)
                .then().statusCode(200).extract().<Number>path("version").longValue());
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(withVersion)
                .when().post("/api/v1/cases/" + caseId + "/" + path).then().statusCode(200);
    }

    /** Adds cases to a county's row of the rollup by hand: a month of case_figures_county_month, a day of case_figures_county_day. */
    private static void addCases(String rollup, String period, UUID county, LocalDate date, int cases) throws SQLException {
        try (Connection db = connect(); PreparedStatement update = db.prepareStatement(
                "update " + rollup + " set cases = cases + ? where county_id = ? and " + period + " = ?")) {
            update.setInt(1, cases);
            update.setObject(2, county);
            update.setObject(3, date);
            assertThat(update.executeUpdate()).isOne();
        }
    }

    /** The counties' figures summed by county and month from the view named, in key order. */
    private static List<List<Object>> countyMonths(List<UUID> counties, String view) throws SQLException {
        try (Connection db = connect(); PreparedStatement select = db.prepareStatement("select county_id, month, " + COUNTS
                + " from " + view + " where county_id = any (?) group by county_id, month order by county_id, month")) {
            select.setArray(1, db.createArrayOf("uuid", counties.toArray()));
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= 16; i++) {
                        row.add(i == 16 ? result.getBigDecimal(i).stripTrailingZeros() : result.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** Rows of one query not in the other, both ways. */
    private static long differences(String one, String other) throws SQLException {
        return count("select count(*) from ((" + one + " except all " + other + ") union all (" + other + " except all "
                + one + ")) d", List.of());
    }

    private static long deltas(List<UUID> counties) throws SQLException {
        return count("select count(*) from case_figures_delta where county_id = any (?)", counties);
    }

    private static long count(String sql, List<UUID> counties) throws SQLException {
        try (Connection db = connect(); PreparedStatement select = db.prepareStatement(sql)) {
            if (!counties.isEmpty()) {
                select.setArray(1, db.createArrayOf("uuid", counties.toArray()));
            }
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        return DriverManager.getConnection(infrastructure.jdbcUrl("cases"), infrastructure.username(), infrastructure.password());
    }
}
