package org.masswork.cases.figures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.masswork.cases.CaseTestData.open;
import static org.masswork.cases.CaseTestData.post;
import static org.masswork.cases.CaseTestData.transition;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.infra.County;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.privacy.PersonalDataCipher;

/**
 * Filings append deltas instead of updating their station's month row, so they never wait on each other; the fold
 * moves deltas into the month rows without changing a figure, once each, however many folds run at once.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class FiguresFoldTest {

    /** Two months ago: a whole month of the periods below, read from the rollup and its deltas. */
    private static final LocalDate FIRST_DAY = County.thisMonth().minusMonths(2).atDay(1);
    private static final LocalDate LAST_DAY = FIRST_DAY.plusMonths(1).minusDays(1);
    /** Its first instant, from which the cases are filed. */
    private static final OffsetDateTime MONTH = FIRST_DAY.atStartOfDay(County.ZONE).toOffsetDateTime();

    @Inject
    FiguresFoldJob fold;

    @Inject
    PersonalDataCipher cipher;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldNotMakeAFilingWaitForAnUncommittedFilingAtTheSameStation() throws SQLException {
        Station station = CaseTestData.station();
        try (Connection first = connect(); Connection second = connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            insertCase(first, station);
            try (Statement sql = second.createStatement()) {
                sql.execute("set local lock_timeout = '2s'");
            }
            assertThatCode(() -> insertCase(second, station))
                    .as("a filing at the same station while another's is not committed").doesNotThrowAnyException();
            second.commit();
            first.commit();
        }

        assertThat(cases(station.townshipId(), FIRST_DAY, LAST_DAY)).isEqualTo(2);
        fold.fold();
        assertThat(cases(station.townshipId(), FIRST_DAY, LAST_DAY)).isEqualTo(2);
    }

    @Test
    void shouldGiveTheSameFiguresBeforeAndAfterTheDeltasAreFolded() throws SQLException {
        UUID township = UUID.randomUUID();
        Station a = CaseTestData.station(township);
        Station b = CaseTestData.station(township);
        fileAndMoveCases(a);
        open(b.cadre(), received(CaseTestData.problem(b), MONTH.plusMonths(1).plusDays(3)));
        assertThat(deltas(a)).as("the changes wait for the fold").isPositive();
        List<List<Map<String, Object>>> before = figuresOfSeveralPeriods(township);

        assertThat(fold.fold()).isPositive();

        assertThat(deltas(a)).isZero();
        assertThat(deltas(b)).isZero();
        assertThat(figuresOfSeveralPeriods(township)).isEqualTo(before);
        Map<String, Object> monthOfA = figures(township, "STATION", FIRST_DAY, LAST_DAY).get(0);
        assertThat(monthOfA).containsEntry("stationId", a.stationId().toString()).containsEntry("casesReceived", 4)
                .containsEntry("problemsSolved", 1).containsEntry("petitionsEnded", 1).containsEntry("casesClosed", 1)
                .containsEntry("satisfactionRate", 1.0f);
    }

    @Test
    void shouldFoldEachDeltaOnceWhenTwoFoldsRunAtOnce() throws Exception {
        fold.fold();
        UUID township = UUID.randomUUID();
        Station a = CaseTestData.station(township);
        Station b = CaseTestData.station(township);
        fileAndMoveCases(a);

        CountDownLatch folded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            // Another replica's fold, holding its transaction open after its statement.
            Future<Integer> other = replicas.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                int count = fold.foldBatch();
                folded.countDown();
                release.await(30, TimeUnit.SECONDS);
                return count;
            }));
            assertThat(folded.await(30, TimeUnit.SECONDS)).isTrue();
            open(b.cadre(), received(CaseTestData.problem(b), MONTH.plusDays(10)));

            // The deltas the other fold took are not gone until it commits: until then they count as deltas.
            long takenByTheOther = deltas(a);
            long filedSince = deltas(b);
            assertThat(takenByTheOther).isPositive();
            List<List<Map<String, Object>>> meanwhile = figuresOfSeveralPeriods(township);
            // This replica's fold skips the deltas the other took; both add to the county's month, so it waits for
            // the other's commit to add its own.
            Future<Integer> mine = replicas.submit(() -> fold.fold());
            assertThat(deltas(a)).as("left to the other fold").isEqualTo(takenByTheOther);
            assertThat(figuresOfSeveralPeriods(township)).isEqualTo(meanwhile);

            release.countDown();
            assertThat(other.get(30, TimeUnit.SECONDS)).isGreaterThanOrEqualTo((int) takenByTheOther);
            assertThat(mine.get(30, TimeUnit.SECONDS)).as("only what was filed after the other fold took its batch")
                    .isEqualTo((int) filedSince);
            assertThat(deltas(a)).isZero();
            assertThat(deltas(b)).isZero();
            assertThat(figuresOfSeveralPeriods(township)).isEqualTo(meanwhile);
            assertThat(cases(township, FIRST_DAY, LAST_DAY)).isEqualTo(5);
        } finally {
            release.countDown();
            replicas.shutdown();
        }
    }

    /** Four cases at the station in MONTH, one of them solved, closed and rated, one a petition ended satisfied. */
    private static void fileAndMoveCases(Station station) {
        String cadre = station.cadre();
        open(cadre, received(CaseTestData.problem(station), MONTH.plusDays(2)));
        UUID problem = open(cadre, received(CaseTestData.problem(station), MONTH.plusDays(5)));
        open(cadre, received(CaseTestData.errand(station), MONTH.plusDays(20)));
        UUID petition = open(cadre, received(CaseTestData.petition(station), MONTH.plusDays(27)));
        CaseTestData.resolve(cadre, problem);
        transition(cadre, problem, "CLOSE").statusCode(200);
        post(cadre, "/api/v1/cases/" + problem + "/satisfaction",
                Map.of("version", CaseTestData.version(problem), "rating", "SATISFIED")).statusCode(200);
        CaseTestData.resolve(cadre, petition);
        post(cadre, "/api/v1/cases/" + petition + "/petition/outcome",
                Map.of("version", CaseTestData.version(petition), "outcome", "ENDED_SATISFIED")).statusCode(200);
    }

    /** Whole months, whole months with edges added and taken away, no whole month: by township and by station. */
    private static List<List<Map<String, Object>>> figuresOfSeveralPeriods(UUID township) {
        LocalDate next = FIRST_DAY.plusMonths(1);
        return List.of(
                figures(township, "TOWNSHIP", FIRST_DAY, next.plusMonths(1).minusDays(1)),
                figures(township, "STATION", FIRST_DAY, next.plusMonths(1).minusDays(1)),
                figures(township, "STATION", FIRST_DAY.plusDays(3), next.plusDays(24)),
                figures(township, "STATION", FIRST_DAY.minusDays(10), next.plusDays(4)),
                figures(township, "TOWNSHIP", FIRST_DAY.plusDays(10), next.plusDays(4)));
    }

    private static List<Map<String, Object>> figures(UUID township, String groupBy, LocalDate from, LocalDate to) {
        return given().auth().oauth2(TestTokens.countyAdmin())
                .queryParams(Map.of("townshipId", township, "groupBy", groupBy, "from", from.toString(), "to", to.toString()))
                .when().get("/api/v1/case-figures").then().statusCode(200).extract().path("rows");
    }

    private static int cases(UUID township, LocalDate from, LocalDate to) {
        return (Integer) figures(township, "TOWNSHIP", from, to).get(0).get("casesReceived");
    }

    private static Map<String, Object> received(Map<String, Object> body, OffsetDateTime at) {
        body.put("recordedAt", at.toString());
        return body;
    }

    /** A problem filed at the station in MONTH, written as the service writes it, in the connection's transaction. */
    private void insertCase(Connection db, Station station) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into case_file (id, kind, channel, category, status, level, station_id, village_id, township_id,
                                       county_id, villager_name, description, opened_by, version, recorded_at, received_at)
                values (?, 'PROBLEM', 'HOUSEHOLD_VISIT', 'WATER', 'RECEIVED', 'STATION', ?, ?, ?, ?, ?, '水管冻裂', 'cadre', 0, ?,
                        now())
                """)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, station.stationId());
            insert.setObject(3, station.villageId());
            insert.setObject(4, station.townshipId());
            insert.setObject(5, station.countyId());
            insert.setString(6, cipher.encrypt("张三丰"));
            insert.setObject(7, MONTH.plusDays(12));
            insert.executeUpdate();
        }
    }

    /** The station's deltas not yet folded (or folded by a transaction not yet committed). */
    private static long deltas(Station station) throws SQLException {
        try (Connection db = connect();
             PreparedStatement count = db.prepareStatement("select count(*) from case_figures_delta where station_id = ?")) {
            count.setObject(1, station.stationId());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        return DriverManager.getConnection(infrastructure.jdbcUrl("cases"), infrastructure.username(), infrastructure.password());
    }
}
