package org.masswork.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parts of the station day that JVM flags move (issue 16): each service's resident memory idle and after the
 * burst, and its start to ready when started alone, with the load average beside each. Run against a local stack
 * started with the flags to measure ({@code MASSWORK_JVM_FLAGS=... deploy/run-local.sh}) and seeded; it restarts
 * every service {@code starts} times and ends the restarted processes when it ends, so start the stack afresh for
 * the next set of flags. Prints one line per figure and a summary row for docs/benchmarks/2026-12-03-jvm-flags.md.
 * Usage: deploy/bench/run.sh JvmFlagsBenchmark [concurrency, default 16] [starts per service, default 2] [bursts, default 1]
 * (a second burst shows the JIT-compiled steady state: the first pays for most of the compiling).
 */
public final class JvmFlagsBenchmark {

    private JvmFlagsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int startsPerService = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int bursts = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        var root = BenchTokens.root();
        try (Connection cadreDb = BenchDatabase.connect("cadre"); Connection caseDb = BenchDatabase.connect("cases");
             Connection evaluationDb = BenchDatabase.connect("evaluation"); StackProcesses stack = new StackProcesses(root)) {
            List<Connection> databases = List.of(cadreDb, caseDb, evaluationDb);
            Quiet.await(databases);
            Map<String, Double> idle = Footprint.measure(root);
            System.out.printf("idle (load %s): %s%n", Machine.loadAverage(), megabytes(idle));

            Map<String, Double> after = idle;
            for (int round = 1; round <= bursts; round++) {
                // Each burst on a day of its own: the workload takes the latest day without check-ins.
                StationDayWorkload workload = StationDayWorkload.load(cadreDb);
                CpuTime.Snapshot cpuBefore = CpuTime.take(root);
                BurstRunner.Burst burst = BurstRunner.run(workload.scripts(), concurrency);
                System.out.println(BurstRunner.result("burst " + round, concurrency, burst.samples(), burst.seconds()).line());
                Map<String, Long> failures = BurstRunner.failures(burst.samples());
                System.out.printf("burst %d failed: %s%n", round, failures.isEmpty() ? "none" : failures);
                Quiet.await(databases);
                // CPU rather than requests per second: other work on the machine moves the rate, much less the CPU.
                CpuTime.Snapshot cpu = CpuTime.take(root).minus(cpuBefore);
                System.out.printf("burst %d, CPU ms per request (the events' handling included): %s%n", round,
                        CpuTime.SERVICES.stream().map(service -> String.format("%s %.1f", service, 1000 * cpu.seconds().entrySet()
                                .stream().filter(e -> e.getKey().equals(service) || e.getKey().startsWith(service + " "))
                                .mapToDouble(Map.Entry::getValue).sum() / burst.samples().size())).collect(Collectors.joining(", ")));
                after = Footprint.measure(root);
                System.out.printf("after burst %d (load %s): %s%n", round, Machine.loadAverage(), megabytes(after));
            }
            for (String service : CpuTime.SERVICES) {
                diagnose(root, service);
            }

            List<String> starts = new ArrayList<>();
            for (String service : CpuTime.SERVICES) {
                List<String> seconds = new ArrayList<>();
                for (int i = 0; i < startsPerService; i++) {
                    Thread.sleep(3000);
                    String load = Machine.loadAverage();
                    StackProcesses.Start start = stack.restart(service);
                    System.out.printf("%s ready in %.1f s (Quarkus: started in %s s, class archive %s), load %s%n", service,
                            start.readySeconds(), start.quarkusSeconds(), start.classArchive(), load);
                    seconds.add(String.format("%.1f", start.readySeconds()));
                }
                starts.add(service + " " + String.join("/", seconds));
            }
            System.out.printf("%nsummary%n  RSS idle MB: %s%n  RSS after the last burst MB: %s%n  start alone s: %s%n  load: %s%n",
                    megabytes(idle), megabytes(after), String.join(", ", starts), Machine.loadAverage());
        }
    }

    /**
     * What the JVM says of its memory after the burst, for reading where the resident memory goes: the heap
     * (GC.heap_info) and, when the service runs with -XX:NativeMemoryTracking=summary, the rest (VM.native_memory).
     * Written to .local/logs/&lt;service&gt;.memory-after-burst.txt.
     */
    private static void diagnose(Path root, String service) throws Exception {
        String pid = Files.readString(root.resolve(".local/run").resolve(service + ".pid")).trim();
        Path out = root.resolve(".local/logs").resolve(service + ".memory-after-burst.txt");
        Files.deleteIfExists(out);
        for (String command : List.of("GC.heap_info", "VM.native_memory summary")) {
            List<String> jcmd = new ArrayList<>(List.of("jcmd", pid));
            jcmd.addAll(List.of(command.split(" ")));
            Process process = new ProcessBuilder(jcmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
            process.waitFor();
        }
    }

    private static String megabytes(Map<String, Double> footprint) {
        return footprint.entrySet().stream().filter(e -> !e.getKey().equals("kafka") && !e.getKey().equals("postgresql"))
                .map(e -> String.format("%s %.0f", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
    }
}
