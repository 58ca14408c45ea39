package org.masswork.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/** What the benchmark ran on, read from /proc and the JVM, for the report's header. */
final class Machine {

    private static final Duration QUIET_FOR = Duration.ofSeconds(3);
    private static final Duration QUIET_WITHIN = Duration.ofMinutes(2);

    private Machine() {
    }

    static String describe() {
        String cpu = field("/proc/cpuinfo", "model name");
        String memory = field("/proc/meminfo", "MemTotal");
        return "- CPU: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpu + "\n"
                + "- Memory: " + memory + "\n"
                + "- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + "\n"
                + "- Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "\n"
                + "- Load average at the start (1, 5, 15 min): " + loadAverage() + "\n"
                + "- The load generator runs on the same machine as the whole stack.\n";
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg has them. */
    static String loadAverage() {
        return String.join(" ", Arrays.copyOf(read("/proc/loadavg").split(" "), 3));
    }

    /** All busy time of all CPUs, in seconds: the first line of /proc/stat (ticks of 1/100 s) less idle and iowait. */
    static double busySeconds() {
        String[] fields = read("/proc/stat").lines().findFirst().orElse("cpu 0").trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < fields.length && i <= 8; i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(fields[i]);
            }
        }
        return busy / 100.0;
    }

    /**
     * Waits until the whole machine (whoever uses it) keeps its cores less than a quarter busy for {@link #QUIET_FOR}, at
     * most {@link #QUIET_WITHIN}; returns the busy share of the last window, the one before it went on.
     */
    static double awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + QUIET_WITHIN.toNanos();
        double busy;
        do {
            double before = busySeconds();
            Thread.sleep(QUIET_FOR.toMillis());
            busy = (busySeconds() - before) / (QUIET_FOR.toMillis() / 1000.0 * Runtime.getRuntime().availableProcessors());
        } while (busy >= 0.25 && System.nanoTime() < deadline);
        return busy;
    }

    private static String field(String file, String name) {
        for (String line : read(file).split("\n")) {
            if (line.startsWith(name)) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "unknown";
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
