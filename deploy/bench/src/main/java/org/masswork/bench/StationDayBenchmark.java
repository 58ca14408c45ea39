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
 * The whole system on a station day, through the gateway, at county size, in one run (issues 9 and 16): the
 * statements and round trips of each write (pg_stat_statements), the burst with the CPU it cost per component, event
 * lag idle and under the burst, the footprint idle and after, the writes against raw inserts and the gateway against
 * the direct path, open-loop latency at the province's peak and three times it, the burst again once all that has
 * warmed the stack, a third with every service profiled, each consumer's throughput on a backlog, and each service's
 * start alone. Writes {@code docs/benchmarks/<date>-station-day.md} and its chart; profiles go to
 * {@code .local/profiles/}.
 * Run by deploy/bench/station-day.sh, which starts, seeds and stops the local stack. It restarts every service
 * once and ends the restarted processes when it ends.
 * Usage: deploy/bench/run.sh StationDayBenchmark [concurrency] [startup log of deploy/run-local.sh]
 */
public final class StationDayBenchmark {

    private static final Duration RATIO_PHASE = Duration.ofSeconds(10);
    /** How a run of the ratio phase names its path: "POST visit via gateway (round 1)", "POST visit directly (round 2)". */
    static final String VIA_GATEWAY = "via gateway";
    static final String DIRECTLY = "directly";
    private static final Duration CATCH_UP = Duration.ofMinutes(3);
    /** Requests of each kind counted in pg_stat_statements, after a few not counted. */
    static final int ROUND_TRIP_REQUESTS = 200;
    private static final int ROUND_TRIP_WARM_UP = 20;
    private static final int ROUND_TRIP_CONCURRENCY = 4;
    /** The province's station-day peak (docs/scaling.md) and three times it, writes per second. */
    static final double[] OPEN_LOOP_RATES = {289, 867};
    private static final Duration OPEN_LOOP_PHASE = Duration.ofSeconds(8);
    private static final int OPEN_LOOP_IN_FLIGHT = 512;
    private static final Duration OPEN_LOOP_TIMEOUT = Duration.ofSeconds(30);
    /** One burst's mix per cadre script: 3 check-ins, 6 visits, a case filed and moved twice, in an interleaved order. */
    private static final String[] MIX = {StationDayWorkload.CHECK_IN, StationDayWorkload.VISIT, StationDayWorkload.FILE_CASE,
            StationDayWorkload.VISIT, StationDayWorkload.CHECK_IN, StationDayWorkload.VISIT, StationDayWorkload.TRANSITION,
            StationDayWorkload.VISIT, StationDayWorkload.CHECK_IN, StationDayWorkload.VISIT, StationDayWorkload.TRANSITION,
            StationDayWorkload.VISIT};
    static final int BACKLOG_EVENTS = 2000;
    private static final List<String[]> CONSUMERS = List.of(new String[] {"cadre-service", "cadre"},
            new String[] {"evaluation-service", "evaluation"}, new String[] {"risk-assessment-service", "risk"});

