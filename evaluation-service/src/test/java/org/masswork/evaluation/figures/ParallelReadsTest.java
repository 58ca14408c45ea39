package org.masswork.evaluation.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.infra.MassWorkTestResource;

/**
 * The reads of a report across whole counties run side by side, each in a transaction of its own, and in the caller's
 * thread and transaction when no thread of the pool is free; the results come in the reads' order and a failure reaches the caller.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class ParallelReadsTest {

    /** A pool of its own for each test, all its threads free: the threads of a read just done may not be ready yet. */
    private ParallelReads parallelReads;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void newPool() {
        parallelReads = new ParallelReads();
    }

    @AfterEach
    void stopPool() {
        parallelReads.stop();
    }

    @Test
    void shouldRunAllButTheFirstReadOnFreeThreadsInTransactionsOfTheirOwn() {
        CountDownLatch allStarted = new CountDownLatch(ParallelReads.THREADS + 1);
        List<Where> where = QuarkusTransaction.requiringNew().call(() -> {
            Where caller = where(-1);
            List<Where> read = parallelReads.all(IntStream.rangeClosed(0, ParallelReads.THREADS)
                    .<Supplier<Where>>mapToObj(i -> () -> {
                        allStarted.countDown();
                        await(allStarted);
                        return where(i);
                    }).toList());
            List<Where> all = new ArrayList<>(List.of(caller));
            all.addAll(read);
            return all;
        });

        Where caller = where.get(0);
        List<Where> reads = where.subList(1, where.size());
        assertThat(reads).extracting(Where::index).containsExactly(IntStream.rangeClosed(0, ParallelReads.THREADS).boxed().toArray(Integer[]::new));
        assertThat(reads.get(0).thread()).isEqualTo(caller.thread());
        assertThat(reads.get(0).transaction()).isEqualTo(caller.transaction());
        List<Where> onThePool = reads.subList(1, reads.size());
        assertThat(onThePool).extracting(Where::thread).allMatch(name -> name.equals("figures-read"));
        // The caller's connection stays in its transaction; a pool thread may take another's once that one committed.
        assertThat(onThePool).extracting(Where::backend).doesNotContain(caller.backend());
        assertThat(onThePool).extracting(Where::transaction).doesNotContain(caller.transaction()).doesNotHaveDuplicates();
    }

    @Test
    void shouldReadInTheCallersThreadWhileNoThreadIsFree() throws Exception {
        CountDownLatch poolBusy = new CountDownLatch(ParallelReads.THREADS);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<Where>> blocking = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() ->
                parallelReads.all(IntStream.rangeClosed(0, ParallelReads.THREADS).<Supplier<Where>>mapToObj(i -> () -> {
                    if (i > 0) {
                        poolBusy.countDown();
                        await(release);
                    }
                    return where(i);
                }).toList())));
        try {
            await(poolBusy);
            List<Where> inTurn = QuarkusTransaction.requiringNew().call(() -> {
                Where caller = where(-1);
                List<Where> read = parallelReads.all(List.of(() -> where(0), () -> where(1)));
                return List.of(caller, read.get(0), read.get(1));
            });

            assertThat(inTurn).extracting(Where::thread).containsOnly(Thread.currentThread().getName());
            assertThat(inTurn).extracting(Where::transaction).containsOnly(inTurn.get(0).transaction());
            assertThat(inTurn.subList(1, 3)).extracting(Where::index).containsExactly(0, 1);
        } finally {
            release.countDown();
        }
        assertThat(blocking.get(30, TimeUnit.SECONDS)).extracting(Where::thread).filteredOn("figures-read"::equals)
                .hasSize(ParallelReads.THREADS);
    }

    @Test
    void shouldGiveTheCallerTheFailureOfAReadOnThePool() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> parallelReads.<Where>all(List.of(
                () -> where(0),
                () -> {
                    throw new IllegalArgumentException("no such figure");
                }))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no such figure");
    }

    /** Where a read ran: its thread, the PostgreSQL backend of its connection and its transaction there. */
    private record Where(int index, String thread, int backend, long transaction) {
    }

    private Where where(int index) {
        Object[] row = (Object[]) entityManager.createNativeQuery("select pg_backend_pid(), txid_current()").getSingleResult();
        return new Where(index, Thread.currentThread().getName(), ((Number) row[0]).intValue(), ((Number) row[1]).longValue());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other reads started").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
