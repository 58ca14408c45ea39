package org.masswork.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A container's memory as the node sees it, read from its main process's memory cgroup (v1 or v2) and /proc: what
 * the cgroup is charged (the OOM killer's figure), the working set (charged less inactive page cache: what the
 * kubelet and {@code kubectl top} report, and evicts on), and the process's resident set.
 */
record ContainerMemory(long chargedBytes, long workingSetBytes, long residentBytes) {

    static ContainerMemory of(long pid) {
        try {
            Path cgroup = cgroupDir(pid);
            boolean v2 = Files.exists(cgroup.resolve("memory.current"));
            long charged = Long.parseLong(Files.readString(cgroup.resolve(v2 ? "memory.current" : "memory.usage_in_bytes")).trim());
            Map<String, Long> stat = stat(cgroup.resolve("memory.stat"));
            long inactiveFile = stat.getOrDefault(v2 ? "inactive_file" : "total_inactive_file", 0L);
            return new ContainerMemory(charged, Math.max(0, charged - inactiveFile), residentBytes(pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path cgroupDir(long pid) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("/proc/" + pid + "/cgroup"));
        Optional<String> v1 = lines.stream().filter(line -> line.split(":", 3)[1].equals("memory")).findFirst();
        if (v1.isPresent()) {
            return Path.of("/sys/fs/cgroup/memory" + v1.get().split(":", 3)[2]);
        }
        String unified = lines.stream().filter(line -> line.startsWith("0::")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no memory cgroup for pid " + pid + ": " + lines));
        return Path.of("/sys/fs/cgroup" + unified.substring(3));
    }

    private static Map<String, Long> stat(Path file) throws IOException {
        Map<String, Long> values = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.split(" ");
            values.put(parts[0], Long.parseLong(parts[1]));
        }
        return values;
    }

    private static long residentBytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for pid " + pid);
    }

    static String mib(double bytes) {
        return String.format("%.0f", bytes / (1024 * 1024));
    }
}
