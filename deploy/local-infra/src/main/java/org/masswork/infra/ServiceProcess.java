package org.masswork.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A packaged Quarkus service ({@code quarkus-run.jar}) running as a child process. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * The Deployments' JVM options (JDK_JAVA_OPTIONS in deploy/kubernetes/base), chosen by measurement
     * (docs/benchmarks/2026-12-03-jvm-flags.md): the heap a quarter of the container's memory limit (MinRAMPercentage
     * too: without it the JVM gives no heap under its default 125 MiB when the limit is above 250 MiB, as the
     * gateway's 320Mi is), the serial collector, which after a full collection keeps 20–40 % of the old generation
     * free instead of 40–70 % (docs/benchmarks/2026-12-05-memory-after-burst.md: cadre-service 12–25 MB smaller after a
     * burst, for about as much collecting), a young generation of 16 MB and an initial heap of 48 MB
     * (docs/benchmarks/2026-12-05-burst-start.md: a start without the seven full collections of a heap grown from 8 MB,
     * cadre-service 2 full collections over a stack's life instead of 8–9), the client compiler only (C1: half the CPU
     * per request of C1 + C2 on a burst, faster starts, less memory for code and compiling), exit when the heap runs
     * out. {@code ServiceProcessTest} holds the Deployments to these.
     */
    public static final List<String> DEPLOYMENT_JVM_FLAGS = List.of("-XX:MaxRAMPercentage=25",
            "-XX:MinRAMPercentage=25", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40",
            "-Xmn16m", "-XX:InitialHeapSize=48m", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
    /**
     * The local stack's own: {@code -XX:MaxRAM} stands in for the container's memory limit the heap is a percentage
     * of (a service's 512Mi, so the same 128 MiB heap as in its pod; the gateway's pod has 320Mi, 80 MiB of heap,
     * here it gets a service's). Each start adds its AppCDS archive ({@link ClassArchive}). The images have none: a
     * dynamic archive is usable only on the runtime's base CDS archive, which their jlinked runtime lacks
     * (deploy/images/README.md).
     */
    public static final List<String> LOCAL_JVM_FLAGS = List.of("-XX:MaxRAM=512m");
    public static final List<String> DEFAULT_JVM_FLAGS =
            Stream.concat(LOCAL_JVM_FLAGS.stream(), DEPLOYMENT_JVM_FLAGS.stream()).toList();
    /**
     * The Deployments' environment for the JVM's native memory: glibc's malloc keeps at most two arenas instead of
     * eight per core, whose unused pages stay resident (docs/benchmarks/2026-12-03-jvm-flags.md).
     */
    public static final Map<String, String> NATIVE_MEMORY_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final String name;
    private final Process process;
    private final Path logFile;
    private final ClassArchive archive;

    private ServiceProcess(String name, Process process, Path logFile, ClassArchive archive) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.archive = archive;
    }

    /**
     * Starts the service with {@link #DEFAULT_JVM_FLAGS} and its {@link ClassArchive} (a training one when
     * {@code MASSWORK_CDS_TRAINING=1}), or with exactly the flags in {@code MASSWORK_JVM_FLAGS} (space-separated) when
     * that is set: for measuring other heap and GC settings on the local stack (docs/benchmarks/2026-12-03-jvm-flags.md).
     */
    public static ServiceProcess start(String name, Path quarkusRunJar, Map<String, String> env, Path logFile) {
        String override = System.getenv("MASSWORK_JVM_FLAGS");
        if (override != null && !override.isBlank()) {
            return start(name, quarkusRunJar, env, logFile, List.of(override.trim().split("\\s+")),
                    ClassArchive.forStart(quarkusRunJar, false));
        }
        ClassArchive archive = ClassArchive.forStart(quarkusRunJar, ClassArchive.trainingRequested());
        return start(name, quarkusRunJar, env, logFile,
                Stream.concat(DEFAULT_JVM_FLAGS.stream(), archive.jvmFlags().stream()).toList(), archive);
    }

    private static ServiceProcess start(String name, Path quarkusRunJar, Map<String, String> env, Path logFile,
                                        List<String> jvmFlags, ClassArchive archive) {
        if (!Files.isRegularFile(quarkusRunJar)) {
            throw new IllegalStateException(name + ": " + quarkusRunJar + " is missing; build it with ./mvnw install");
        }
        List<String> command = new ArrayList<>();
        command.add(Processes.javaExecutable());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(quarkusRunJar.toAbsolutePath().toString());
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(quarkusRunJar.toAbsolutePath().getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            // Unless this process's own environment says otherwise (to measure other settings).
            NATIVE_MEMORY_ENVIRONMENT.forEach(builder.environment()::putIfAbsent);
            builder.environment().putAll(env);
            return new ServiceProcess(name, builder.start(), logFile, archive);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Polls {@code /q/health/ready} on the management port until it answers 200. */
    public void awaitReady(int managementPort, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failure("exited with code " + process.exitValue());
            }
            if (ready(client, request)) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("interrupted while waiting");
            }
        }
        throw failure("was not ready within " + timeout.toSeconds() + " s");
    }

    private static boolean ready(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException(name + " " + what + "; log: " + logFile + "\n" + Processes.tail(logFile, 30));
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, for tests of crash recovery. */
    public void kill() {
        process.destroyForcibly();
        Processes.awaitExit(process.toHandle(), STOP_GRACE);
        settleArchive();
    }

    /** SIGTERM, then SIGKILL after 10 s (2 minutes for a training start, which writes its class archive as it exits). */
    @Override
    public void close() {
        if (process.isAlive()) {
            Processes.terminate(process.toHandle(), archive.trains() ? ClassArchive.TRAINING_STOP_GRACE : STOP_GRACE);
        }
        settleArchive();
    }

    private void settleArchive() {
        if (!process.isAlive()) {
            archive.settle(process.exitValue());
        }
    }
}
