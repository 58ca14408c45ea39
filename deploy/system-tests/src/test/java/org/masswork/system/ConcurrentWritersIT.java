package org.masswork.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.County;
import org.masswork.infra.TestTokens;

/**
 * Writers racing on the same records through the gateway: exactly one wins where one may, the losers are
 * refused (409 for a lost race), and the database holds no lost update and no duplicate.
 */
class ConcurrentWritersIT {

    private static final int RACERS = 6;

    private static SystemUnderTest system;
    private static String gateway;
    private static Sql sql;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        gateway = system.url("gateway");
        sql = new Sql(system);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldLetOneOfSeveralConcurrentTransitionsOfACaseWinAndRefuseTheOthersWith409() {
        CaseFiling station = CaseFiling.atNewStation(gateway);
        int cases = 5;
        int won = 0;
        int refused = 0;
        for (int i = 0; i < cases; i++) {
            String token = station.writerToken();
            String caseId = station.file(token).id();
            int version = given().baseUri(gateway).auth().oauth2(token).when().get("/api/v1/cases/{id}", caseId)
                    .then().statusCode(200).extract().path("version");
            String body = CaseFiling.body(Map.of("action", "ACCEPT", "version", version));
            List<Http.Response> outcomes = race(() -> Http.postJson(gateway + "/api/v1/cases/" + caseId + "/transitions",
                    station.writerToken(), body));

            Map<Integer, Long> statuses = statuses(outcomes);
            assertThat(statuses).as("case %s: %s", caseId, outcomes).containsEntry(200, 1L).containsEntry(409, (long) RACERS - 1);
            assertThat(outcomes).filteredOn(o -> o.status() == 409).allSatisfy(o -> assertThat(o.isProblem()).isTrue());
            String winner = outcomes.stream().filter(o -> o.status() == 200).findFirst().orElseThrow().body();
            int finalVersion = given().baseUri(gateway).auth().oauth2(token).when().get("/api/v1/cases/{id}", caseId)
                    .then().statusCode(200).body("status", equalTo("ACCEPTED")).extract().path("version");
            assertThat(finalVersion).as("the winner's update is the last: no loser's overwrote it")
                    .isEqualTo(JsonPath.from(winner).getInt("version"));
            assertThat(sql.count("cases", "select count(*) from outbox_event where event_type = 'CaseAccepted' and event_key = ?",
                    caseId)).isEqualTo(1);
            won += statuses.getOrDefault(200, 0L);
            refused += statuses.getOrDefault(409, 0L);
        }
        System.out.printf("[concurrent writers] case transitions: %d cases x %d racers: sent=%d won=%d refused 409=%d "
                + "lost updates=0 duplicates=0%n", cases, RACERS, cases * RACERS, won, refused);
    }

    @Test
    void shouldAssignACadreOnceWhenSeveralStationsTakeHimAtOnce() {
        StationNetwork network = new StationNetwork(gateway);
        UUID townshipId = network.township();
        List<UUID> stations = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            stations.add(network.station(network.village(townshipId)));
        }
        UUID cadreId = network.cadre(network.department());

        List<Supplier<Http.Response>> assignments = stations.stream()
                .<Supplier<Http.Response>>map(stationId -> () -> assign(cadreId, stationId)).toList();
        List<Http.Response> outcomes = race(assignments);

        Map<Integer, Long> statuses = statuses(outcomes);
        long active = sql.count("cadre", "select count(*) from assignment where cadre_id = ? and ended_on is null", cadreId);
        System.out.printf("[concurrent writers] one cadre assigned to %d stations at once: %s, active assignments=%d%n",
                RACERS, statuses, active);
        assertThat(statuses).as("%s", outcomes).containsEntry(201, 1L).containsEntry(409, (long) RACERS - 1);
        assertThat(active).as("duplicates").isEqualTo(1);
        assertThat(sql.count("cadre", "select count(*) from outbox_event where event_type = 'CadreAssigned' and envelope like ?",
                "%" + cadreId + "%")).isEqualTo(1);
    }

    @Test
    void shouldNeverFillATeamBeyondThreeWhenCadresJoinAtOnce() {
        StationNetwork network = new StationNetwork(gateway);
        UUID stationId = network.station(network.village(network.township()));
        UUID departmentId = network.department();
        List<UUID> cadres = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            cadres.add(network.cadre(departmentId));
        }

        List<Http.Response> outcomes = race(cadres.stream()
                .<Supplier<Http.Response>>map(cadreId -> () -> assign(cadreId, stationId)).toList());

        Map<Integer, Long> statuses = statuses(outcomes);
        long active = sql.count("cadre", "select count(*) from assignment where station_id = ? and ended_on is null", stationId);
        System.out.printf("[concurrent writers] %d cadres joining one station at once: %s, active team=%d%n", RACERS, statuses, active);
        assertThat(statuses.get(201)).isEqualTo(3);
        assertThat(outcomes).filteredOn(o -> o.status() != 201)
                .allSatisfy(o -> assertThat(o.body()).as("the losers are told the team is full").contains("team-full"));
        assertThat(active).isEqualTo(3);
    }

    /** Starts every write at the same instant, each in its own thread, and returns their responses in order. */
    private static List<Http.Response> race(Supplier<Http.Response> write) {
        List<Supplier<Http.Response>> writes = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            writes.add(write);
        }
        return race(writes);
    }

    private static List<Http.Response> race(List<Supplier<Http.Response>> writes) {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Http.Response>> racing = writes.stream().map(write -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return write.get();
        }, runnable -> new Thread(runnable, "racer").start())).toList();
        go.countDown();
        return racing.stream().map(CompletableFuture::join).toList();
    }

    private static Map<Integer, Long> statuses(List<Http.Response> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(Http.Response::status, Collectors.counting()));
    }

    private static Http.Response assign(UUID cadreId, UUID stationId) {
        return Http.postJson(gateway + "/api/v1/assignments", TestTokens.countyAdmin(), CaseFiling.body(Map.of(
                "cadreId", cadreId, "stationId", stationId, "role", "MEMBER", "startsOn", County.today().toString())));
    }
}
