package org.masswork.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The five packaged services running as processes against one {@link Infrastructure}: the local
 * stack and the system tests start them the same way, with the same environment as production.
 */
public final class ServiceStack implements AutoCloseable {

    /**
     * The services start in parallel; on a loaded 2-core machine one took 179 s, so the benchmark that starts the
     * stack while others build raises it with MASSWORK_READY_TIMEOUT_SECONDS.
     */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(
            Long.parseLong(System.getenv().getOrDefault("MASSWORK_READY_TIMEOUT_SECONDS", "180").trim()));

    private final Path root;
    private final Infrastructure infrastructure;
    private final List<StackService> services;
    private final Path keysDir;
    private final Path logsDir;
    private final Map<String, String> shared;
    private final List<ServiceProcess> running = new CopyOnWriteArrayList<>();
    // Own threads: the common pool has a single thread on two cores, which would start services one by one.
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "service-stack");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param keysDir holds the token keys ({@link DevKeys}), with which services verify tokens, and the personal
     *                data keys ({@link PrivacyKeys}) the services that keep personal data are given
     */
    public ServiceStack(Path root, Infrastructure infrastructure, List<StackService> services, Path keysDir, Path logsDir) {
        this(root, infrastructure, services, keysDir, logsDir, Map.of());
    }

    /**
     * @param shared variables every process gets on top of production's, for what a run asks for besides: the
     *               system tests' trace receiver (tracing is off in the local stack otherwise)
     */
    public ServiceStack(Path root, Infrastructure infrastructure, List<StackService> services, Path keysDir, Path logsDir,
                        Map<String, String> shared) {
        this.root = root;
        this.infrastructure = infrastructure;
        this.services = List.copyOf(services);
        this.keysDir = keysDir;
        this.logsDir = logsDir;
        this.shared = Map.copyOf(shared);
    }

    public List<StackService> services() {
        return services;
    }

    public StackService service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /**
     * Starts every service in parallel and returns when all are ready; throws on the first that fails,
     * naming it and its log file.
     *
     * @param onStarted told of each process as soon as it runs (the local stack records its pid)
     * @param onReady   told of each service once it is ready, with how long it took
     */
    public void start(Consumer<ServiceProcess> onStarted, ReadyListener onReady) {
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (StackService service : services) {
            starts.add(CompletableFuture.runAsync(() -> start(service, onStarted, onReady), threads));
        }
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        starts.forEach(start -> start.exceptionally(error -> {
            firstFailure.completeExceptionally(error instanceof CompletionException ? error.getCause() : error);
            return null;
        }));
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).thenRun(() -> firstFailure.complete(null));
        try {
            firstFailure.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private void start(StackService service, Consumer<ServiceProcess> onStarted, ReadyListener onReady) {
        start(service, logsDir.resolve(service.name() + ".log"), onStarted, onReady);
    }

    private void start(StackService service, Path logFile, Consumer<ServiceProcess> onStarted, ReadyListener onReady) {
        start(service, service.jar(root), environment(service), logFile, onStarted, onReady);
    }

    private void start(StackService service, Path jar, Map<String, String> env, Path logFile,
                       Consumer<ServiceProcess> onStarted, ReadyListener onReady) {
        long started = System.nanoTime();
        ServiceProcess process = ServiceProcess.start(service.name(), jar, env, logFile);
        running.add(process);
        onStarted.accept(process);
        process.awaitReady(service.managementPort(), READY_TIMEOUT);
        onReady.ready(service, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Starts one more process of a service beside the stack's own, for drills that need a second instance:
     * on a free port, on its own database, with {@code overrides} on top of the service's environment (its
     * consumer group, the topics it reads). Returns when it is ready. It is named
     * {@code <service>.<instance>}, logs to {@code <service>.<instance>.log}, and stops with the stack or
     * earlier by {@link #stop(String)}.
     */
    public StackService startInstance(String name, String instance, String database, Map<String, String> overrides,
                                      ReadyListener onReady) {
        StackService service = service(name);
        StackService extra = new StackService(name + "." + instance, service.key(), Processes.freePort(), Processes.freePort(),
                database, service.personalData());
        Map<String, String> env = environment(extra);
        env.putAll(overrides);
        start(extra, service.jar(root), env, logsDir.resolve(extra.name() + ".log"), process -> { }, onReady);
        return extra;
    }

    /** SIGTERM, then SIGKILL after a grace period: a process started by {@link #startInstance} that is no longer needed. */
    public void stop(String name) {
        ServiceProcess process = process(name);
        process.close();
        running.remove(process);
    }

    /** The running process of a service, for tests that kill or restart one. */
    public ServiceProcess process(String name) {
        return running.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not running: " + name));
    }

    /** SIGKILL: the service dies at once, as in a crash, without finishing what it was doing. */
    public void kill(String name) {
        ServiceProcess process = process(name);
        process.kill();
        running.remove(process);
    }

    /**
     * Starts a service killed by {@link #kill(String)} again, on the same port, and returns when it is ready.
     * Its log goes to {@code <name>.restarted.log}, so the log up to the crash stays.
     */
    public void restart(String name, ReadyListener onReady) {
        StackService service = service(name);
        if (running.stream().anyMatch(p -> p.name().equals(name))) {
            throw new IllegalStateException(name + " is still running");
        }
        start(service, logsDir.resolve(name + ".restarted.log"), process -> { }, onReady);
    }

    /** The variables a deployment sets; nothing else differs from production. */
    Map<String, String> environment(StackService service) {
        Map<String, String> env = new HashMap<>(shared);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(service.managementPort()));
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keysDir.resolve(DevKeys.PUBLIC_KEY_FILE).toString());
        env.put("MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER);
        if (service.database() != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", infrastructure.jdbcUrl(service.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", infrastructure.username());
            env.put("QUARKUS_DATASOURCE_PASSWORD", infrastructure.password());
        }
        if (service.personalData()) {
            env.putAll(PrivacyKeys.environment(PrivacyKeys.read(keysDir)));
        }
        if (service.isGateway()) {
            services.stream().filter(s -> !s.isGateway()).forEach(target -> {
                env.put("MASSWORK_GATEWAY_ROUTES_" + target.key() + "_URL", "http://127.0.0.1:" + target.port());
                env.put("MASSWORK_GATEWAY_ROUTES_" + target.key() + "_MANAGEMENT_URL", target.managementUrl());
            });
            env.put("MASSWORK_GATEWAY_SIGNING_KEY_LOCATION", keysDir.resolve(DevKeys.PRIVATE_KEY_FILE).toString());
        }
        return env;
    }

    /** Stops the services (SIGTERM, then SIGKILL after a grace period), all at once. */
    @Override
    public void close() {
        running.stream().map(process -> CompletableFuture.runAsync(process::close, threads)).toList()
                .forEach(CompletableFuture::join);
        running.clear();
    }

    public interface ReadyListener {
        void ready(StackService service, Duration took);
    }
}
