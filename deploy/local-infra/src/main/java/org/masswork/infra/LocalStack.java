package org.masswork.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole system on this machine with one command: PostgreSQL, Kafka and the five services.
 * State lives in {@code <repo>/.local/}; Ctrl-C stops everything.
 */
public final class LocalStack {

    private final Path root;
    private final Path local;
    private final List<StackService> services;
    private final int postgresPort;
    private final int kafkaPort;
    private final long startedAt = System.nanoTime();
    private volatile Infrastructure infrastructure;
    private volatile ServiceStack stack;
    private boolean stopped;

    LocalStack(Path root, StackService.Environment env) {
        this.root = root;
        this.local = root.resolve(".local");
        this.services = StackService.all(env);
        this.postgresPort = env.port("POSTGRES", 15432);
        this.kafkaPort = env.port("KAFKA", 19092);
    }

    public static void main(String[] args) throws InterruptedException {
        String rootArg = args.length > 0 ? args[0] : System.getenv().getOrDefault("MASSWORK_ROOT", ".");
        LocalStack stack = new LocalStack(Path.of(rootArg).toAbsolutePath().normalize(),
                StackService.Environment.system());
        if (!stack.start()) {
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    boolean start() {
        List<String> problems = missingJars();
        if (!problems.isEmpty()) {
            System.err.println("Cannot start: missing build output\n  " + String.join("\n  ", problems)
                    + "\nBuild with: ./mvnw -DskipTests install (or deploy/run-local.sh --rebuild)");
            return false;
        }
        try {
            stopLeftoverServices();
            WorkDir.reclaim(local);
            DataVersion.ofThisBuild().claim(local);
        } catch (IllegalStateException e) {
            System.err.println("Cannot start: " + e.getMessage());
            return false;
        }
        List<String> taken = takenPorts();
        if (!taken.isEmpty()) {
            System.err.println("Cannot start: ports in use: " + String.join(", ", taken)
                    + "\nStop what uses them or choose others with MASSWORK_<NAME>_PORT.");
            return false;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "local-stack-shutdown"));
        try {
            startInfrastructure();
            startServices();
        } catch (RuntimeException e) {
            System.err.println("\nERROR: " + e.getMessage());
            return false;
        }
        StackService gateway = services.stream().filter(StackService::isGateway).findFirst().orElseThrow();
        progress("all ready in " + seconds(System.nanoTime() - startedAt));
        StringBuilder health = new StringBuilder();
        services.forEach(service -> health.append("\n            ").append(service.name()).append(": http://localhost:")
                .append(service.managementPort()).append("/q/health, /q/metrics"));
        System.out.println("\n  Gateway:  http://localhost:" + gateway.port()
                + "\n  API docs: http://localhost:" + gateway.port() + "/q/swagger-ui"
                + "\n  Health:" + health
                + "\n  Logs:     " + local.resolve("logs")
                + "\n  Keys:     " + local.resolve("keys") + " (tokens; personal data: " + PrivacyKeys.FILE + ")"
                + "\n\nPress Ctrl-C to stop.");
        return true;
    }

    private List<String> missingJars() {
        List<String> missing = new ArrayList<>();
        for (StackService service : services) {
            if (!Files.isRegularFile(service.jar(root))) {
                missing.add(root.relativize(service.jar(root)).toString());
            }
        }
        try {
            BrokerJars.classpath(brokerDir());
        } catch (IllegalStateException e) {
            missing.add(e.getMessage());
        }
        return missing;
    }

    private Path brokerDir() {
        return root.resolve("deploy/kafka-broker/target");
    }

    private List<String> takenPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        services.forEach(service -> {
            ports.put(service.name(), service.port());
            ports.put(service.name() + " management", service.managementPort());
        });
        ports.put("postgres", postgresPort);
        ports.put("kafka", kafkaPort);
        List<String> taken = new ArrayList<>();
        ports.forEach((name, port) -> {
            if (inUse(port)) {
                taken.add(port + " (" + name + ")");
            }
        });
        return taken;
    }

    private static boolean inUse(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            return true;
        }
        return KafkaProbe.acceptsConnections("127.0.0.1", port);
    }

    /** Services of a run that was SIGKILLed keep running; their pids are in .local/run. */
    private void stopLeftoverServices() {
        Path runDir = local.resolve("run");
        if (!Files.isDirectory(runDir)) {
            return;
        }
        List<ProcessHandle> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(runDir, "*.pid")) {
            for (Path pidFile : pidFiles) {
                Processes.readPid(pidFile)
                        .flatMap(pid -> Processes.liveMatching(pid, "quarkus-run.jar"))
                        .ifPresent(leftover -> {
                            progress("stopping leftover " + pidFile.getFileName() + " (pid " + leftover.pid() + ")");
                            leftovers.add(leftover);
                        });
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + runDir, e);
        }
        Processes.terminateAll(leftovers, Duration.ofSeconds(10));
    }

    private void startInfrastructure() {
        infrastructure = Infrastructure.start(InfraOptions.persistent(local, postgresPort, kafkaPort)
                .withBrokerDir(brokerDir())
                .withShutdownHook(false)
                .withListener((component, took) -> progress(component + " ready (" + seconds(took.toNanos()) + ")")));
        DevKeys.ensure(local.resolve("keys"));
        PrivacyKeys.ensure(local.resolve("keys"));
        services.stream().filter(s -> s.database() != null).forEach(s -> infrastructure.jdbcUrl(s.database()));
    }

    private void startServices() {
        stack = new ServiceStack(root, infrastructure, services, local.resolve("keys"), local.resolve("logs"));
        stack.start(process -> Processes.writePid(local.resolve("run").resolve(process.name() + ".pid"), process.pid()),
                (service, took) -> progress(service.name() + " ready (" + seconds(took.toNanos()) + ")"));
    }

    private Path pidFile(StackService service) {
        return local.resolve("run").resolve(service.name() + ".pid");
    }

    /** Services first, so none of them sees its database or broker vanish while it still runs. */
    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        System.out.println("\nStopping...");
        if (stack != null) {
            stack.close();
        }
        services.forEach(service -> pidFile(service).toFile().delete());
        if (infrastructure != null) {
            infrastructure.close();
        }
        System.out.println("Stopped.");
    }

    private void progress(String message) {
        System.out.printf("[%5.1fs] %s%n", (System.nanoTime() - startedAt) / 1e9, message);
    }

    private static String seconds(long nanos) {
        return String.format("%.1fs", nanos / 1e9);
    }
}
