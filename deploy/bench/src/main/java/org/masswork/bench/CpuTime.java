package org.masswork.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of each part of the running local stack, read from /proc (user + system, in clock ticks of 10 ms):
 * each service and the gateway, split into its outbox relay thread, its event consumer thread and the rest;
 * PostgreSQL as the server and all its backends, plus the children that ended meanwhile (the postmaster's
 * cutime/cstime); the Kafka broker; this load generator; and the whole machine from /proc/stat, so the share
 * taken by everything else on a shared machine shows. Two snapshots, before and after, give the time spent between.
 */
final class CpuTime {

    static final List<String> SERVICES = List.of("gateway", "cadre-service", "case-service", "evaluation-service",
            "risk-assessment-service");
    /** The platform's loop threads (SupervisedLoop names them; /proc shows at most 15 characters of a name). */
    static final String RELAY_THREAD = "outbox-relay";
    static final String CONSUMER_THREAD = "event-consumer";
    /** Linux's USER_HZ: /proc counts CPU time in hundredths of a second on every architecture we run on. */
    private static final double TICKS_PER_SECOND = 100;

    /** Seconds of CPU per part, in a stable order; "machine" is all CPUs of the machine, whoever used them. */
    record Snapshot(Map<String, Double> seconds, long wallNanos) {

        Snapshot minus(Snapshot earlier) {
            Map<String, Double> delta = new LinkedHashMap<>();
            seconds.forEach((part, value) -> delta.put(part, value - earlier.seconds().getOrDefault(part, 0.0)));
            return new Snapshot(delta, wallNanos - earlier.wallNanos());
        }
    }

    /**
     * The CPU spent from a window's opening to its closing: a run's measured part, or a burst. The events its writes
     * publish are relayed and applied within about a second, so those of its last second count in whatever is measured
     * next, as those of the run before count in this one's: a few percent of a 10 s run either way.
     */
    static final class Window implements LoadRunner.Window {
        private final Path root;
        private Snapshot opened;
        private Snapshot spent;

        Window(Path root) {
            this.root = root;
        }

        @Override
        public void opened() {
            opened = take(root);
        }

        @Override
        public void closed() {
            spent = take(root).minus(opened);
        }

        Snapshot spent() {
            return spent;
        }
    }

    private CpuTime() {
    }

    static Snapshot take(Path root) {
        Path run = root.resolve(".local/run");
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String service : SERVICES) {
            long pid = pid(run.resolve(service + ".pid"));
            double total = ticks(Path.of("/proc", String.valueOf(pid), "stat"), false) / TICKS_PER_SECOND;
            double relay = threadTicks(pid, RELAY_THREAD) / TICKS_PER_SECOND;
            double consumer = threadTicks(pid, CONSUMER_THREAD) / TICKS_PER_SECOND;
            seconds.put(service, total - relay - consumer);
            seconds.put(service + " " + RELAY_THREAD, relay);
            seconds.put(service + " " + CONSUMER_THREAD, consumer);
        }
        seconds.put("postgresql", postgres(root.resolve(".local")) / TICKS_PER_SECOND);
        seconds.put("kafka", processes("BrokerMain").mapToLong(pid -> ticks(Path.of("/proc", String.valueOf(pid), "stat"), false))
                .sum() / TICKS_PER_SECOND);
        seconds.put("load generator", ticks(Path.of("/proc/self/stat"), false) / TICKS_PER_SECOND);
        seconds.put("machine", Machine.busySeconds());
        return new Snapshot(seconds, System.nanoTime());
    }

    /** utime + stime (fields 14 and 15 of /proc/<pid>/stat), and with {@code children} also cutime + cstime. */
    static long ticks(Path stat, boolean children) {
        String text = read(stat);
        if (text.isEmpty()) {
            return 0;
        }
        // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
        String[] fields = text.substring(text.lastIndexOf(')') + 2).trim().split("\\s+");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return children ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
    }

    private static long threadTicks(long pid, String name) {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks) {
                if (read(task.resolve("comm")).trim().equals(name)) {
                    ticks += ticks(task.resolve("stat"), false);
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    /** The postmaster with its children's time (ended backends) and every live backend. */
    private static long postgres(Path local) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(local.toString())
                        && process.info().command().orElse("").endsWith("/postgres"))
                .mapToLong(postmaster -> ticks(Path.of("/proc", String.valueOf(postmaster.pid()), "stat"), true)
                        + postmaster.descendants().mapToLong(child -> ticks(Path.of("/proc", String.valueOf(child.pid()), "stat"), false)).sum())
                .sum();
    }

    private static Stream<Long> processes(String marker) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(marker))
                .map(ProcessHandle::pid);
    }

    private static long pid(Path file) {
        String text = read(file).trim();
        return text.isEmpty() ? -1 : Long.parseLong(text);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
