package org.masswork.cases.casefile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.idempotency.IdempotencyPurge;
import org.masswork.platform.idempotency.IdempotencyRecord;
import org.masswork.platform.privacy.PersonalDataAccess;

/** An Idempotency-Key is its caller's own, a replay is a read with today's access, and keys expire. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class IdempotentFilingTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdempotencyPurge purge;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldReplayTheFirstResultToItsCallerAndNeverToAnother() {
        CaseTestData.Station station = CaseTestData.station();
        String first = station.cadre();
        String second = station.cadre();
        Map<String, Object> body = CaseTestData.problem(station);
        String key = "key-" + UUID.randomUUID();

        String created = file(first, key, body).statusCode(201).extract().path("id");
        String replayed = file(first, key, body).statusCode(201).extract().path("id");
        String others = file(second, key, body).statusCode(201).extract().path("id");

        assertThat(replayed).isEqualTo(created);
        assertThat(others).as("another caller's request with the same key is its own").isNotEqualTo(created);
        assertThat(casesAt(station)).isEqualTo(2);
    }

    @Test
    void shouldNotGiveTheFirstAnswerToTheSameCallerActingForAnotherStation() {
        CaseTestData.Station station = CaseTestData.station();
        UUID cadre = station.serving();
        Map<String, Object> body = CaseTestData.problem(station);
        String key = "key-" + UUID.randomUUID();
        UUID created = UUID.fromString(file(station.tokenOf(cadre), key, body).statusCode(201).extract().path("id"));
        long readsBefore = reads(created);

        // The same person, now acting for another station: the first answer, with the villager's name and phone,
        // is not theirs to see any more. The filing takes its key unread, so it is refused as a filing at a station
        // they no longer serve, before any replay.
        CaseTestData.Station elsewhere = CaseTestData.station();
        ExtractableResponse<Response> replay = file(TestTokens.cadre(cadre, elsewhere.stationId(), elsewhere.townshipId()),
                key, body).extract();

        assertThat(replay.statusCode()).isEqualTo(403);
        assertThat(replay.asString()).doesNotContain("13812345678", "张三丰");
        assertThat(reads(created)).as("no personal data was shown, so none was audited").isEqualTo(readsBefore);
        assertThat(casesAt(station)).isEqualTo(1);
    }

    @Test
    void shouldKeepOnlyTheCreatedIdNeverTheAnswer() throws SQLException {
        CaseTestData.Station station = CaseTestData.station();
        String key = "key-" + UUID.randomUUID();
        String created = file(station.cadre(), key, CaseTestData.problem(station)).statusCode(201).extract().path("id");

        IdempotencyRecord record = QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.find("key", key).firstResult());
        assertThat(record.resourceId).hasToString(created);
        assertThat(columnsOfTheIdempotencyTable())
                .containsExactlyInAnyOrder("operation", "caller", "idempotency_key", "request_hash", "resource_id", "created_at");
    }

    @Test
    void shouldForgetAKeyAfterADay() throws SQLException {
        CaseTestData.Station station = CaseTestData.station();
        String token = station.cadre();
        Map<String, Object> body = CaseTestData.problem(station);
        String key = "key-" + UUID.randomUUID();
        String first = file(token, key, body).statusCode(201).extract().path("id");

        sql("update idempotency_record set created_at = now() - interval '25 hours' where idempotency_key = '" + key + "'");
        String again = file(token, key, body).statusCode(201).extract().path("id");

        assertThat(again).as("an expired key creates anew").isNotEqualTo(first);
        sql("update idempotency_record set created_at = now() - interval '25 hours' where idempotency_key = '" + key + "'");
        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.count("key", key))).isZero();
    }

    @Test
    void shouldCreateOnceWhenOneKeyArrivesManyTimesAtOnce() throws Exception {
        CaseTestData.Station station = CaseTestData.station();
        String token = station.cadre();
        Map<String, Object> body = CaseTestData.problem(station);
        String key = "key-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Callable<ExtractableResponse<Response>> send = () -> file(token, key, body).extract();
                answers.add(pool.submit(send));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            List<String> ids = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> response = answer.get();
                statuses.merge(response.statusCode(), 1, Integer::sum);
                ids.add(response.path("id"));
            }
            assertThat(statuses).as("a request whose key another committed meanwhile runs again and answers that case")
                    .containsOnlyKeys(201);
            assertThat(ids).as("every answer is the one case").containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(casesAt(station)).isEqualTo(1);
    }

    private static ValidatableResponse file(String token, String key, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cases").then();
    }

    private long casesAt(CaseTestData.Station station) {
        try (Connection connection = dataSource.getConnection();
             var count = connection.prepareStatement("select count(*) from case_file where station_id = ?")) {
            count.setObject(1, station.stationId());
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long reads(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> PersonalDataAccess.count("resourceId", caseId));
    }

    private List<String> columnsOfTheIdempotencyTable() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             var rows = sql.executeQuery("select column_name from information_schema.columns where table_name = 'idempotency_record'")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
