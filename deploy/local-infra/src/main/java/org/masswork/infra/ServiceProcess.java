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

/** A packaged Quarkus service ({@code quarkus-run.jar}) running as a child process. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * The Deployments' JVM options (JDK_JAVA_OPTIONS in deploy/kubernetes/base), with {@code -XX:MaxRAM} standing in
     * for the container's memory limit the heap is a percentage of: a service's 512Mi, so the same 256 MiB heap as in
     * its pod. The gateway's pod has 320Mi (160 MiB of heap); here it gets a service's size.
     */
    public static final List<String> DEFAULT_JVM_FLAGS = List.of("-XX:MaxRAM=512m", "-XX:MaxRAMPercentage=50",
            "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final String name;
    private final Process process;
    private final Path logFile;

    private ServiceProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    public static ServiceProcess start(String name, Path quarkusRunJar, Map<String, String> env, Path logFile) {
        return start(name, quarkusRunJar, env, logFile, DEFAULT_JVM_FLAGS);
    }

    public static ServiceProcess start(String name, Path quarkusRunJar, Map<String, String> env, Path logFile,
                                       List<String> jvmFlags) {
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
            builder.environment().putAll(env);
            return new ServiceProcess(name, builder.start(), logFile);
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
    }

    /** SIGTERM, then SIGKILL after 10 s. */
    @Override
    public void close() {
        if (process.isAlive()) {
            Processes.terminate(process.toHandle(), STOP_GRACE);
        }
    }
}
