package org.masswork.infra;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A single-node KRaft Kafka broker in a child JVM started from the kafka-broker module's jars.
 * The child halts when its standard input closes, so it cannot outlive this JVM.
 */
final class KafkaBroker {

    static final String HOST = "127.0.0.1";
    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_START_ATTEMPTS = 3;
    /** How Kafka's SocketServer says a listener's port is in use. */
    private static final String PORT_TAKEN = "Address already in use";
    private static final List<String> JVM_FLAGS = List.of(
            "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true");

    private final String classpath;
    private final Path dataDir;
    private final Path configFile;
    private final Path clusterIdFile;
    private final Path logFile;
    private final Path pidFile;
    private final IntSupplier freePorts;
    private final boolean portsPicked;
    private int port;
    private int controllerPort;
    private Process process;
    // Held open on purpose: closing it makes the broker halt.
    private OutputStream stdin;

    /** {@code port} 0 picks a free one, and picks again should another process take it before the broker binds. */
    KafkaBroker(String classpath, WorkDir workDir, int port) {
        this(classpath, workDir, port, Processes::freePort);
    }

    KafkaBroker(String classpath, WorkDir workDir, int port, IntSupplier freePorts) {
        this.classpath = classpath;
        this.dataDir = workDir.kafkaData();
        this.configFile = workDir.root().resolve("kafka-server.properties");
        this.clusterIdFile = workDir.root().resolve("kafka-cluster.id");
        this.logFile = workDir.logFile("kafka");
        this.pidFile = workDir.brokerPidFile();
        this.freePorts = freePorts;
        this.portsPicked = port == 0;
        this.port = portsPicked ? freePorts.getAsInt() : port;
        this.controllerPort = freePorts.getAsInt();
    }

    int port() {
        return port;
    }

    Path logFile() {
        return logFile;
    }

    synchronized boolean running() {
        return process != null && process.isAlive();
    }

    synchronized void start() {
        if (running()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            long logStart = launchBroker();
            try {
                awaitReady(logStart);
                return;
            } catch (PortTaken taken) {
                if (attempt == MAX_START_ATTEMPTS) {
                    throw failure(taken.getMessage(), logStart);
                }
                LOG.log(Level.WARNING, "{0}; starting the broker again on other ports", taken.getMessage());
                controllerPort = freePorts.getAsInt();
                if (portsPicked) {
                    port = freePorts.getAsInt();
                }
            }
        }
    }

    /** Starts the broker's JVM; returns where in the log file its lines begin. */
    private long launchBroker() {
        try {
            Files.createDirectories(logFile.getParent());
            long logStart = Files.exists(logFile) ? Files.size(logFile) : 0;
            Files.writeString(configFile, serverProperties());
            formatIfNeeded(logStart);
            process = launch(List.of("org.masswork.infra.broker.BrokerMain", configFile.toString()));
            stdin = process.getOutputStream();
            Processes.writePid(pidFile, process.pid());
            return logStart;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Kafka; log: " + logFile, e);
        }
    }

    synchronized void stop() {
        if (process == null) {
            return;
        }
        Processes.terminate(process.toHandle(), Duration.ofSeconds(20));
        closeQuietly(stdin);
        process = null;
        stdin = null;
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // Harmless: a stale pid file is checked against the live process before use.
        }
    }

    private void formatIfNeeded(long logStart) throws IOException {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        Process format = launch(List.of("kafka.tools.StorageTool", "format",
                "-t", clusterId(), "-c", configFile.toString()));
        closeQuietly(format.getOutputStream());
        if (!waitFor(format) || format.exitValue() != 0) {
            format.destroyForcibly();
            throw failure("formatting the Kafka log dir failed", logStart);
        }
    }

    /** Waits on the child itself: its handle can report it dead before the exit status is collected. */
    private static boolean waitFor(Process child) {
        try {
            return child.waitFor(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The cluster id is kept beside the data so a persistent log dir can be formatted again the same way. */
    private String clusterId() throws IOException {
        if (Files.exists(clusterIdFile)) {
            return Files.readString(clusterIdFile).trim();
        }
        String id;
        do {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits());
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        } while (id.startsWith("-")); // Kafka's own ids never start with '-': it would read as a command-line flag.
        Files.writeString(clusterIdFile, id + "\n");
        return id;
    }

    private Process launch(List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Processes.javaExecutable());
        command.addAll(JVM_FLAGS);
        command.add("-cp");
        command.add(classpath);
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
    }

    private void awaitReady(long logStart) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String exited = "the Kafka broker exited with code " + waitForExitCode();
                closeQuietly(stdin);
                process = null;
                if (Processes.logSince(logFile, logStart).contains(PORT_TAKEN)) {
                    throw new PortTaken(exited + ": a port was taken (" + port + " or " + controllerPort + ")");
                }
                throw failure(exited, logStart);
            }
            if (KafkaProbe.answers(HOST, port)) {
                return;
            }
            sleep(100);
        }
        stop();
        throw failure("the Kafka broker did not answer within " + START_TIMEOUT.toSeconds() + " s", logStart);
    }

    private int waitForExitCode() {
        waitFor(process);
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** The broker's own error lines name the cause; the last lines alone are often a stack trace without it. */
    private IllegalStateException failure(String what, long logStart) {
        return new IllegalStateException(what + "; log: " + logFile + "\n" + Processes.errorsAndTail(logFile, logStart, 30));
    }

    /** The broker could not bind a port picked for it: another process took it after it was picked. */
    private static final class PortTaken extends RuntimeException {
        PortTaken(String message) {
            super(message, null, false, false);
        }
    }

    private String serverProperties() {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + HOST + ":" + controllerPort,
                "controller.listener.names=CONTROLLER",
                "listeners=PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + HOST + ":" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=5",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "min.insync.replicas=1",
                "group.initial.rebalance.delay.ms=0",
                // After an unclean stop the restarted broker cannot register until its old session expires (9 s by default).
                "broker.session.timeout.ms=4000",
                "broker.heartbeat.interval.ms=1000",
                "auto.create.topics.enable=true",
                "num.partitions=3",
                // The default 128 MiB cleaner buffer is far more than a local broker needs.
                "log.cleaner.dedupe.buffer.size=16777216",
                "log.dirs=" + dataDir.toAbsolutePath(),
                "");
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            if (stream != null) {
                stream.close();
            }
        } catch (IOException e) {
            // The child is gone already.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }
}
