package org.masswork.cadre.contactcard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.masswork.cadre.household.HouseholdWorkData.household;
import static org.masswork.cadre.household.HouseholdWorkData.issueCard;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.CadreTestData;
import org.masswork.cadre.household.HouseholdWorkData;
import org.masswork.cadre.household.HouseholdWorkData.Team;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.privacy.PersonalDataCipher;

/**
 * The card figures read counts kept with the data (V52__card_figures_rollup.sql): after registrations, issues and
 * re-issues in two counties they equal what the count queries they replaced give, at every level, before and after
 * the deltas are folded; and writers at one station do not wait for each other.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class CardFiguresCountsTest {

    /** What the card figures counted per station before V52: every household and card, by correlated count queries. */
    static final String COUNTED_BEFORE = """
            select s.county_id, s.township_id, s.id,
                   (select count(*) from household h where h.station_id = s.id),
                   (select count(*) from contact_card c where c.station_id = s.id and c.current),
                   (select count(*) from contact_card c where c.station_id = s.id)
            from station s
            """;
    private static final String PROVINCE = TestTokens.province("province-inspector", "PROVINCE_INSPECTOR");

    @Inject
    CardFiguresFoldJob fold;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonalDataCipher cipher;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldCountWhatTheCountQueriesCountAfterRegistrationsIssuesAndReplacementsInTwoCounties() throws SQLException {
        fold.fold();
        Team team = HouseholdWorkData.team();
        List<UUID> households = List.of(household(team), household(team), household(team));
        issueCard(team, households.get(0));
        issueCard(team, households.get(1));
        issueCard(team, households.get(0));
        OtherCounty other = new OtherCounty();
        UUID first = other.household();
        other.household();
        other.issueCard(first);
        other.issueCard(first);
        other.issueCard(first);
        assertThat(deltas()).as("the changes wait for the fold").isPositive();

        Map<String, List<Row>> beforeFold = everyLevel(team, other);
        assertThat(beforeFold).isEqualTo(expected(team, other));
        assertThat(beforeFold.get("cadre STATION")).containsExactly(new Row(TestTokens.DEFAULT_COUNTY, team.townshipId(),
                team.stationId(), 1, 3, 2, 3));
        assertThat(beforeFold.get("province COUNTY of one county")).containsExactly(new Row(other.countyId, null, null, 1, 2, 1, 3));
        assertThat(beforeFold.get("province COUNTY")).contains(new Row(other.countyId, null, null, 1, 2, 1, 3));

        assertThat(fold.fold()).isPositive();

        assertThat(deltas()).isZero();
        assertThat(everyLevel(team, other)).isEqualTo(beforeFold);
        assertThat(stationRow(team.stationId())).containsExactly(3L, 2L, 3L);
        assertThat(stationRow(other.stationId)).containsExactly(2L, 1L, 3L);
    }

    @Test
    void shouldNotMakeARegistrationWaitForAnUncommittedRegistrationAtTheSameStation() throws SQLException {
        Team team = HouseholdWorkData.team();
        fold.fold();
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            insertHousehold(first, team);
            try (Statement sql = second.createStatement()) {
                sql.execute("set local lock_timeout = '2s'");
            }
            assertThatCode(() -> insertHousehold(second, team))
                    .as("a registration at the same station while another's is not committed").doesNotThrowAnyException();
            second.commit();
            first.commit();
        }

        Row counted = new Row(TestTokens.DEFAULT_COUNTY, team.townshipId(), team.stationId(), 1, 2, 0, 0);
        assertThat(figures(team.memberToken(), "STATION", Map.of())).containsExactly(counted);
        fold.fold();
        assertThat(figures(team.memberToken(), "STATION", Map.of())).containsExactly(counted);
        assertThat(stationRow(team.stationId())).containsExactly(2L, 0L, 0L);
    }

    @Test
    void shouldFoldEachDeltaOnceWhenTwoFoldsRunAtOnce() throws Exception {
        fold.fold();
        Team team = HouseholdWorkData.team();
        issueCard(team, household(team));
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            // One replica's fold, holding its transaction open after its statement.
            Future<Integer> first = replicas.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                int count = fold.foldBatch();
                taken.countDown();
                release.await(30, TimeUnit.SECONDS);
                return count;
            }));
            assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
            household(team);
            // The deltas the first fold took count as deltas until it commits.
            Row meanwhile = new Row(TestTokens.DEFAULT_COUNTY, team.townshipId(), team.stationId(), 1, 2, 1, 1);
            assertThat(figures(team.memberToken(), "STATION", Map.of())).containsExactly(meanwhile);
            List<Row> countyMeanwhile = figures(TestTokens.countyAdmin(), "COUNTY", Map.of());

            // Another replica's fold takes only what the first did not; it may wait for the first's county row.
            Future<Integer> second = replicas.submit(fold::fold);
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).as("the household and the card").isEqualTo(2);
            assertThat(second.get(30, TimeUnit.SECONDS)).as("the household registered after").isEqualTo(1);

            assertThat(deltas()).isZero();
            assertThat(stationRow(team.stationId())).containsExactly(2L, 1L, 1L);
            assertThat(figures(team.memberToken(), "STATION", Map.of())).containsExactly(meanwhile);
            assertThat(figures(TestTokens.countyAdmin(), "COUNTY", Map.of())).isEqualTo(countyMeanwhile)
                    .containsExactly(sum(TestTokens.DEFAULT_COUNTY, null, null, countedBefore().stream()
                            .filter(s -> s.county.equals(TestTokens.DEFAULT_COUNTY)).toList()));
        } finally {
            release.countDown();
            replicas.shutdown();
        }
    }

    /** A row of the card figures: its group's keys (null where the grouping is coarser) and its figures. */
    record Row(UUID countyId, UUID townshipId, UUID stationId, long stations, long households, long covered, long cards) {
    }

    /** The figures of every level and caller that reads them a different way, by a name for each. */
    private static Map<String, List<Row>> everyLevel(Team team, OtherCounty other) {
        Map<String, List<Row>> all = new LinkedHashMap<>();
        for (String groupBy : List.of("COUNTY", "TOWNSHIP", "STATION")) {
            all.put("default county " + groupBy, figures(TestTokens.countyAdmin(), groupBy, Map.of()));
        }
        all.put("township officer COUNTY", figures(team.officerToken(), "COUNTY", Map.of()));
        all.put("cadre STATION", figures(team.memberToken(), "STATION", Map.of()));
        all.put("province PROVINCE", figures(PROVINCE, "PROVINCE", Map.of()));
        all.put("province COUNTY", figures(PROVINCE, "COUNTY", Map.of()));
        all.put("province COUNTY of one county", figures(PROVINCE, "COUNTY", Map.of("countyId", other.countyId)));
        all.put("province PROVINCE of a township", figures(PROVINCE, "PROVINCE",
                Map.of("countyId", other.countyId, "townshipId", other.townshipId)));
        all.put("province TOWNSHIP", figures(PROVINCE, "TOWNSHIP", Map.of("countyId", other.countyId)));
        all.put("province STATION", figures(PROVINCE, "STATION", Map.of("countyId", other.countyId, "stationId", other.stationId)));
        return all;
    }

    /** The same levels summed from the count queries the figures ran before. */
    private Map<String, List<Row>> expected(Team team, OtherCounty other) throws SQLException {
        List<Counted> stations = countedBefore();
        Map<String, List<Row>> all = new LinkedHashMap<>();
        List<Counted> ofDefault = stations.stream().filter(s -> s.county.equals(TestTokens.DEFAULT_COUNTY)).toList();
        all.put("default county COUNTY", List.of(sum(TestTokens.DEFAULT_COUNTY, null, null, ofDefault)));
        all.put("default county TOWNSHIP", perTownship(ofDefault));
        all.put("default county STATION", perStation(ofDefault));
        all.put("township officer COUNTY", List.of(sum(TestTokens.DEFAULT_COUNTY, null, null,
                ofDefault.stream().filter(s -> s.township.equals(team.townshipId())).toList())));
        all.put("cadre STATION", perStation(ofDefault.stream().filter(s -> s.station.equals(team.stationId())).toList()));
        all.put("province PROVINCE", List.of(sum(null, null, null, stations)));
        all.put("province COUNTY", counties().stream()
                .map(c -> sum(c, null, null, stations.stream().filter(s -> s.county.equals(c)).toList())).sorted(ORDER).toList());
        List<Counted> ofOther = stations.stream().filter(s -> s.county.equals(other.countyId)).toList();
        all.put("province COUNTY of one county", List.of(sum(other.countyId, null, null, ofOther)));
        all.put("province PROVINCE of a township", List.of(sum(other.countyId, null, null,
                ofOther.stream().filter(s -> s.township.equals(other.townshipId)).toList())));
        all.put("province TOWNSHIP", perTownship(ofOther));
        all.put("province STATION", perStation(ofOther));
        return all;
    }

    private record Counted(UUID county, UUID township, UUID station, long households, long covered, long cards) {
    }

    private List<Counted> countedBefore() throws SQLException {
        List<Counted> counted = new ArrayList<>();
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery(COUNTED_BEFORE)) {
            while (rows.next()) {
                counted.add(new Counted(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getObject(3, UUID.class),
                        rows.getLong(4), rows.getLong(5), rows.getLong(6)));
            }
        }
        return counted;
    }

    private List<UUID> counties() throws SQLException {
        List<UUID> counties = new ArrayList<>();
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select id from county")) {
            while (rows.next()) {
                counties.add(rows.getObject(1, UUID.class));
            }
        }
        return counties;
    }

    private static Row sum(UUID county, UUID township, UUID station, List<Counted> stations) {
        return new Row(county, township, station, stations.size(), stations.stream().mapToLong(Counted::households).sum(),
                stations.stream().mapToLong(Counted::covered).sum(), stations.stream().mapToLong(Counted::cards).sum());
    }

    private static List<Row> perTownship(List<Counted> stations) {
        return stations.stream().collect(Collectors.groupingBy(Counted::township)).values().stream()
                .map(group -> sum(group.get(0).county, group.get(0).township, null, group)).sorted(ORDER).toList();
    }

    private static List<Row> perStation(List<Counted> stations) {
        return stations.stream().map(s -> sum(s.county, s.township, s.station, List.of(s))).sorted(ORDER).toList();
    }

    /** The rows as a set, in one order: the endpoint's own order is ContactCardTest's. */
    private static final Comparator<Row> ORDER = Comparator.comparing(Row::toString);

    private static List<Row> figures(String token, String groupBy, Map<String, Object> filters) {
        JsonPath answer = given().auth().oauth2(token).queryParam("groupBy", groupBy).queryParams(filters)
                .when().get("/api/v1/card-figures").then().statusCode(200).extract().jsonPath();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < answer.getList("rows").size(); i++) {
            String row = "rows[" + i + "].";
            rows.add(new Row(id(answer.getString(row + "countyId")), id(answer.getString(row + "townshipId")),
                    id(answer.getString(row + "stationId")), answer.getLong(row + "stations"), answer.getLong(row + "households"),
                    answer.getLong(row + "householdsCovered"), answer.getLong(row + "cardsIssued")));
        }
        rows.sort(ORDER);
        return rows;
    }

    private static UUID id(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    private long deltas() throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
             ResultSet count = sql.executeQuery("select count(*) from card_figures_delta")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** A station's folded row: households, covered, cards. */
    private List<Long> stationRow(UUID stationId) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement sql = db.prepareStatement("select households, covered, cards from card_figures_station where station_id = ?")) {
            sql.setObject(1, stationId);
            try (ResultSet row = sql.executeQuery()) {
                assertThat(row.next()).as("the station's row").isTrue();
                return List.of(row.getLong(1), row.getLong(2), row.getLong(3));
            }
        }
    }

    private void insertHousehold(Connection db, Team team) throws SQLException {
        try (PreparedStatement sql = db.prepareStatement("insert into household (id, county_id, village_id, station_id, township_id,"
                + " head_name, address, phone, member_count, version, recorded_at, received_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, null, 2, 0, now(), now())")) {
            sql.setObject(1, UUID.randomUUID());
            sql.setObject(2, TestTokens.DEFAULT_COUNTY);
            sql.setObject(3, team.villageId());
            sql.setObject(4, team.stationId());
            sql.setObject(5, team.townshipId());
            sql.setString(6, cipher.encrypt("赵大"));
            sql.setString(7, cipher.encrypt("东沟村一组"));
            sql.executeUpdate();
        }
    }

    /** A second county registered by the province, with a township, a station and its team. */
    private static final class OtherCounty {
        final UUID countyId;
        final String admin;
        final UUID townshipId;
        final UUID villageId;
        final UUID stationId;
        final UUID departmentId;
        final String memberToken;

        OtherCounty() {
            countyId = create(TestTokens.province("province-admin", "PROVINCE_ADMIN"), "/api/v1/counties",
                    Map.of("code", CadreTestData.uniqueCode("C"), "name", "青山县", "zone", "Asia/Shanghai"));
            admin = TestTokens.inCounty(countyId, "county-admin-2", Set.of("COUNTY_ADMIN"), Map.of());
            townshipId = create(admin, "/api/v1/townships", Map.of("code", CadreTestData.uniqueCode("T"), "name", "青山镇"));
            villageId = create(admin, "/api/v1/villages", Map.of("townshipId", townshipId, "code", CadreTestData.uniqueCode("V"),
                    "name", "青山村", "kind", "VILLAGE", "type", "POOR"));
            stationId = create(admin, "/api/v1/stations", Map.of("villageId", villageId, "name", "青山村群众工作站"));
            departmentId = create(admin, "/api/v1/departments", Map.of("name", CadreTestData.uniqueCode("县局"),
                    "kind", "ECONOMIC", "level", "COUNTY"));
            LocalDate startsOn = County.today().minusMonths(3);
            assign(cadre("SECTION_LEVEL"), "LEADER", startsOn);
            UUID memberId = cadre("GENERAL");
            assign(memberId, "MEMBER", startsOn);
            memberToken = TestTokens.inCounty(countyId, memberId.toString(), Set.of("CADRE"), Map.of("cadre", memberId.toString(),
                    "station", stationId.toString(), "township", townshipId.toString()));
        }

        UUID household() {
            return create(memberToken, "/api/v1/households", HouseholdWorkData.householdBody(villageId));
        }

        void issueCard(UUID householdId) {
            given().auth().oauth2(memberToken).contentType(ContentType.JSON).body(Map.of("householdId", householdId))
                    .when().post("/api/v1/contact-cards").then().statusCode(201);
        }

        private UUID cadre(String rank) {
            return create(admin, "/api/v1/cadres", Map.of("name", "李青", "phone", "13812345678", "departmentId", departmentId,
                    "rank", rank, "backbone", false, "partyMember", true));
        }

        private void assign(UUID cadreId, String role, LocalDate startsOn) {
            Map<String, Object> body = CadreTestData.assignment(cadreId, stationId, role);
            body.put("startsOn", startsOn.toString());
            create(admin, "/api/v1/assignments", body);
        }

        private static UUID create(String token, String path, Map<String, Object> body) {
            String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post(path).then().statusCode(201).extract().path("id");
            return UUID.fromString(id);
        }
    }
}
