package org.masswork.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What the benchmark ran on, read from /proc and the JVM, for the report's header. */
final class Machine {

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
