package org.masswork.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masswork.infra.County;

/** The station-day run's figures as a dated Markdown file under docs/benchmarks, with the burst's chart beside it. */
final class StationDayReport {

    private static final Pattern READY = Pattern.compile("\\]\\s+(\\S+) ready \\(([\\d.]+)s\\)");
    private static final Pattern ALL_READY = Pattern.compile("all ready in ([\\d.]+)s");

    /** The writes set against raw inserts of their rows, in the order of those runs, and issue 16's share of the raw rate. */
    private static final String[] RATE_OPERATIONS = {StationDayWorkload.FILE_CASE, StationDayWorkload.CHECK_IN, StationDayWorkload.VISIT};
    private static final double[] RATE_TARGETS = {0.10, 0.15, 0.15};
    /** Issue 16's least rate through the gateway, as a share of the rate directly. */
    private static final double GATEWAY_RATIO = 0.9;

    private final Path root;
    private final int concurrency;
    private final String machine;
    /** The county's date of the run, taken once: it names the report, its chart and the profiles, and the report links them. */
    private static final LocalDate DATE = County.today();
    private final LocalDate date = DATE;
    private final StringBuilder body = new StringBuilder();
    private final List<String> summary = new ArrayList<>();
    private String chart = "";
    /** Issue 16's targets against this run's figures, written at the top. */
    private final List<String> targets = new ArrayList<>();
    private final StringBuilder notes = new StringBuilder();
    private final StringBuilder phases = new StringBuilder();

    StationDayReport(Path root, int concurrency) {
        this.root = root;
        this.concurrency = concurrency;
        this.machine = Machine.describe();
    }

    static LocalDate date() {
        return DATE;
    }

