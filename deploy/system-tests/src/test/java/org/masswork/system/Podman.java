package org.masswork.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * This machine's podman, running containers the way a Kubernetes node runs a pod's container; skopeo loads the
 * images from the OCI layout deploy/images/build.sh writes into podman's store.
 */
final class Podman {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);

    /** What a container is started with. */
    record Container(String name, String image, Map<String, String> env, long user, long group, boolean readOnlyRoot,
                     boolean noNewPrivileges, List<String> dropCapabilities, long memoryBytes, double cpus,
                     Map<Path, String> readOnlyMounts, List<String> tmpfs) {
    }

    /** Why the images cannot be run here, or empty when podman and skopeo answer. */
    static Optional<String> unavailable() {
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("podman", "skopeo")) {
            try {
                Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
                process.getInputStream().readAllBytes();
                if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    missing.add(tool + " (does not answer --version)");
                }
            } catch (IOException e) {
                missing.add(tool);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                missing.add(tool + " (interrupted)");
            }
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", missing)
                + " not installed: the images cannot be run on this machine (Debian: apt-get install podman runc skopeo)");
    }

    /** Copies one image of an OCI layout into podman's store as {@code localName}. */
    void load(Path layout, String ref, String localName) {
        run(List.of("skopeo", "copy", "--quiet", "oci:" + layout + ":" + ref, "containers-storage:" + localName));
    }

    /**
     * Starts the container detached, on the host's network (PostgreSQL, Kafka and the other containers are on this
     * machine's loopback), and returns its id.
     */
    String start(Container container) {
        List<String> command = new ArrayList<>(List.of("podman", "run", "--detach", "--name", container.name(),
                "--network", "host", "--user", container.user() + ":" + container.group(),
                "--memory", String.valueOf(container.memoryBytes()), "--memory-swap", String.valueOf(container.memoryBytes())));
        if (container.cpus() > 0) {
            command.add("--cpus=" + container.cpus());
        }
        if (container.readOnlyRoot()) {
            // Only what the pod mounts is writable: no tmpfs of podman's own on /run and /var/tmp.
            command.addAll(List.of("--read-only", "--read-only-tmpfs=false"));
        }
        if (container.noNewPrivileges()) {
            command.addAll(List.of("--security-opt", "no-new-privileges"));
        }
        container.dropCapabilities().forEach(capability -> command.addAll(List.of("--cap-drop", capability)));
        container.tmpfs().forEach(path -> command.addAll(List.of("--tmpfs", path + ":rw,nosuid,nodev,mode=1777")));
        container.readOnlyMounts().forEach((host, path) -> command.addAll(List.of("--volume", host + ":" + path + ":ro")));
        // podman's default limits of open files and processes are above what it may grant where it lacks
        // CAP_SYS_RESOURCE (runc: "error setting rlimit type 7", type 6 for processes): the container gets this
        // process's open-files limit and at most 32768 processes (65536 was refused here too), as a kubelet's
        // containers get their runtime's limits.
        String files = String.valueOf(hardLimit("Max open files"));
        String processes = String.valueOf(Math.min(hardLimit("Max processes"), 32_768));
        command.addAll(List.of("--ulimit", "nofile=" + files + ":" + files, "--ulimit", "nproc=" + processes + ":" + processes));
        container.env().forEach((key, value) -> command.addAll(List.of("--env", key + "=" + value)));
        command.add(container.image());
        return run(command).trim();
    }

    boolean running(String name) {
        return "true".equals(run(List.of("podman", "inspect", "--format", "{{.State.Running}}", name)).trim());
    }

    /** The digest of the image (its manifest's) the container runs. */
    String imageDigest(String name) {
        return run(List.of("podman", "inspect", "--format", "{{.ImageDigest}}", name)).trim();
    }

    /** The container's main process (the JVM) as this machine's pid. */
    long pid(String name) {
        return Long.parseLong(run(List.of("podman", "inspect", "--format", "{{.State.Pid}}", name)).trim());
    }

    String logs(String name) {
        return run(List.of("podman", "logs", name));
    }

    /** Stops (SIGTERM, then SIGKILL after 10 s, as a kubelet does after the grace period) and removes the container. */
    void remove(String name) {
        run(List.of("podman", "rm", "--force", "--time", "10", "--ignore", name));
    }

    private static long hardLimit(String limit) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
                if (line.startsWith(limit)) {
                    String hard = line.substring(limit.length()).trim().split("\\s+")[1];
                    return "unlimited".equals(hard) ? 1_048_576 : Long.parseLong(hard);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no '" + limit + "' in /proc/self/limits");
    }

    private static String run(List<String> command) {
        try {
            Path output = Files.createTempFile("podman-", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("timed out: " + String.join(" ", command));
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("exit " + process.exitValue() + ": " + String.join(" ", command) + "\n" + text);
                }
                // podman on cgroups v1 machines says which storage driver it keeps using, on every call.
                return text.lines().filter(line -> !line.contains("level=info")).reduce("", (a, b) -> a + b + "\n");
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
