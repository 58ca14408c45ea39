package org.masswork.evaluation.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masswork.evaluation.round.RoundFixtures.ballot;
import static org.masswork.evaluation.round.RoundFixtures.cast;
import static org.masswork.evaluation.round.RoundFixtures.close;
import static org.masswork.evaluation.round.RoundFixtures.code;
import static org.masswork.evaluation.round.RoundFixtures.codesByCadre;
import static org.masswork.evaluation.round.RoundFixtures.count;
import static org.masswork.evaluation.round.RoundFixtures.open;
import static org.masswork.evaluation.round.RoundFixtures.station;
import static org.masswork.evaluation.round.RoundFixtures.written;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.round.RoundFixtures.Station;
import org.masswork.evaluation.round.RoundFixtures.Written;
import org.masswork.infra.MassWorkTestResource;

/** Ballots racing each other and the close: what holds whatever the interleaving. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class BallotConcurrencyTest {

    private static final int THREADS = 8;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldCountACodeCastManyTimesAtOnceExactlyOnce() throws Exception {
        Station s = station(entityManager, 12, 1);
        JsonPath opened = open(s.place().townshipId()).statusCode(201).extract().jsonPath();
        UUID roundId = UUID.fromString(opened.getString("round.id"));
        String code = code(codesByCadre(opened), s.cadres().get(0), 0);
        UUID cadreId = s.cadres().get(0);

        long outbox = written(entityManager, roundId).outboxRows();

        List<ExtractableResponse<Response>> answers = atOnce(THREADS * 2, i -> cast(roundId, ballot(cadreId, code, "SATISFIED", 1 + i % 5)).extract());

        assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.statusCode() != 201).hasSize(THREADS * 2 - 1)
                .allSatisfy(a -> assertThat(a.<String>path("type")).isEqualTo("urn:masswork:problem:unknown-ballot-code"));
        assertThat(written(entityManager, roundId)).isEqualTo(new Written(1, 9, outbox));
    }

    @Test
    void shouldGradeEveryBallotAcceptedBeforeTheCloseAndRefuseEveryOneAfterIt() throws Exception {
        Station s = station(entityManager, 12, 5);
        JsonPath opened = open(s.place().townshipId()).statusCode(201).extract().jsonPath();
        UUID roundId = UUID.fromString(opened.getString("round.id"));
        Map<UUID, List<Map<String, String>>> codes = codesByCadre(opened);
        List<Map<String, Object>> ballots = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            for (UUID cadreId : s.cadres()) {
                ballots.add(ballot(cadreId, code(codes, cadreId, i), i % 3 == 0 ? "BASICALLY_SATISFIED" : "SATISFIED", 4));
            }
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch someAccepted = new CountDownLatch(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<ExtractableResponse<Response>>>> voters = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                voters.add(pool.submit(() -> {
                    List<ExtractableResponse<Response>> mine = new ArrayList<>();
                    for (int i = next.getAndIncrement(); i < ballots.size(); i = next.getAndIncrement()) {
                        ExtractableResponse<Response> answer = cast(roundId, ballots.get(i)).extract();
                        mine.add(answer);
                        if (answer.statusCode() == 201) {
                            someAccepted.countDown();
                        }
                    }
                    return mine;
                }));
            }
            assertThat(someAccepted.await(60, TimeUnit.SECONDS)).isTrue();
            close(roundId, 0).statusCode(200);
            List<ExtractableResponse<Response>> answers = new ArrayList<>();
            for (Future<List<ExtractableResponse<Response>>> voter : voters) {
                answers.addAll(voter.get(60, TimeUnit.SECONDS));
            }

            assertThat(answers).hasSize(ballots.size());
            long accepted = answers.stream().filter(a -> a.statusCode() == 201).count();
            assertThat(answers).filteredOn(a -> a.statusCode() != 201)
                    .allSatisfy(a -> assertThat(a.<String>path("type")).isEqualTo("urn:masswork:problem:round-closed"));
            assertThat(count(entityManager, "select count(*) from counted_ballot where round_id = :t", roundId)).isEqualTo(accepted);
            assertThat(count(entityManager, "select coalesce(sum(ballots_valid), 0) from verdict where round_id = :t", roundId))
                    .isEqualTo(accepted);
            assertThat(written(entityManager, roundId).codesLeft()).isZero();
            assertThat(count(entityManager, "select ballots_issued from evaluation_round where id = :t", roundId)).isEqualTo(ballots.size());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@code n} calls as nearly at once as threads allow: all wait for one signal, then go. */
    private static <T> List<T> atOnce(int n, Attempt<T> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> call = () -> {
                    go.await();
                    return attempt.run(index);
                };
                futures.add(pool.submit(call));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Attempt<T> {
        T run(int index);
    }
}
