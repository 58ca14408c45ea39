package org.masswork.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Resident memory of the running local stack, read from /proc: each service (pid files in
 * {@code .local/run}), the Kafka broker, and PostgreSQL with all its backends. PostgreSQL's processes
 * share memory, so they are summed by PSS (each shared page counted once overall); the JVMs by RSS.
 */
final class Footprint {

    private static final List<String> SERVICES = List.of("cadre-service", "case-service", "evaluation-service",
            "risk-assessment-service", "gateway");

    private Footprint() {
    }

    /** Megabytes per process group, in a stable order: the services, kafka, postgresql. */
    static Map<String, Double> measure(Path root) {
        Path local = root.resolve(".local");
        Map<String, Double> megabytes = new LinkedHashMap<>();
        for (String service : SERVICES) {
            long pid = Long.parseLong(read(local.resolve("run").resolve(service + ".pid")).trim());
            megabytes.put(service, kilobytes(pid, "status", "VmRSS:") / 1024.0);
        }
        megabytes.put("kafka", processes("BrokerMain").mapToLong(pid -> kilobytes(pid, "status", "VmRSS:")).sum() / 1024.0);
        megabytes.put("postgresql", postgres(local).mapToLong(pid -> kilobytes(pid, "smaps_rollup", "Pss:")).sum() / 1024.0);
        return megabytes;
    }

    private static Stream<Long> postgres(Path local) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(local.toString())
                        && process.info().command().orElse("").endsWith("/postgres"))
                .flatMap(postmaster -> Stream.concat(Stream.of(postmaster), postmaster.descendants()))
                .map(ProcessHandle::pid);
    }

    private static Stream<Long> processes(String marker) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(marker))
                .map(ProcessHandle::pid);
    }

    private static long kilobytes(long pid, String file, String field) {
        for (String line : read(Path.of("/proc", String.valueOf(pid), file)).split("\n")) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
            }
        }
        return 0;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
