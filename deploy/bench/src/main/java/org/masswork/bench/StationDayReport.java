package org.masswork.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

    private final Path root;
    private final int concurrency;
    private final String machine;
    /** The county's date of the run, taken once: it names the report and its chart, and the report links the chart. */
    private final LocalDate date = County.today();
    private final StringBuilder body = new StringBuilder();
    private final List<String> summary = new ArrayList<>();
    private String chart = "";

    StationDayReport(Path root, int concurrency) {
        this.root = root;
        this.concurrency = concurrency;
        this.machine = Machine.describe();
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
    }

    void workload(StationDayWorkload workload) {
        body.append(String.format(Locale.ROOT, "## The burst%n%n%d serving cadres of the seeded county each check in at "
                + "their station and record two household visits; every third also files a villager's case and accepts and "
                + "starts it. Each cadre uses their own token; everything goes through the gateway; %d clients work the "
                + "scripts off as fast as the system answers. Day recorded: %s (the latest of the last 44 days without "
                + "check-ins, so the run can be repeated).%n%n", workload.cadreCount(), concurrency, workload.day()));
    }

    void burst(BurstRunner.Burst burst) {
        Map<String, List<BurstRunner.Sample>> byOperation = new TreeMap<>();
        burst.samples().forEach(sample -> byOperation.computeIfAbsent(sample.operation(), op -> new ArrayList<>()).add(sample));
        body.append(String.format(Locale.ROOT, "%d requests in %.1f s; %d steps not sent because an earlier step of "
                + "their script failed.%n%n", burst.samples().size(), burst.seconds(), burst.abandoned()));
        body.append(LoadRunnerTable.header());
        byOperation.forEach((operation, samples) -> body.append(LoadRunnerTable.row(result(operation, samples, burst.seconds()))));
        LoadRunner.Result all = result("all requests", burst.samples(), burst.seconds());
        body.append(LoadRunnerTable.row(all)).append('\n');
        Map<String, Long> failures = new TreeMap<>();
        burst.samples().stream().filter(sample -> !sample.ok())
                .forEach(sample -> failures.merge(sample.operation() + " → " + (sample.status() == 0 ? "no answer" : sample.status()), 1L, Long::sum));
        body.append(failures.isEmpty() ? "No errors.\n\n" : "Errors: " + failures + "\n\n");
        body.append("![latency and throughput over the burst](").append(chartFile().getFileName()).append(")\n\n");
        chart = LatencyChart.svg("Station-day burst through the gateway: " + all.requests() + " requests, "
                + concurrency + " clients", concurrency, burst.samples());
        summary.add(String.format(Locale.ROOT, "burst: %d requests, %.0f req/s, p50 %.1f / p95 %.1f / p99 %.1f ms, %d errors",
                all.requests(), all.throughput(), all.p50(), all.p95(), all.p99(), all.errors()));
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

    void ratios(List<LoadRunner.Result> gatewayAndDirect, LoadRunner.Result raw) {
        List<LoadRunner.Result> viaGateway = gatewayAndDirect.stream().filter(r -> r.name().contains("gateway")).toList();
        List<LoadRunner.Result> direct = gatewayAndDirect.stream().filter(r -> r.name().contains("directly")).toList();
        double gatewayRate = mean(viaGateway, LoadRunner.Result::throughput);
        double directRate = mean(direct, LoadRunner.Result::throughput);
        double p50Added = mean(viaGateway, LoadRunner.Result::p50) - mean(direct, LoadRunner.Result::p50);
        body.append("## Ratios against the limits, same run\n\nFiling a case (each request a different cadre's token), "
                + "through the gateway and directly, interleaved, then raw single-row inserts of a copied `case_file` row "
                + "into a scratch table of case-service's database, each in its own transaction, at the same concurrency.\n\n");
        body.append(LoadRunnerTable.header());
        gatewayAndDirect.forEach(result -> body.append(LoadRunnerTable.row(result)));
        body.append(LoadRunnerTable.row(raw)).append('\n');
        body.append(String.format(Locale.ROOT, "- (a) gateway / direct throughput: **%.0f%%**; the gateway adds **%.2f ms** at p50.%n"
                        + "- (b) filing a case (direct) / raw inserts: **%.1f%%** of the database's own insert rate "
                        + "(a filing writes the case, its timeline entry, its deadline, the outbox event, the idempotency "
                        + "record and the personal-data audit, validates and serialises).%n%n",
                100 * gatewayRate / directRate, p50Added, 100 * directRate / raw.throughput()));
        summary.add(String.format(Locale.ROOT, "gateway/direct %.0f%%, +%.2f ms p50; service/raw inserts %.1f%%",
                100 * gatewayRate / directRate, p50Added, 100 * directRate / raw.throughput()));
    }

    private static double mean(List<LoadRunner.Result> results, ToDoubleFunction<LoadRunner.Result> value) {
        return results.stream().mapToDouble(value).average().orElse(0);
    }

    Path write() {
        Path file = root.resolve("docs/benchmarks/" + date + "-station-day.md");
        String text = "# Station day at county size, through the gateway (" + date + ")\n\n"
                + "Produced by `deploy/bench/station-day.sh` (start, seed, run, stop); every figure below comes from that one run.\n\n"
                + "## Machine\n\n" + machine + "\n" + body;
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            Files.writeString(chartFile(), chart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
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