    private StationDayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        Path root = BenchTokens.root();
        StationDayReport report = new StationDayReport(root, concurrency);
        if (args.length > 1) {
            report.startup(Files.readAllLines(Path.of(args[1])));
        }
        RoundTrips.enable();
        try (Connection cadreDb = BenchDatabase.connect("cadre"); Connection caseDb = BenchDatabase.connect("cases");
             Connection evaluationDb = BenchDatabase.connect("evaluation"); StackProcesses stack = new StackProcesses(root)) {
            List<Connection> databases = List.of(cadreDb, caseDb, evaluationDb);
            Quiet.await(databases);
            report.footprint("idle, after start", Footprint.measure(root));
            StationDayWorkload workload = StationDayWorkload.load(cadreDb);

            Instant idleFrom = Instant.now();
            fileOneAtATime(workload, 100);
            Instant idleTo = Instant.now();
            report.lag("idle (100 cases filed 50 ms apart)", awaitLags(caseDb, List.of(cadreDb, evaluationDb), idleFrom, idleTo));

            phase(report, "round trips per operation (pg_stat_statements)", () -> {
                report.roundTrips(roundTrips(workload, caseDb));
                Quiet.await(databases);
            });

            step(report, "the burst");
            measuredBurst(report, root, workload, concurrency, caseDb, cadreDb, evaluationDb, "the burst",
                    "The first burst since the stack started (on the seeded data, after the round trips above): ");
            report.footprint("after the burst", Footprint.measure(root));

            phase(report, "writes against raw inserts, gateway against direct", () -> {
                workload.prepareVisits(8000);
                Map<String, CpuTime.Snapshot> cpuByRun = new LinkedHashMap<>();
                Map<String, List<LoadRunner.Result>> gatewayAndDirect = gatewayAgainstDirect(workload, concurrency, root, cpuByRun);
                List<LoadRunner.Result> raw = new ArrayList<>();
                for (String[] table : new String[][] {{"cases", "case_file"}, {"cadre", "check_in"}, {"cadre", "visit"}}) {
                    CpuTime.Window window = new CpuTime.Window(root);
                    LoadRunner.Result result = RawInserts.run(table[0], table[1], concurrency, RATIO_PHASE, window);
                    cpuByRun.put(result.name(), window.spent());
                    raw.add(result);
                }
                report.ratios(gatewayAndDirect, raw);
                report.writeCosts(gatewayAndDirect, raw, cpuByRun);
                Quiet.await(databases);
            });
            phase(report, "open loop", () -> {
                List<OpenLoopRunner.Outcome> openLoop = new ArrayList<>();
                for (double rate : OPEN_LOOP_RATES) {
                    openLoop.add(openLoop(workload, caseDb, rate));
                    Quiet.await(databases);
                }
                report.openLoop(openLoop, OPEN_LOOP_IN_FLIGHT, OPEN_LOOP_TIMEOUT);
            });
            phase(report, "the burst again, warm", () -> {
                Quiet.await(databases);
                measuredBurst(report, root, StationDayWorkload.load(cadreDb), concurrency, caseDb, cadreDb, evaluationDb,
                        "the burst again, warm", "The same burst on the next free day, measured as the first, after the phases "
                                + "above (the services' compiled code, their heaps and PostgreSQL's buffers warm, as on a station day "
                                + "in a stack that has run for a while): ");
            });
            StationDayWorkload[] lastBurst = {workload};
            phase(report, "the burst again, profiled", () -> {
                // A burst of its own, so that the burst above and the memory after it are measured without the profiler.
                lastBurst[0] = StationDayWorkload.load(cadreDb);
                Profiler profiler = Profiler.start(root, StationDayReport.date() + "-burst", CpuTime.SERVICES);
                BurstRunner.Burst profiled = BurstRunner.run(lastBurst[0].scripts(), concurrency);
                report.profiles(profiler.stop(), profiled, lastBurst[0].day());
                Quiet.await(databases);
            });
            phase(report, "consumers on a backlog", () -> report.consumers(
                    ConsumerThroughput.measure(stack, caseDb, CONSUMERS, () -> fileBacklog(workload, concurrency)), BACKLOG_EVENTS));
            phase(report, "each service started alone", () -> {
                List<StackProcesses.Start> starts = new ArrayList<>();
                List<Double> busyBefore = new ArrayList<>();
                for (String service : CpuTime.SERVICES) {
                    busyBefore.add(Machine.awaitIdle());
                    starts.add(stack.restart(service));
                    System.out.printf("%s ready in %.1f s%n", service, starts.get(starts.size() - 1).readySeconds());
                }
                report.startAlone(starts, busyBefore);
            });
            report.checkInsLeft(lastBurst[0].checkInsLeft());
        }
        Path written = report.write();
        System.out.println(report.summary());
        System.out.println("report: " + root.relativize(written));
    }

    private static void step(StationDayReport report, String name) {
        String load = Machine.loadAverage();
        System.out.printf("%n== %s (load average %s)%n", name, load);
        report.phaseStarted(name, load);
    }

    /** A phase after the burst: if it fails, the report says so and the run goes on with the next. */
    private static void phase(StationDayReport report, String name, Phase body) {
        step(report, name);
        try {
            body.run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            report.failed(name, e);
        }
    }

    private interface Phase {
        void run() throws Exception;
    }

    /** A burst on the workload's free day: its requests by operation, its events' lag and its CPU by component. */
    private static void measuredBurst(StationDayReport report, Path root, StationDayWorkload workload, int concurrency,
                                      Connection caseDb, Connection cadreDb, Connection evaluationDb, String title, String when)
            throws Exception {
        report.workload(workload, Character.toUpperCase(title.charAt(0)) + title.substring(1), when);
        System.out.printf("%s: %d cadres of %d counties, concurrency %d%n", title, workload.cadreCount(), workload.countyCount(),
                concurrency);
        List<List<BurstRunner.Step>> scripts = workload.scripts();
        CpuTime.Window window = new CpuTime.Window(root);
        window.opened();
        Instant from = Instant.now();
        BurstRunner.Burst burst = BurstRunner.run(scripts, concurrency);
        Instant to = Instant.now();
        window.closed();
        report.burst(burst, title);
        report.lag("under " + title + ": case-service → cadre-service, evaluation-service",
                awaitLags(caseDb, List.of(cadreDb, evaluationDb), from, to));
        report.lag("under " + title + ": cadre-service → evaluation-service", awaitLags(cadreDb, List.of(evaluationDb), from, to));
        report.cpu(window.spent(), burst.samples().size(), title);
    }

    /** Exactly N requests of each kind through the gateway, each kind in a window of its own. */
    static List<RoundTrips.Result> roundTrips(StationDayWorkload workload, Connection caseDb) throws Exception {
        workload.prepareVisits(ROUND_TRIP_REQUESTS + ROUND_TRIP_WARM_UP);
        List<RoundTrips.Result> results = new ArrayList<>();
        String[][] operations = {{StationDayWorkload.FILE_CASE, "cases"}, {StationDayWorkload.TRANSITION, "cases"},
                {StationDayWorkload.CHECK_IN, "cadre"}, {StationDayWorkload.VISIT, "cadre"}};
        for (String[] operation : operations) {
            if (operation[0].equals(StationDayWorkload.TRANSITION)) {
                workload.loadOpenCases(caseDb);
            }
            LoadRunner.RequestFactory requests = (worker, n) -> workload.request(operation[0], StationDayWorkload.Target.GATEWAY, n);
            LoadRunner.runCount(operation[0] + " (warm-up)", ROUND_TRIP_CONCURRENCY, ROUND_TRIP_WARM_UP, requests);
            RoundTrips.Result result = RoundTrips.measure(operation[0], operation[1], ROUND_TRIP_REQUESTS,
                    count -> LoadRunner.runCount(operation[0], ROUND_TRIP_CONCURRENCY, count, requests).errors());
            System.out.printf("%s: %.1f statements + 1 commit per request (%d failed)%n", operation[0],
                    result.statementsPerRequest(), result.failed());
            results.add(result);
        }
        return results;
    }

    /**
     * Filing, check-in and visit, through the gateway and directly, interleaved, at the same concurrency; each run's CPU
     * by component, over its measured part (not its warm-up), goes to {@code cpuByRun} under the run's name.
     */
    private static Map<String, List<LoadRunner.Result>> gatewayAgainstDirect(StationDayWorkload workload, int concurrency,
                                                                             Path root, Map<String, CpuTime.Snapshot> cpuByRun) {
        Map<String, List<LoadRunner.Result>> results = new LinkedHashMap<>();
        for (String operation : List.of(StationDayWorkload.FILE_CASE, StationDayWorkload.CHECK_IN, StationDayWorkload.VISIT)) {
            List<LoadRunner.Result> rounds = new ArrayList<>();
            for (int round = 1; round <= 2; round++) {
                StationDayWorkload.Target[] order = round % 2 == 1
                        ? new StationDayWorkload.Target[] {StationDayWorkload.Target.GATEWAY, StationDayWorkload.Target.DIRECT}
                        : new StationDayWorkload.Target[] {StationDayWorkload.Target.DIRECT, StationDayWorkload.Target.GATEWAY};
                for (StationDayWorkload.Target target : order) {
                    String name = operation + " " + (target == StationDayWorkload.Target.GATEWAY ? VIA_GATEWAY : DIRECTLY)
                            + " (round " + round + ")";
                    CpuTime.Window window = new CpuTime.Window(root);
                    LoadRunner.Result result = LoadRunner.run(name, concurrency, RATIO_PHASE,
                            (worker, n) -> workload.request(operation, target, n), window);
                    cpuByRun.put(name, window.spent());
                    System.out.println(result.line());
                    rounds.add(result);
                }
            }
            results.put(operation, rounds);
        }
        return results;
    }

    static OpenLoopRunner.Outcome openLoop(StationDayWorkload workload, Connection caseDb, double rate) throws Exception {
        long total = Math.round(rate * OPEN_LOOP_PHASE.toSeconds());
        long transitions = total * 2 / MIX.length + 2;
        workload.prepareVisits((int) (total / 2 + MIX.length));
        if (workload.loadOpenCases(caseDb) < transitions) {
            LoadRunner.runCount("POST case (cases to accept, not measured)", 16,
                    transitions - workload.loadOpenCases(caseDb) + 50,
                    (worker, n) -> workload.request(StationDayWorkload.FILE_CASE, StationDayWorkload.Target.DIRECT, n + 5_000_000));
            workload.loadOpenCases(caseDb);
        }
        System.out.printf("open loop at %.0f/s for %d s%n", rate, OPEN_LOOP_PHASE.toSeconds());
        OpenLoopRunner.Outcome outcome = OpenLoopRunner.run(new OpenLoopRunner.Plan(String.format("%.0f writes/s", rate), rate,
                OPEN_LOOP_PHASE, OPEN_LOOP_IN_FLIGHT, OPEN_LOOP_TIMEOUT, i -> MIX[(int) (i % MIX.length)],
                i -> workload.request(MIX[(int) (i % MIX.length)], StationDayWorkload.Target.GATEWAY, i + 10_000_000L * (long) rate)));
        System.out.println(outcome.result(null).line());
        return outcome;
    }

    /** The consumers' backlog: cases filed directly at case-service, each a CaseOpened event. */
    static Instant[] fileBacklog(StationDayWorkload workload, int concurrency) {
        Instant from = Instant.now();
        return fileBacklog(workload, concurrency, BACKLOG_EVENTS);
    }

    static Instant[] fileBacklog(StationDayWorkload workload, int concurrency, int events) {
        Instant from = Instant.now();
        LoadRunner.Result filed = LoadRunner.runCount("POST case (backlog)", concurrency, events,
                (worker, n) -> workload.request(StationDayWorkload.FILE_CASE, StationDayWorkload.Target.DIRECT, n + 20_000_000));
        System.out.println(filed.line());
        return new Instant[] {from, Instant.now()};
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