    void startup(List<String> log) {
        body.append("## Start to ready\n\nFrom `deploy/run-local.sh`'s own log, the county already seeded. Each figure is "
                + "that component's own start; the services start in parallel once PostgreSQL and Kafka are up.\n\n"
                + "| component | start to ready (s) |\n|---|---|\n");
        for (String line : log) {
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                body.append("| ").append(ready.group(1)).append(" | ").append(ready.group(2)).append(" |\n");
            }
            Matcher all = ALL_READY.matcher(line);
            if (all.find()) {
                body.append("| **whole stack** | **").append(all.group(1)).append("** |\n");
                summary.add("whole stack ready in " + all.group(1) + " s");
            }
        }
        body.append('\n');
    }

    void footprint(String when, Map<String, Double> megabytes) {
        body.append("## Resident memory, ").append(when).append("\n\nServices and Kafka: RSS; PostgreSQL: PSS summed over "
                + "the server and its backends (shared buffers counted once).\n\n| process | MB |\n|---|---|\n");
        double total = 0;
        for (Map.Entry<String, Double> entry : megabytes.entrySet()) {
            body.append(String.format(Locale.ROOT, "| %s | %.0f |%n", entry.getKey(), entry.getValue()));
            total += entry.getValue();
        }
        body.append(String.format(Locale.ROOT, "| **whole stack** | **%.0f** |%n%n", total));
        summary.add(String.format(Locale.ROOT, "memory %s: %.0f MB", when, total));
        if (when.startsWith("after")) {
            List<String> services = new ArrayList<>();
            boolean met = true;
            for (String service : CpuTime.SERVICES) {
                double mb = megabytes.getOrDefault(service, 0.0);
                services.add(String.format(Locale.ROOT, "%s %.0f", service, mb));
                met &= mb <= 256;
            }
            target("resident memory of each service after the burst ≤ 256 MB", String.join(", ", services) + " MB", met);
        }
    }

    private void target(String target, String measured, boolean met) {
        targets.add("| " + target + " | " + measured + " | " + (met ? "met" : "**not met**") + " |");
    }

    /** Statements and round trips per operation, from pg_stat_statements. */
    void roundTrips(List<RoundTrips.Result> results) {
        body.append("## Round trips per operation (pg_stat_statements)\n\n");
        body.append(String.format(Locale.ROOT, "For each write: the statistics of the service's database are reset, exactly "
                + "%d requests of that kind go through the gateway (%d clients, after %d not counted), and "
                + "`pg_stat_statements` is read; then the same for as long with no request. A statement's figure is its calls "
                + "divided by the requests.%n%n", StationDayBenchmark.ROUND_TRIP_REQUESTS, 4, 20));
        body.append("How round trips are counted: the services' JDBC connections run with autocommit off, so the driver sends "
                + "`BEGIN` in the same write as the transaction's first statement (no round trip of its own); each statement then "
                + "waits for its answer (one round trip each: the services use no JDBC batching, so calls = round trips), and "
                + "`COMMIT` is one more. **Round trips per request = the request's statements per request + 1 (its commit).** "
                + "pg_stat_statements lists the `BEGIN`s but not the driver's `COMMIT`s; the transactions per request column "
                + "checks the \"+ 1\": all `BEGIN`s of the window less one per background statement (the relay runs each of its "
                + "statements in a transaction of its own), per request. Not counted as the request's: the event backbone's statements (the outbox relay, woken by each commit that wrote "
                + "an event, reads and marks the outbox in transactions of its own after the request answered; the consumers' "
                + "inbox), the figures' folds (every 2 s a scheduled job folds the deltas the writes appended, in a transaction "
                + "of its own; idle, it may or may not fall in the idle window), and statements that ran at least half as "
                + "often in the idle window (pollers, scheduled jobs); nor the driver's `SET application_name`, which it sends "
                + "once as it opens a connection (the pool opens one now and then, for no request in particular). "
                + "A job that runs too seldom for the idle window to catch it is waited for instead: a window on the cases "
                + "database starts once case-service's overdue scan (every minute) has run and finished.\n\n");
        body.append("| operation | database | requests | failed | statements per request | transactions per request | "
                + "**round trips per request** (statements + 1) | target |\n|---|---|---|---|---|---|---|---|\n");
        List<String> measured = new ArrayList<>();
        boolean met = true;
        for (RoundTrips.Result result : results) {
            body.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.2f | %.2f | **%.1f** | ≤ 4 |%n", result.operation(),
                    result.database(), result.requests(), result.failed(), result.statementsPerRequest(),
                    result.transactionsPerRequest(), result.roundTripsPerRequest()));
            measured.add(String.format(Locale.ROOT, "%s %.1f", result.operation(), result.roundTripsPerRequest()));
            met &= result.roundTripsPerRequest() <= 4;
            summary.add(String.format(Locale.ROOT, "round trips %s: %.1f (%.2f statements + commit)", result.operation(),
                    result.roundTripsPerRequest(), result.statementsPerRequest()));
        }
        target("round trips per operation ≤ 4, commit included", String.join(", ", measured), met);
        body.append('\n');
        for (RoundTrips.Result result : results) {
            body.append(String.format(Locale.ROOT, "### %s (%s)%n%n| per request | idle window | mean ms | statement | counted |%n"
                    + "|---|---|---|---|---|%n", result.operation(), result.database()));
            int shown = 0;
            for (RoundTrips.Row row : result.rows()) {
                if (shown++ == 30) {
                    body.append("| … | | | (more statements, none counted) | |\n");
                    break;
                }
                body.append(String.format(Locale.ROOT, "| %.2f | %d | %.2f | `%s` | %s |%n", row.calls() / (double) result.requests(),
                        row.idleCalls(), row.meanMillis(), RoundTrips.shorten(row.query(), 140).replace("|", "\\|").replace("`", "'"),
                        row.counted() ? "yes" : "no: " + row.kind()));
            }
            body.append('\n');
        }
    }

    /** CPU time of each component over the burst, per request of the burst. */
    /** @param which the burst, as its heading names it */
    void cpu(CpuTime.Snapshot cpu, long requests, String which) {
        double wall = cpu.wallNanos() / 1e9;
        Map<String, Double> rows = new LinkedHashMap<>();
        double relays = 0;
        double consumers = 0;
        List<String> consumerParts = new ArrayList<>();
        for (String service : CpuTime.SERVICES) {
            rows.put(service + " (HTTP, work, GC, JIT: all but the two loops)", cpu.seconds().get(service));
            relays += cpu.seconds().get(service + " " + CpuTime.RELAY_THREAD);
            double consumer = cpu.seconds().get(service + " " + CpuTime.CONSUMER_THREAD);
            consumers += consumer;
            if (!service.equals("gateway")) {
                consumerParts.add(String.format(Locale.ROOT, "%s %.1f s", service.replace("-service", ""), consumer));
            }
        }
        rows.put("outbox relays (thread `" + CpuTime.RELAY_THREAD + "` of each service)", relays);
        rows.put("event consumers (thread `" + CpuTime.CONSUMER_THREAD + "`: " + String.join(", ", consumerParts) + ")", consumers);
        rows.put("PostgreSQL (server and backends)", cpu.seconds().get("postgresql"));
        rows.put("Kafka broker", cpu.seconds().get("kafka"));
        rows.put("load generator (this benchmark's JVM)", cpu.seconds().get("load generator"));
        double stack = rows.values().stream().mapToDouble(Double::doubleValue).sum();
        double machine = cpu.seconds().get("machine");
        body.append(String.format(Locale.ROOT, "## CPU per request by component, over %s%n%nCPU time (user + system) of each "
                + "process from `/proc/<pid>/stat` before and after the burst (%.1f s, %d requests), divided by the requests. "
                + "A service's event consumer and outbox relay are its threads of those names (`/proc/<pid>/task`), shown apart; "
                + "PostgreSQL is the server with every backend, and the backends that ended meanwhile (the server's "
                + "children's time). No profiler was attached (it samples a second burst, below). The "
                + "machine line is every CPU's busy time (`/proc/stat`), whoever used it: the machine is shared.%n%n"
                + "| component | CPU s | ms per request | cores busy on average | share of the stack |%n|---|---|---|---|---|%n",
                which, wall, requests));
        rows.forEach((name, seconds) -> body.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.2f | %.0f%% |%n", name,
                seconds, 1000 * seconds / requests, seconds / wall, 100 * seconds / stack)));
        body.append(String.format(Locale.ROOT, "| **the stack and the load generator** | **%.1f** | **%.2f** | **%.2f** | 100%% |%n",
                stack, 1000 * stack / requests, stack / wall));
        body.append(String.format(Locale.ROOT, "| the whole machine (all processes, other users included) | %.1f | %.2f | %.2f | |%n%n",
                machine, 1000 * machine / requests, machine / wall));
        summary.add(String.format(Locale.ROOT, "CPU over %s: %.2f ms per request for the stack, PostgreSQL %.2f ms",
                which, 1000 * stack / requests, 1000 * cpu.seconds().get("postgresql") / requests));
    }

    /** Where the services' CPU went during a second burst, grouped, with links to the flame graphs. */
    void profiles(List<Profiler.Profile> profiles, BurstRunner.Burst burst, LocalDate day) {
        body.append("## Where the CPU goes (async-profiler, during a second burst)\n\n");
        body.append(String.format(Locale.ROOT, "The same burst again on the next free day (%s), after the warm burst, with "
                + "the profiler attached: %d requests in %.1f s (%.1f requests/s), %d failed.%n%n", day, burst.samples().size(),
                burst.seconds(), burst.samples().size() / burst.seconds(), burst.samples().stream().filter(s -> !s.ok()).count()));
        if (profiles.isEmpty()) {
            body.append("No profile: async-profiler could not attach (see the benchmark's output).\n\n");
            return;
        }
        List<ProfileGroups.Grouped> grouped = profiles.stream().map(p -> ProfileGroups.read(p.service(), p.collapsed())).toList();
        body.append("async-profiler " + "(`tools.profiler:async-profiler`, attached to each service and the gateway for that burst, "
                + "event `" + profiles.get(0).event() + "`, a sample every 5 ms of CPU). Each sample counts for the library "
                + "nearest the top of its stack (the JDK's general classes passed over), so a socket write inside the PostgreSQL "
                + "driver counts for the driver. Flame graphs (not committed; made by the run on the machine that ran it):");
        for (Profiler.Profile profile : profiles) {
            body.append(" [").append(profile.service()).append("](../../.local/profiles/").append(profile.flameGraph().getFileName()).append(")");
        }
        body.append(".\n\n| share of samples | ");
        grouped.forEach(g -> body.append(g.service()).append(" | "));
        body.append("\n|---|");
        grouped.forEach(g -> body.append("---|"));
        body.append("\n| samples | ");
        grouped.forEach(g -> body.append(g.total()).append(" | "));
        body.append('\n');
        List<String> groups = new ArrayList<>(ProfileGroups.GROUPS.keySet());
        groups.add(ProfileGroups.OTHER);
        for (String group : groups) {
            body.append("| ").append(group).append(" | ");
            grouped.forEach(g -> body.append(String.format(Locale.ROOT, "%.1f%% | ", g.share(group))));
            body.append('\n');
        }
        ProfileGroups.Grouped busiest = grouped.stream().max(java.util.Comparator.comparingLong(ProfileGroups.Grouped::total)).orElseThrow();
        body.append(String.format(Locale.ROOT, "%nThe busiest, %s: the frames at the top of its stacks (self time) with the most samples.%n%n"
                + "| samples | share | frame | group of the frame |%n|---|---|---|---|%n", busiest.service()));
        busiest.topFrames().forEach((frame, count) -> body.append(String.format(Locale.ROOT, "| %d | %.1f%% | `%s` | %s |%n", count,
                100.0 * count / busiest.total(), frame.replace("|", "\\|").replace("`", "'"), ProfileGroups.groupOf(frame))));
        body.append('\n');
        summary.add("profiles: " + profiles.stream().map(p -> p.flameGraph().getFileName().toString()).toList());
    }

    /** Open-loop latency at fixed arrival rates, counted from each request's intended instant. */
    void openLoop(List<OpenLoopRunner.Outcome> outcomes, int maxInFlight, Duration timeout) {
        body.append(String.format(Locale.ROOT, "## Open-loop latency at the province's peak and three times it%n%n"
                + "Writes arrive at a fixed rate, whatever the system answers: request i is due at start + i / rate, and its "
                + "latency runs from that intended instant to its answer, so waiting to be sent or queueing behind slow answers "
                + "counts (no coordinated omission). The mix is the burst's: per 12 requests 3 check-ins, 6 visits, 1 case filed "
                + "and 2 case steps (ACCEPT of cases filed earlier), each by a cadre of the county with their own token, through "
                + "the gateway. Requests go out asynchronously (JDK HttpClient, HTTP/1.1), up to %d at once; a due request "
                + "that finds %d unanswered waits for a free one and counts as sent late (more than %d ms after its instant). "
                + "A request unanswered %d s after it was sent is an error. 289 writes/s is the province's station-day peak "
                + "(`docs/scaling.md`).%n%n", maxInFlight, maxInFlight, OpenLoopRunner.LATE.toMillis(), timeout.toSeconds()));
        body.append("| rate | operation | requests | errors | answered/s | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|---|\n");
        for (OpenLoopRunner.Outcome outcome : outcomes) {
            List<String> operations = new ArrayList<>(outcome.operations());
            operations.add(null);
            for (String operation : operations) {
                LoadRunner.Result r = outcome.result(operation);
                body.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", outcome.plan().name(),
                        operation == null ? "**all writes**" : operation, r.requests(), r.errors(), r.throughput(), r.p50(), r.p95(),
                        r.p99(), r.max()));
            }
            LoadRunner.Result all = outcome.result(null);
            summary.add(String.format(Locale.ROOT, "open loop %s: p50 %.0f ms, p99 %.0f ms, max %.0f ms, %d errors, %.0f answered/s",
                    outcome.plan().name(), all.p50(), all.p99(), all.max(), all.errors(), all.throughput()));
        }
        body.append("\n| rate | offered for | sent late (> " + OpenLoopRunner.LATE.toMillis() + " ms) | send delay p50 / p99 / max | most in flight | "
                + "last answer after | errors by status |\n|---|---|---|---|---|---|---|\n");
        for (OpenLoopRunner.Outcome outcome : outcomes) {
            Map<String, Long> failures = new TreeMap<>();
            outcome.samples().stream().filter(sample -> !sample.ok())
                    .forEach(sample -> failures.merge(sample.status() == 0 ? "no answer" : String.valueOf(sample.status()), 1L, Long::sum));
            long[] delays = outcome.samples().stream().mapToLong(OpenLoopRunner.Sample::sendDelayNanos).sorted().toArray();
            body.append(String.format(Locale.ROOT, "| %s | %d s | %d of %d (%.0f%%) | %.1f / %.1f / %.1f ms | %d | %.1f s | %s |%n",
                    outcome.plan().name(), outcome.plan().duration().toSeconds(), outcome.sentLate(), outcome.samples().size(),
                    100.0 * outcome.sentLate() / Math.max(1, outcome.samples().size()), LoadRunner.percentile(delays, 0.5) / 1e6,
                    LoadRunner.percentile(delays, 0.99) / 1e6, outcome.maxSendDelayNanos() / 1e6,
                    outcome.maxInFlightSeen(), outcome.seconds(), failures.isEmpty() ? "none" : failures.toString()));
        }
        body.append('\n');
    }

    /** Each consumer's rate on a backlog. */
    void consumers(List<ConsumerThroughput.Drain> drains, int events) {
        body.append(String.format(Locale.ROOT, "## Consumer throughput on a backlog%n%ncadre-, evaluation- and risk-assessment-service "
                + "are stopped; case-service files %d cases (directly, each a `CaseOpened` all three handle) and publishes them; "
                + "then each consumer is started alone in turn, the others still stopped, and its inbox (a row per event applied, "
                + "committed with the effect) is counted every 100 ms. Events per second: the events applied from the first count "
                + "above zero to the last event, over that time. A consumer applies each poll's records in one transaction, "
                + "so its inbox grows in steps of a batch (batches: the distinct commit times of the events' inbox rows); the "
                + "rate is taken between the first batch's commit and the last's.%n%n| consumer | events | batches | "
                + "start → ready, backlog waiting (s) | first → last batch committed (s) | **events applied per second** | "
                + "start → last event applied (s) |%n|---|---|---|---|---|---|---|%n", events));
        for (ConsumerThroughput.Drain drain : drains) {
            body.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | **%s** | %.1f |%n", drain.service(), drain.events(),
                    drain.batches(), drain.readySeconds(), drain.drainSeconds(),
                    Double.isNaN(drain.perSecond()) ? "one batch" : String.format(Locale.ROOT, "%.0f", drain.perSecond()),
                    drain.fromStartSeconds()));
            summary.add(String.format(Locale.ROOT, "consumer %s: %.0f events/s on a backlog", drain.service(), drain.perSecond()));
        }
        body.append('\n');
    }

    /** Each service started alone while the rest of the stack runs. */
    void startAlone(List<StackProcesses.Start> starts, List<Double> busyBefore) {
        body.append("## Start to ready, each service started alone\n\nEach service in turn is stopped (SIGTERM) and started again "
                + "with the same command line and environment while the rest of the stack runs and nothing else is asked of it: "
                + "from the process's start to the first 200 of `/q/health/ready` (polled every 50 ms), and what Quarkus logs "
                + "itself (\"started in\", from its JVM's start to the HTTP server listening). Each start waits until the "
                + "whole machine has kept its cores less than a quarter busy for 3 s (at most 2 minutes: the machine is "
                + "shared, and the phases before leave work behind); the busy share of those 3 s is beside it, and the AppCDS "
                + "archive the start maps: `trained-cds.jsa` is the one its service wrote as the seeding stack stopped, "
                + "`app-cds.jsa` Quarkus's ([the start alone](2026-12-05-start-alone.md)).\n\n"
                + "| service | start → ready (s) | Quarkus \"started in\" (s) | machine busy before the start | class archive | target |\n"
                + "|---|---|---|---|---|---|\n");
        List<String> measured = new ArrayList<>();
        boolean met = true;
        for (int i = 0; i < starts.size(); i++) {
            StackProcesses.Start start = starts.get(i);
            body.append(String.format(Locale.ROOT, "| %s | %.1f | %s | %.0f%% | `%s` | ≤ 3 s |%n", start.service(),
                    start.readySeconds(),
                    start.quarkusSeconds() == null ? "?" : String.format(Locale.ROOT, "%.1f", start.quarkusSeconds()),
                    100 * busyBefore.get(i), start.classArchive()));
            measured.add(String.format(Locale.ROOT, "%s %.1f", start.service(), start.readySeconds()));
            met &= start.readySeconds() <= 3;
        }
        target("start to ready of a service started alone ≤ 3 s", String.join(", ", measured) + " s", met);
        summary.add("started alone: " + String.join(", ", measured) + " s");
        body.append('\n');
    }

    /** The machine is shared: its load when each phase began goes to the notes. */
    void phaseStarted(String phase, String loadAverage) {
        if (phases.length() == 0) {
            phases.append("| phase | load average at its start (1, 5, 15 min) |\n|---|---|\n");
        }
        phases.append("| ").append(phase).append(" | ").append(loadAverage).append(" |\n");
    }

    void failed(String phase, Throwable error) {
        body.append("## ").append(phase).append("\n\nThis phase failed: `").append(String.valueOf(error).replace("`", "'"))
                .append("` (the benchmark's output has the trace).\n\n");
        summary.add(phase + " FAILED: " + error);
    }

    void checkInsLeft(long left) {
        notes.append(String.format(Locale.ROOT, "- Check-ins left for later runs: %d (a cadre and a day of the last 44 without a "
                + "check-in; each run takes a free day for each burst and up to some 60,000 check-ins for the other phases).%n", left));
    }

    /** @param title the burst's heading; {@code when} what ran before it */
    void workload(StationDayWorkload workload, String title, String when) {
        body.append(String.format(Locale.ROOT, "## %s%n%n%s%d serving cadres of %d seeded counties each check in at "
                + "their station and record two household visits; every third also files a villager's case and accepts and "
                + "starts it. Each cadre uses their own token; everything goes through the gateway; %d clients work the "
                + "scripts off as fast as the system answers. Day recorded: %s (the latest of the last 44 days without "
                + "check-ins, each cadre's households not yet visited by them that day, so the run can be repeated).%n%n",
                title, when, workload.cadreCount(), workload.countyCount(), concurrency, workload.day()));
    }

    /**
     * Issue 16's burst target: five times the 95 requests/s of the first station-day run (2026-11-27), p99 at most 100 ms.
     *
     * @param which the burst's name in the targets' table
     */
    void burst(BurstRunner.Burst burst, String which) {
        Map<String, List<BurstRunner.Sample>> byOperation = new TreeMap<>();
        burst.samples().forEach(sample -> byOperation.computeIfAbsent(sample.operation(), op -> new ArrayList<>()).add(sample));
        body.append(String.format(Locale.ROOT, "%d requests in %.1f s; %d steps not sent because an earlier step of "
                + "their script failed.%n%n", burst.samples().size(), burst.seconds(), burst.abandoned()));
        body.append(LoadRunnerTable.header());
        byOperation.forEach((operation, samples) -> body.append(LoadRunnerTable.row(result(operation, samples, burst.seconds()))));
        LoadRunner.Result all = result("all requests", burst.samples(), burst.seconds());
        body.append(LoadRunnerTable.row(all)).append('\n');
        Map<String, Long> failures = BurstRunner.failures(burst.samples());
        body.append(failures.isEmpty() ? "No errors.\n\n" : "Errors: " + failures + "\n\n");
        if (chart.isEmpty()) {
            body.append("![latency and throughput over the burst](").append(chartFile().getFileName()).append(")\n\n");
            chart = LatencyChart.svg("Station-day burst through the gateway: " + all.requests() + " requests, "
                    + concurrency + " clients", concurrency, burst.samples());
        }
        target(String.format(Locale.ROOT, "%s (the county's, %d clients): ≥ 475 requests/s (5 × 95) with p99 ≤ 100 ms, no error", which, concurrency),
                String.format(Locale.ROOT, "%.0f requests/s, p99 %.0f ms, %d errors", all.throughput(), all.p99(), all.errors()),
                all.throughput() >= 475 && all.p99() <= 100 && all.errors() == 0);
        summary.add(String.format(Locale.ROOT, "burst, %s: %d requests, %.0f req/s, p50 %.1f / p95 %.1f / p99 %.1f ms, %d errors",
                which, all.requests(), all.throughput(), all.p50(), all.p95(), all.p99(), all.errors()));
    }

    private LoadRunner.Result result(String name, List<BurstRunner.Sample> samples, double seconds) {
        return BurstRunner.result(name, concurrency, samples, seconds);
    }

    void lag(String when, List<EventLag> lags) {
        body.append("## Event lag, ").append(when).append("\n\nFrom the producer's outbox row to the consumer's inbox row "
                + "(committed with the handler's effect).\n\n| from → to | produced | applied | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        for (EventLag lag : lags) {
            body.append(String.format(Locale.ROOT, "| %s → %s | %d | %d | %d | %d | %d |%n", lag.producer(), lag.consumer(),
                    lag.produced(), lag.applied(), lag.percentile(0.5), lag.percentile(0.99), lag.percentile(1.0)));
            summary.add(String.format(Locale.ROOT, "lag %s %s→%s: p50 %d ms, p99 %d ms, %d/%d applied", when.split(":")[0],
                    lag.producer(), lag.consumer(), lag.percentile(0.5), lag.percentile(0.99), lag.applied(), lag.produced()));
        }
        body.append('\n');
    }

    /**
     * Each write directly and through the gateway against raw single-row inserts of its main row.
     *
     * @param gatewayAndDirect per operation, its rounds (names ending in "via gateway (round n)" or "directly (round n)")
     * @param raw              raw inserts of case_file, check_in and visit rows, in that order
     */
    void ratios(Map<String, List<LoadRunner.Result>> gatewayAndDirect, List<LoadRunner.Result> raw) {
        body.append("## The writes against the limits, same run\n\nFiling a case, a check-in and a visit (each request a "
                + "different cadre's token, each a new record: no duplicate is refused), through the gateway and directly at the "
                + "owning service, interleaved in two rounds of each, then raw single-row inserts of a copied row of the "
                + "operation's main table (`case_file`, `check_in`, `visit`) into a scratch table of the same database, each "
                + "its own transaction (autocommit), all at the same concurrency.\n\n");
        body.append(LoadRunnerTable.header());
        gatewayAndDirect.values().forEach(results -> results.forEach(result -> body.append(LoadRunnerTable.row(result))));
        raw.forEach(result -> body.append(LoadRunnerTable.row(result)));
        body.append('\n');
        List<String> gatewayFigures = new ArrayList<>();
        boolean gatewayMet = true;
        for (int i = 0; i < RATE_OPERATIONS.length; i++) {
            List<LoadRunner.Result> results = gatewayAndDirect.get(RATE_OPERATIONS[i]);
            List<LoadRunner.Result> viaGateway = rounds(results, StationDayBenchmark.VIA_GATEWAY);
            List<LoadRunner.Result> direct = rounds(results, StationDayBenchmark.DIRECTLY);
            double gatewayRate = mean(viaGateway, LoadRunner.Result::throughput);
            double directRate = mean(direct, LoadRunner.Result::throughput);
            double ofRaw = directRate / raw.get(i).throughput();
            double ofDirect = gatewayRate / directRate;
            double p50Added = mean(viaGateway, LoadRunner.Result::p50) - mean(direct, LoadRunner.Result::p50);
            body.append(String.format(Locale.ROOT, "- %s: directly %.1f/s = **%.1f%%** of the raw insert rate of its row (target ≥ %.0f%%); "
                            + "through the gateway %.1f/s = **%.2f ×** direct (target ≥ 0.9), %+.2f ms at p50.%n", RATE_OPERATIONS[i], directRate,
                    100 * ofRaw, 100 * RATE_TARGETS[i], gatewayRate, ofDirect, p50Added));
            target(RATE_OPERATIONS[i] + " directly ≥ " + Math.round(100 * RATE_TARGETS[i]) + " % of the raw insert rate",
                    String.format(Locale.ROOT, "%.1f%% (%.1f/s of %.0f/s)", 100 * ofRaw, directRate, raw.get(i).throughput()), ofRaw >= RATE_TARGETS[i]);
            gatewayFigures.add(String.format(Locale.ROOT, "%s %.2f", RATE_OPERATIONS[i], ofDirect));
            gatewayMet &= ofDirect >= GATEWAY_RATIO;
            summary.add(String.format(Locale.ROOT, "%s: direct %.1f%% of raw inserts, gateway %.2f × direct", RATE_OPERATIONS[i],
                    100 * ofRaw, ofDirect));
        }
        target("through the gateway ≥ 0.9 × directly", String.join(", ", gatewayFigures), gatewayMet);
        body.append('\n');
    }

    /**
     * Each run of the ratio phase in CPU per request by component, and what the targets would leave per request: at a
     * rate R, the machine's cores give cores / R of CPU to each write, whoever spends it.
     */
    void writeCosts(Map<String, List<LoadRunner.Result>> gatewayAndDirect, List<LoadRunner.Result> raw,
                    Map<String, CpuTime.Snapshot> cpuByRun) {
        body.append("## What a write costs in CPU, by component (the same runs)\n\nCPU time per request of each run above, "
                + "from `/proc` before and after it, as over the burst: milliseconds of CPU per request (per insert for the "
                + "raw inserts). The services' columns are all their threads but the two loops, which have columns of their "
                + "own (each service's `outbox-relay` and `event-consumer`, summed). A write's events are relayed and "
                + "applied within about a second, so a run's last second of them counts in the next run's figures.\n\n"
                + "| run | req/s | gateway | cadre-service | case-service | evaluation-, risk-assessment-service | relays "
                + "| consumers | PostgreSQL | Kafka | load generator | **stack** | machine |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        List<LoadRunner.Result> runs = new ArrayList<>();
        gatewayAndDirect.values().forEach(runs::addAll);
        runs.addAll(raw);
        for (LoadRunner.Result run : runs) {
            WriteCost cost = WriteCost.of(cpuByRun.get(run.name()), run.requests());
            body.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | **%.2f** | %.2f |%n",
                    run.name(), run.throughput(), cost.of("gateway"), cost.of("cadre-service"), cost.of("case-service"),
                    cost.of("evaluation-service") + cost.of("risk-assessment-service"), cost.loops(CpuTime.RELAY_THREAD),
                    cost.loops(CpuTime.CONSUMER_THREAD), cost.of("postgresql"), cost.of("kafka"), cost.of("load generator"),
                    cost.stack(), cost.of("machine")));
        }
        int cores = Runtime.getRuntime().availableProcessors();
        body.append(String.format(Locale.ROOT, "%nWhat the targets leave per write on this machine's %d cores, against what "
                + "the writes took (directly: both rounds together):%n%n", cores));
        for (int i = 0; i < RATE_OPERATIONS.length; i++) {
            List<LoadRunner.Result> results = gatewayAndDirect.get(RATE_OPERATIONS[i]);
            WriteCost direct = WriteCost.of(rounds(results, StationDayBenchmark.DIRECTLY), cpuByRun);
            WriteCost viaGateway = WriteCost.of(rounds(results, StationDayBenchmark.VIA_GATEWAY), cpuByRun);
            WriteCost rawInsert = WriteCost.of(List.of(raw.get(i)), cpuByRun);
            double targetRate = RATE_TARGETS[i] * raw.get(i).throughput();
            double allowed = 1000.0 * cores / targetRate;
            body.append(String.format(Locale.ROOT, "- %s: %.0f %% of %.0f raw inserts/s is %.0f/s, which leaves **%.2f ms** of CPU "
                            + "per write. Directly, a write took **%.2f ms** of the stack's (at most %.0f/s on %d cores); "
                            + "PostgreSQL's part alone was %.2f ms, the work of %.1f raw inserts (%.3f ms each), and at %.0f/s "
                            + "would take %.1f cores by itself. Through the gateway a write took %.2f ms, %.2f more than "
                            + "directly (the gateway's own %.2f); 0.9 × direct allows %.2f more.%n",
                    RATE_OPERATIONS[i], 100 * RATE_TARGETS[i], raw.get(i).throughput(), targetRate, allowed, direct.stack(),
                    1000.0 * cores / direct.stack(), cores, direct.of("postgresql"),
                    direct.of("postgresql") / rawInsert.of("postgresql"), rawInsert.of("postgresql"), targetRate,
                    targetRate * direct.of("postgresql") / 1000, viaGateway.stack(), viaGateway.stack() - direct.stack(),
                    viaGateway.of("gateway"), direct.stack() / GATEWAY_RATIO - direct.stack()));
            summary.add(String.format(Locale.ROOT, "%s: %.2f ms of CPU per write directly (PostgreSQL %.2f), the target leaves %.2f",
                    RATE_OPERATIONS[i], direct.stack(), direct.of("postgresql"), allowed));
        }
        body.append('\n');
    }

    /** CPU milliseconds per request of one or more runs, by part as {@link CpuTime} names them. */
    private record WriteCost(Map<String, Double> millisecondsPerRequest) {

        static WriteCost of(CpuTime.Snapshot cpu, long requests) {
            Map<String, Double> perRequest = new LinkedHashMap<>();
            cpu.seconds().forEach((part, seconds) -> perRequest.put(part, 1000 * seconds / requests));
            return new WriteCost(perRequest);
        }

        static WriteCost of(List<LoadRunner.Result> runs, Map<String, CpuTime.Snapshot> cpuByRun) {
            long requests = runs.stream().mapToLong(LoadRunner.Result::requests).sum();
            Map<String, Double> seconds = new LinkedHashMap<>();
            runs.forEach(run -> cpuByRun.get(run.name()).seconds().forEach((part, value) -> seconds.merge(part, value, Double::sum)));
            return of(new CpuTime.Snapshot(seconds, 0), requests);
        }

        double of(String part) {
            return millisecondsPerRequest.getOrDefault(part, 0.0);
        }

        double loops(String thread) {
            return CpuTime.SERVICES.stream().mapToDouble(service -> of(service + " " + thread)).sum();
        }

        /** Every part but the whole machine's line. */
        double stack() {
            return millisecondsPerRequest.entrySet().stream().filter(part -> !part.getKey().equals("machine"))
                    .mapToDouble(Map.Entry::getValue).sum();
        }
    }

    /** The rounds of one path, gateway or direct, by the run names StationDayBenchmark gives them. */
    private static List<LoadRunner.Result> rounds(List<LoadRunner.Result> results, String path) {
        return results.stream().filter(result -> result.name().contains(path)).toList();
    }

    private static double mean(List<LoadRunner.Result> results, ToDoubleFunction<LoadRunner.Result> value) {
        return results.stream().mapToDouble(value).average().orElse(0);
    }

    Path write() {
        Path file = root.resolve("docs/benchmarks/" + date + "-station-day.md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown());
            Files.writeString(chartFile(), chart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The report as written: the machine, issue 16's targets against this run, the sections, the notes. */
    String markdown() {
        return "# Station day at county size, through the gateway (" + date + ")\n\n"
                + "Produced by `deploy/bench/station-day.sh` (start, seed, run, stop); every figure below comes from that one run.\n\n"
                + "## Machine\n\n" + machine + "\n"
                + (targets.isEmpty() ? "" : "## Issue 16's targets, this run\n\n| target | measured | |\n|---|---|---|\n"
                        + String.join("\n", targets) + "\n\n")
                + body + (notes.length() + phases.length() == 0 ? "" : "## Notes of the run\n\n" + notes + "\n" + phases + "\n");
    }

    private Path chartFile() {
        return root.resolve("docs/benchmarks/" + date + "-station-day.svg");
    }

    String summary() {
        return String.join("\n", summary);
    }

    /** The benchmark tables' Markdown form of LoadRunner results. */
    private static final class LoadRunnerTable {
        static String header() {
            return "| operation | clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|---|\n";
        }

        static String row(LoadRunner.Result r) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.2f | %.2f | %.2f | %.1f |%n",
                    r.name(), r.concurrency(), r.requests(), r.errors(), r.throughput(), r.p50(), r.p95(), r.p99(), r.max());
        }
    }
}
