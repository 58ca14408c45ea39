package org.masswork.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops one service of the running local stack and starts it again exactly as the stack started it: the same
 * command line, environment and working directory, read from /proc before it is stopped. The new process's pid goes
 * to {@code .local/run/<service>.pid}, as the stack's own, so the other tools find it. The processes started here
 * end when {@link #close()} is called (the benchmark does it when it ends, by their pids): run the local stack
 * afresh after a benchmark that restarted services.
 */
final class StackProcesses implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final Pattern QUARKUS_STARTED = Pattern.compile("started in ([\\d.]+)s");

    /** How a service was started, read from /proc. */
    private record Launch(List<String> command, Map<String, String> environment, Path directory, int managementPort) {
    }

    /**
     * @param readySeconds   from the process's start to the first 200 of /q/health/ready (polled every 50 ms)
     * @param quarkusSeconds what Quarkus logs itself ("started in"), from its JVM's start to the HTTP server listening
     * @param classArchive   the AppCDS archive its command line maps ({@code -XX:SharedArchiveFile}), or "none"
     */
    record Start(String service, double readySeconds, Double quarkusSeconds, String classArchive) {
    }

    private final Path root;
    private final List<Process> started = new ArrayList<>();
    private final Map<String, Launch> launches = new HashMap<>();

    StackProcesses(Path root) {
        this.root = root;
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "bench-restarted-services"));
    }

    /** SIGTERM to the service's process, SIGKILL after 20 s; returns when it has ended. */
    void stop(String service) {
        long pid = pid(service);
        launches.put(service, launch(service, pid));
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(service + " is not running"));
        process.destroy();
        try {
            process.onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            process.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a service stopped by {@link #stop(String)} and returns when it is ready, with how long that took. */
    Start start(String service) {
        Launch launch = launches.get(service);
        if (launch == null) {
            throw new IllegalStateException(service + " was not stopped here");
        }
        Path log = root.resolve(".local/logs").resolve(service + ".bench-restart.log");
        ProcessBuilder builder = new ProcessBuilder(launch.command()).directory(launch.directory().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(launch.environment());
        long begun = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service, e);
        }
        synchronized (started) {
            started.add(process);
        }
        writePid(service, process.pid());
        awaitReady(service, process, launch.managementPort(), begun, log);
        double ready = (System.nanoTime() - begun) / 1e9;
        return new Start(service, ready, quarkusStarted(log), classArchive(launch.command()));
    }

    /** Stop, then start alone: the service's start while the rest of the stack runs. */
    Start restart(String service) {
        stop(service);
        return start(service);
    }

    private static void awaitReady(String service, Process process, int managementPort, long begun, Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() - begun < READY_WITHIN.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited with " + process.exitValue() + "; log: " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(service + " was not ready within " + READY_WITHIN + "; log: " + log);
    }

    private static String classArchive(List<String> command) {
        String flag = "-XX:SharedArchiveFile=";
        return command.stream().filter(argument -> argument.startsWith(flag)).map(argument -> argument.substring(flag.length()))
                .findFirst().orElse("none");
    }

    private static Double quarkusStarted(Path log) {
        try {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Matcher started = QUARKUS_STARTED.matcher(line);
                if (started.find()) {
                    return Double.parseDouble(started.group(1));
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private Launch launch(String service, long pid) {
        Path proc = Path.of("/proc", String.valueOf(pid));
        try {
            List<String> command = Arrays.asList(new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).split("\0"));
            Map<String, String> environment = new LinkedHashMap<>();
            for (String variable : new String(Files.readAllBytes(proc.resolve("environ")), StandardCharsets.UTF_8).split("\0")) {
                int equals = variable.indexOf('=');
                if (equals > 0) {
                    environment.put(variable.substring(0, equals), variable.substring(equals + 1));
                }
            }
            Path directory = Files.readSymbolicLink(proc.resolve("cwd"));
            int managementPort = Optional.ofNullable(environment.get("QUARKUS_MANAGEMENT_PORT")).map(Integer::parseInt)
                    .orElseThrow(() -> new IllegalStateException(service + " has no QUARKUS_MANAGEMENT_PORT"));
            return new Launch(command, environment, directory, managementPort);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read how " + service + " (pid " + pid + ") was started", e);
        }
    }

    private long pid(String service) {
        try {
            return Long.parseLong(Files.readString(pidFile(service)).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("no pid file for " + service + ": is the local stack running?", e);
        }
    }

    private void writePid(String service, long pid) {
        try {
            Files.writeString(pidFile(service), pid + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pidFile(String service) {
        return root.resolve(".local/run").resolve(service + ".pid");
    }

    /** Ends the processes started here (SIGTERM, SIGKILL after the grace period). */
    @Override
    public void close() {
        List<Process> mine;
        synchronized (started) {
            mine = new ArrayList<>(started);
            started.clear();
        }
        mine.forEach(Process::destroy);
        for (Process process : mine) {
            try {
                if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
