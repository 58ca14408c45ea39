package org.masswork.evaluation.round;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.evaluation.round.RoundFixtures.ballot;
import static org.masswork.evaluation.round.RoundFixtures.cast;
import static org.masswork.evaluation.round.RoundFixtures.close;
import static org.masswork.evaluation.round.RoundFixtures.code;
import static org.masswork.evaluation.round.RoundFixtures.codesByCadre;
import static org.masswork.evaluation.round.RoundFixtures.open;
import static org.masswork.evaluation.round.RoundFixtures.station;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.EvaluationEvents;
import org.masswork.evaluation.LogCapture;
import org.masswork.evaluation.round.RoundFixtures.Station;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

/**
 * The people's evaluation is anonymous (issue 15): looked at as a database superuser would, with psql, nothing
 * stored after a round closes leads from a ballot to a household, a code, a token or a time finer than the round;
 * and nobody reads a cadre's results while ballots can still come in.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class BallotAnonymityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** HEAP_XMAX_IS_MULTI: the tuple's xmax is a multixact, whose members are transaction ids. */
    private static final int XMAX_IS_MULTI = 0x1000;
    private static final Set<String> TIME_TYPES = Set.of("date", "time without time zone", "time with time zone",
            "timestamp without time zone", "timestamp with time zone", "interval");

    @Inject
    EntityManager entityManager;

    @Inject
    BallotCodeHash hash;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /**
     * Several ballots (and a spoiled one, a replay, a code never issued) in a round, which then closes. Every join a
     * superuser could try: each ballot's transaction id against every row, live or dead, of every table of the
     * database (catalogs and TOAST included, read page by page with pageinspect); the counted ballots' own
     * transaction id against every live row; columns that hold a time or a sequence; the ballots' physical order;
     * commit timestamps; the outbox, the topic and the log.
     */
    @Test
    void shouldLeaveNoPathFromABallotToAHouseholdACodeOrATimeOnceTheRoundIsClosed() throws Exception {
        Station s = station(entityManager, 12, 2);
        UUID first = s.cadres().get(0);
        UUID second = s.cadres().get(1);
        List<String> castOrder = new ArrayList<>();
        List<String> usedCodes = new ArrayList<>();
        UUID roundId;
        Set<String> castXids;
        List<String> logged;
        try (LogCapture log = LogCapture.start(); Connection db = database()) {
            JsonPath opened = open(s.place().townshipId()).statusCode(201).extract().jsonPath();
            roundId = UUID.fromString(opened.getString("round.id"));
            Map<UUID, List<Map<String, String>>> codes = codesByCadre(opened);
            for (int i = 0; i < 11; i++) {
                UUID cadreId = i % 2 == 0 ? first : second;
                String code = code(codes, cadreId, i / 2);
                Map<String, Object> ballot = ballot(cadreId, code, i % 3 == 0 ? "BASICALLY_SATISFIED" : "SATISFIED", 3 + i % 3);
                ballot.put("comment", "第" + i + "票");
                cast(roundId, ballot).statusCode(201);
                castOrder.add("第" + i + "票");
                usedCodes.add(code);
            }
            String spoiled = code(codes, second, 9);
            given().auth().oauth2(TestTokens.townshipOfficer(s.place().townshipId())).contentType(ContentType.JSON)
                    .body(Map.of("cadreId", second.toString(), "code", spoiled))
                    .when().post("/api/v1/rounds/{id}/ballots/spoiled", roundId).then().statusCode(201);
            usedCodes.add(spoiled);

            long idempotencyRecords = count(db, "select count(*) from idempotency_record");
            long outboxRows = count(db, "select count(*) from outbox_event");
            JsonNode replayed = JSON.readTree(given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(ballot(first, usedCodes.get(0), "SATISFIED", 5)).when().post("/api/v1/rounds/{id}/ballots", roundId)
                    .then().statusCode(422).extract().asString());
            JsonNode neverIssued = JSON.readTree(given().contentType(ContentType.JSON)
                    .body(ballot(first, "ABCDEFGHJKLM", "SATISFIED", 5)).when().post("/api/v1/rounds/{id}/ballots", roundId)
                    .then().statusCode(422).extract().asString());
            assertThat(replayed.path("type")).isEqualTo(neverIssued.path("type"));
            assertThat(replayed.path("detail")).as("a replay is refused as a code never issued is").isEqualTo(neverIssued.path("detail"));
            assertThat(count(db, "select count(*) from idempotency_record")).isEqualTo(idempotencyRecords);
            assertThat(count(db, "select count(*) from outbox_event")).as("no event per ballot").isEqualTo(outboxRows);

            castXids = strings(db, "select distinct xmin::text from ballot where round_id = ?", roundId);
            assertThat(castXids).as("each ballot its own transaction while the round is open").hasSize(12);
            // The scans below see what they look for: while the round is open its ballots, and the dead rows of the
            // codes they spent, carry the castings' ids.
            assertThat(liveRowsWith(db, castXids)).isEqualTo(Map.of(BallotBox.ballotPartition(roundId), 12L));
            Map<String, Long> whileOpen = anyTupleWith(db, castXids, false);
            assertThat(whileOpen).containsEntry(BallotBox.ballotPartition(roundId), 12L);
            assertThat(whileOpen.get(BallotBox.codePartition(roundId))).as("dead code rows deleted by the castings").isPositive();

            close(roundId, 0).statusCode(200).body("ballotsReturned", equalTo(12)).body("ballotsInvalid", equalTo(1));
            logged = log.lines();
        }

        try (Connection db = database()) {
            assertThat(strings(db, "show track_commit_timestamp", null)).as("no commit times kept").containsExactly("off");
            assertThat(strings(db, "select to_regclass(?)::text", BallotBox.ballotPartition(roundId))).containsOnlyNulls();
            assertThat(strings(db, "select to_regclass(?)::text", BallotBox.codePartition(roundId))).containsOnlyNulls();
            assertThat(count(db, "select count(*) from ballot_code where round_id = ?", roundId)).isZero();

            Set<String> sealXids = strings(db, "select distinct xmin::text from counted_ballot where round_id = ?", roundId);
            assertThat(sealXids).as("every counted ballot of the round written by one transaction").hasSize(1).doesNotContainAnyElementsOf(castXids);
            String sealXid = sealXids.iterator().next();
            assertThat(count(db, "select count(*) from counted_ballot where round_id = ?", roundId)).isEqualTo(12);
            assertThat(strings(db, "select distinct xmax::text from counted_ballot where round_id = ?", roundId)).containsExactly("0");

            Map<String, Long> liveSharing = liveRowsWith(db, union(castXids, Set.of(sealXid)));
            assertThat(liveSharing).as("live rows of any table whose xmin or xmax is a ballot's transaction")
                    .isEqualTo(Map.of("counted_ballot", 12L));
            for (String table : List.of("outbox_event", "inbox_event", "idempotency_record", "personal_data_access", "parked_event",
                    "evaluation_round", "round_cadre", "verdict")) {
                assertThat(liveSharing).as(table).doesNotContainKey(table);
            }
            assertThat(anyTupleWith(db, castXids, true)).as("tuples, live or dead, of any table written or deleted by a casting").isEmpty();
            assertThat(anyTupleWith(db, Set.of(sealXid), false)).as("tuples of the service's tables written or deleted by the seal")
                    .containsOnlyKeys("counted_ballot");

            List<Map<String, String>> columns = rows(db, """
                    select table_name, column_name, data_type, coalesce(column_default, '') as column_default, is_identity
                      from information_schema.columns where table_schema = 'public' and table_name in ('ballot', 'counted_ballot')""");
            assertThat(columns).hasSize(18).allSatisfy(c -> {
                assertThat(TIME_TYPES).as(c.toString()).doesNotContain(c.get("data_type"));
                assertThat(c.get("column_default")).as(c.toString()).isEmpty();
                assertThat(c.get("is_identity")).as(c.toString()).isEqualTo("NO");
            });
            assertThat(count(db, """
                    select count(*) from pg_depend d join pg_class q on q.oid = d.objid and q.relkind = 'S'
                     where d.refobjid in ('ballot'::regclass, 'counted_ballot'::regclass)""", null)).as("sequences of the ballots").isZero();
            assertThat(strings(db, "select array_to_string(array_agg(comment order by ctid), ',') from counted_ballot where round_id = ? and valid", roundId))
                    .as("the counted ballots lie in another order than they were cast (a 1 in 11! chance to fail)")
                    .doesNotContain(String.join(",", castOrder));
        }

        JsonNode closed = EvaluationEvents.await("EvaluationRoundClosed", e -> e.path("subject").asText().equals(roundId.toString()), 1).get(0);
        assertThat(closed.path("data").path("ballotsReturned").asInt()).isEqualTo(12);
        assertThat(closed.path("data").path("ballotsInvalid").asInt()).isEqualTo(1);
        try (KafkaTestClient kafka = new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            List<JsonNode> published = kafka.readAll(EvaluationEvents.TOPIC).stream().map(r -> read(r.value())).toList();
            assertThat(published).extracting(e -> e.path("type").asText()).doesNotContain("BallotCast");
            assertThat(published).filteredOn(e -> e.path("subject").asText().equals(roundId.toString()))
                    .extracting(e -> e.path("type").asText()).containsExactly("EvaluationRoundOpened", "EvaluationRoundClosed");
            assertThat(published).filteredOn(e -> e.path("data").path("roundId").asText().equals(roundId.toString()))
                    .extracting(e -> e.path("type").asText())
                    .isSubsetOf("EvaluationRoundOpened", "EvaluationConcluded", "EvaluationNotGraded", "EvaluationRoundClosed");
        }

        assertThat(logged).as("the service's log is captured").anyMatch(line -> line.contains("Closed round " + roundId));
        for (String code : usedCodes) {
            assertThat(logged).as("log lines holding a ballot code or its hash")
                    .noneMatch(line -> line.contains(code) || line.contains(hash.of(roundId, true, code)));
        }
    }

    /**
     * While the round is open nobody sees how a cadre is rated: not the cadre (who could read each new ballot off by
     * difference), not the organisation department; the round's organisers see the count only. Once it is closed
     * the cadre, their township's officers and county roles see the figures.
     */
    @Test
    void shouldShowNoOneACadresResultsWhileTheRoundIsOpenAndTheFiguresOnceItIsClosed() {
        Station s = station(entityManager, 12, 1);
        UUID cadreId = s.cadres().get(0);
        UUID townshipId = s.place().townshipId();
        JsonPath opened = open(townshipId).statusCode(201).extract().jsonPath();
        UUID roundId = UUID.fromString(opened.getString("round.id"));
        Map<UUID, List<Map<String, String>>> codes = codesByCadre(opened);
        String cadre = TestTokens.cadre(cadreId, s.place().stationId(), townshipId);
        List<String> refused = List.of(cadre, TestTokens.token("org-dept", Set.of("ORG_DEPT"), Map.of()),
                TestTokens.token("inspector", Set.of("INSPECTOR"), Map.of()), TestTokens.system("hr"),
                TestTokens.token("leader", Set.of("STATION_LEADER"), Map.of("station", s.place().stationId().toString(),
                        "township", townshipId.toString())),
                TestTokens.townshipOfficer(UUID.randomUUID()), TestTokens.villager(UUID.randomUUID()));
        List<String> organisers = List.of(TestTokens.countyAdmin(), TestTokens.townshipOfficer(townshipId));

        for (int i = 0; i < 7; i++) {
            cast(roundId, ballot(cadreId, code(codes, cadreId, i), i == 6 ? "UNSATISFIED" : "SATISFIED", i == 6 ? 1 : 5)).statusCode(201);
            for (String token : refused) {
                results(token, roundId, cadreId).statusCode(403).contentType("application/problem+json")
                        .body("type", equalTo("urn:masswork:problem:results-after-close"));
            }
            for (String token : organisers) {
                results(token, roundId, cadreId).statusCode(200).body("roundStatus", equalTo("OPEN"))
                        .body("validBallots", equalTo(i + 1)).body("shown", equalTo(false)).body("satisfied", nullValue())
                        .body("unsatisfied", nullValue()).body("basicallySatisfied", nullValue()).body("attitude", nullValue())
                        .body("effectiveness", nullValue()).body("integrity", nullValue()).body("diligence", nullValue());
            }
        }

        close(roundId, 0).statusCode(200);
        for (String token : List.of(cadre, TestTokens.token("org-dept", Set.of("ORG_DEPT"), Map.of()), TestTokens.townshipOfficer(townshipId))) {
            results(token, roundId, cadreId).statusCode(200).body("roundStatus", equalTo("CLOSED"))
                    .body("validBallots", equalTo(7)).body("shown", equalTo(true))
                    .body("satisfied", equalTo(6)).body("unsatisfied", equalTo(1)).body("attitude", equalTo(4.43f));
        }
        results(TestTokens.townshipOfficer(UUID.randomUUID()), roundId, cadreId).statusCode(403);
        results(TestTokens.cadre(UUID.randomUUID(), s.place().stationId(), townshipId), roundId, cadreId).statusCode(403);
    }

    private static ValidatableResponse results(String token, UUID roundId, UUID cadreId) {
        return given().auth().oauth2(token).when().get("/api/v1/rounds/{id}/cadres/{cadreId}/results", roundId, cadreId).then();
    }

    /**
     * Per relation of the database (every schema, catalogs and TOAST included), how many live rows have an xmin or a
     * (non-multixact) xmax among the ids.
     */
    private static Map<String, Long> liveRowsWith(Connection db, Set<String> xids) throws SQLException {
        Map<String, Long> found = new LinkedHashMap<>();
        for (Map<String, String> relation : rows(db, """
                select c.oid::regclass::text as name from pg_class c
                 where c.relkind in ('r', 't', 'm') and c.relpersistence <> 't' order by 1""")) {
            String name = relation.get("name");
            try (PreparedStatement query = db.prepareStatement("select count(*) from " + name
                    + " where xmin::text = any(?) or xmax::text = any(?)")) {
                Array ids = db.createArrayOf("text", xids.toArray());
                query.setArray(1, ids);
                query.setArray(2, ids);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        found.put(name, rows.getLong(1));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Per relation, the tuples (live or dead: every line pointer of every page, read with pageinspect) whose xmin or
     * xmax is one of the ids; a multixact xmax counts by its members. {@code catalogs} includes the system catalogs
     * and TOAST tables, whose rows a DROP leaves dead behind it.
     */
    private static Map<String, Long> anyTupleWith(Connection db, Set<String> xids, boolean catalogs) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("create extension if not exists pageinspect");
        }
        Map<String, Long> found = new LinkedHashMap<>();
        Set<String> multis = new HashSet<>();
        try (PreparedStatement query = db.prepareStatement("""
                select c.oid::regclass::text, h.t_xmin::text, h.t_xmax::text, (h.t_infomask & ?) <> 0
                  from pg_class c
                 cross join lateral generate_series(0, pg_relation_size(c.oid) / current_setting('block_size')::int - 1) as b(n)
                 cross join lateral heap_page_items(get_raw_page(c.oid::regclass::text, 'main', b.n::int)) h
                 where c.relkind in ('r', 't', 'm') and c.relpersistence <> 't' and h.t_xmin is not null
                   and (? or c.relnamespace not in ('pg_catalog'::regnamespace, 'pg_toast'::regnamespace))""")) {
            query.setInt(1, XMAX_IS_MULTI);
            query.setBoolean(2, catalogs);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    boolean multi = rows.getBoolean(4);
                    if (xids.contains(rows.getString(2)) || !multi && xids.contains(rows.getString(3))) {
                        found.merge(rows.getString(1), 1L, Long::sum);
                    }
                    if (multi) {
                        multis.add(rows.getString(1) + " " + rows.getString(3));
                    }
                }
            }
        }
        for (String multi : multis) {
            String[] relationAndId = multi.split(" ");
            try (PreparedStatement members = db.prepareStatement("select xid::text from pg_get_multixact_members(?::xid)")) {
                members.setString(1, relationAndId[1]);
                try (ResultSet rows = members.executeQuery()) {
                    while (rows.next()) {
                        if (xids.contains(rows.getString(1))) {
                            found.merge(relationAndId[0], 1L, Long::sum);
                        }
                    }
                }
            } catch (SQLException truncated) {
                // A multixact old enough to be truncated has no members left to read, for anyone.
            }
        }
        return found;
    }

    private static Connection database() throws SQLException {
        Config config = ConfigProvider.getConfig();
        Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), config.getValue("quarkus.datasource.password", String.class));
        connection.setAutoCommit(true);
        return connection;
    }

    private static long count(Connection db, String sql) throws SQLException {
        return count(db, sql, null);
    }

    private static long count(Connection db, String sql, Object parameter) throws SQLException {
        return Long.parseLong(strings(db, sql, parameter).iterator().next());
    }

    private static Set<String> strings(Connection db, String sql, Object parameter) throws SQLException {
        Set<String> values = new java.util.LinkedHashSet<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            if (parameter != null) {
                query.setObject(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private static List<Map<String, String>> rows(Connection db, String sql) throws SQLException {
        List<Map<String, String>> result = new ArrayList<>();
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(rows.getMetaData().getColumnLabel(i), rows.getString(i));
                }
                result.add(row);
            }
        }
        return result;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
