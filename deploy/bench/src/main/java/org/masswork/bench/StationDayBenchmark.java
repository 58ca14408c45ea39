package org.masswork.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system on a station day, through the gateway, at county size, in one run: the burst,
 * the ratios against the limits (gateway vs direct, the service vs raw inserts), event lag idle and
 * under the burst, and the footprint idle and after. Writes {@code docs/benchmarks/<date>-station-day.md}
 * and its chart. Run by deploy/bench/station-day.sh, which starts, seeds and stops the local stack.
 * Usage: deploy/bench/run.sh StationDayBenchmark [concurrency] [startup log of deploy/run-local.sh]
 */
public final class StationDayBenchmark {

    private static final Duration RATIO_PHASE = Duration.ofSeconds(15);
    private static final Duration CATCH_UP = Duration.ofMinutes(3);

    private StationDayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        Path root = BenchTokens.root();
        StationDayReport report = new StationDayReport(root, concurrency);
        if (args.length > 1) {
            report.startup(Files.readAllLines(Path.of(args[1])));
        }
        try (Connection cadreDb = BenchDatabase.connect("cadre"); Connection caseDb = BenchDatabase.connect("cases");
             Connection evaluationDb = BenchDatabase.connect("evaluation")) {
            Quiet.await(List.of(cadreDb, caseDb, evaluationDb));
            report.footprint("idle, after start", Footprint.measure(root));
            StationDayWorkload workload = StationDayWorkload.load(cadreDb);

            Instant idleFrom = Instant.now();
            fileOneAtATime(workload, 100);
            Instant idleTo = Instant.now();
            report.lag("idle (100 cases filed 50 ms apart)", awaitLags(caseDb, List.of(cadreDb, evaluationDb), idleFrom, idleTo));

            report.workload(workload);
            System.out.printf("burst: %d cadres, concurrency %d%n", workload.cadreCount(), concurrency);
            Instant burstFrom = Instant.now();
            BurstRunner.Burst burst = BurstRunner.run(workload.scripts(), concurrency);
            Instant burstTo = Instant.now();
            report.burst(burst);
            report.lag("under the burst: case-service → cadre-service, evaluation-service",
                    awaitLags(caseDb, List.of(cadreDb, evaluationDb), burstFrom, burstTo));
            report.lag("under the burst: cadre-service → evaluation-service",
                    awaitLags(cadreDb, List.of(evaluationDb), burstFrom, burstTo));
            report.footprint("after the burst", Footprint.measure(root));

            report.ratios(gatewayAgainstDirect(workload, concurrency), RawInserts.run("cases", concurrency, RATIO_PHASE));
        }
        Path written = report.write();
        System.out.println(report.summary());
        System.out.println("report: " + root.relativize(written));
    }

    /** Filing a case through the gateway and directly, interleaved, the same cadre's token, the same concurrency. */
    private static List<LoadRunner.Result> gatewayAgainstDirect(StationDayWorkload workload, int concurrency) {
        List<LoadRunner.Result> results = new ArrayList<>();
        Map<String, List<BenchApi>> sides = new LinkedHashMap<>();
        sides.put("gateway", workload.clients("MASSWORK_GATEWAY_PORT", 8080));
        sides.put("case-service directly", workload.clients("MASSWORK_CASE_PORT", 8082));
        for (int round = 1; round <= 2; round++) {
            for (Map.Entry<String, List<BenchApi>> side : sides.entrySet()) {
                List<BenchApi> clients = side.getValue();
                results.add(LoadRunner.run("POST case via " + side.getKey() + " (round " + round + ")", concurrency, RATIO_PHASE,
                        (worker, n) -> clients.get((int) (n % clients.size()))
                                .post("/api/v1/cases", workload.openCase(workload.cadre((int) n), n))));
            }
        }
        return results;
    }

    private static void fileOneAtATime(StationDayWorkload workload, int count) throws InterruptedException {
        for (int n = 0; n < count; n++) {
            StationDayWorkload.Cadre cadre = workload.cadre(n * 13);
            BenchApi gateway = new BenchApi("MASSWORK_GATEWAY_PORT", 8080, cadre.token());
            gateway.send(gateway.post("/api/v1/cases", workload.openCase(cadre, n)), 201);
            Thread.sleep(50);
        }
    }

    /** Waits until each consumer has stopped applying events for a few seconds, then reads the lags of the window's events. */
    private static List<EventLag> awaitLags(Connection producer, List<Connection> consumers, Instant from, Instant to)
            throws Exception {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        List<EventLag> lags = new ArrayList<>();
        for (Connection consumer : consumers) {
            EventLag lag = EventLag.measure(producer, consumer, from, to);
            for (int still = 0; still < 3 && System.nanoTime() < deadline; ) {
                Thread.sleep(1000);
                EventLag next = EventLag.measure(producer, consumer, from, to);
                still = next.applied() == lag.applied() && next.produced() == lag.produced() ? still + 1 : 0;
                lag = next;
            }
            lags.add(lag);
        }
        return lags;
    }
}
