package org.masswork.infra;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Real PostgreSQL and a real Kafka broker, started together, stopped together. */
public final class Infrastructure implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Infrastructure.class.getName());

    private final WorkDir workDir;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private Thread shutdownHook;
    private boolean closed;

    private Infrastructure(WorkDir workDir, PostgresServer postgres, KafkaBroker kafka) {
        this.workDir = workDir;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /** Starts PostgreSQL and Kafka in parallel; returns when both answer. */
    public static Infrastructure start(InfraOptions options) {
        String brokerClasspath = BrokerJars.classpath(options.brokerDir());
        WorkDir workDir = options.ephemeralMode() ? WorkDir.ephemeral() : WorkDir.persistent(options.workDir());
        int postgresPort = options.postgresPort() == 0 ? Processes.freePort() : options.postgresPort();
        KafkaBroker kafka = new KafkaBroker(brokerClasspath, workDir, options.kafkaPort());

        CompletableFuture<PostgresServer> postgresStart = inThread("postgres-start", options, "postgres",
                () -> PostgresServer.start(workDir.postgresData(), postgresPort, workDir.isEphemeral(),
                        workDir.logFile("postgres")));
        CompletableFuture<KafkaBroker> kafkaStart = inThread("kafka-start", options, "kafka", () -> {
            kafka.start();
            return kafka;
        });
        try {
            // allOf settles only when both have, so nothing is still starting when we clean up below.
            CompletableFuture.allOf(postgresStart, kafkaStart).join();
        } catch (CompletionException e) {
            kafka.stop();
            if (!postgresStart.isCompletedExceptionally()) {
                postgresStart.join().close();
            }
            LOG.log(Level.WARNING, "PostgreSQL or Kafka did not start; their logs are kept in {0}", workDir.keepLogs());
            workDir.release();
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
        Infrastructure infrastructure = new Infrastructure(workDir, postgresStart.join(), kafka);
        LOG.log(Level.INFO, "PostgreSQL on port {0} (data: {1}), Kafka on {2} (log: {3})",
                String.valueOf(postgresPort), workDir.postgresData(), infrastructure.kafkaBootstrapServers(),
                kafka.logFile());
        if (options.shutdownHook()) {
            infrastructure.registerShutdownHook();
        }
        return infrastructure;
    }

    private static <T> CompletableFuture<T> inThread(String threadName, InfraOptions options, String component,
                                                     Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            try {
                T value = task.get();
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                LOG.log(Level.INFO, "{0} ready in {1} ms", component, String.valueOf(took.toMillis()));
                options.listener().ready(component, took);
                result.complete(value);
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private void registerShutdownHook() {
        shutdownHook = new Thread(this::closeFromHook, "masswork-infra-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Creates the database when missing and returns its JDBC URL (without credentials). */
    public String jdbcUrl(String database) {
        postgres.createDatabaseIfMissing(database);
        return postgres.jdbcUrl(database);
    }

    public String username() {
        return PostgresServer.USER;
    }

    public String password() {
        return PostgresServer.PASSWORD;
    }

    public int postgresPort() {
        return postgres.port();
    }

    public String kafkaBootstrapServers() {
        return KafkaBroker.HOST + ":" + kafka.port();
    }

    /** Stops the broker and waits for its process to end; its data stays. */
    public void stopKafka() {
        kafka.stop();
    }

    /** Starts the broker again on the same port and log dir. */
    public void startKafka() {
        kafka.start();
    }

    /** Stops PostgreSQL (fast shutdown, sessions cut) and waits until it is down; its data stays. */
    public void stopPostgres() {
        postgres.stop();
    }

    /** Starts PostgreSQL again on the same port and data. */
    public void startPostgres() {
        postgres.startAgain();
    }

    public boolean kafkaRunning() {
        return kafka.running();
    }

    public Path workDir() {
        return workDir.root();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down already; the hook is running or about to.
            }
        }
        try {
            kafka.stop();
        } finally {
            try {
                postgres.close();
            } finally {
                workDir.release();
            }
        }
    }

    private void closeFromHook() {
        try {
            close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "stopping the infrastructure failed", e);
        }
    }
}
