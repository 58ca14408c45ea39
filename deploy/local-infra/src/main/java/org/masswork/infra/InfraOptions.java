package org.masswork.infra;

import java.nio.file.Path;

/**
 * How to start {@link Infrastructure}.
 *
 * @param workDir      where data and logs live; {@code null} means a fresh temporary folder deleted on close
 * @param postgresPort PostgreSQL port; 0 picks a free one
 * @param kafkaPort    Kafka client port; 0 picks a free one
 * @param brokerDir    the kafka-broker module's {@code target} folder; {@code null} means locate it
 * @param shutdownHook whether the infrastructure stops itself when the JVM ends
 * @param listener     told when each server is ready
 */
public record InfraOptions(Path workDir, int postgresPort, int kafkaPort, Path brokerDir,
                           boolean shutdownHook, ReadyListener listener) {

    /** Receives "postgres" or "kafka" and how long that server took to start. */
    @FunctionalInterface
    public interface ReadyListener {
        void ready(String component, java.time.Duration took);
    }

    public static InfraOptions ephemeral() {
        return new InfraOptions(null, 0, 0, null, true, (component, took) -> { });
    }

    public static InfraOptions persistent(Path workDir, int postgresPort, int kafkaPort) {
        return new InfraOptions(workDir, postgresPort, kafkaPort, null, true, (component, took) -> { });
    }

    public InfraOptions withBrokerDir(Path dir) {
        return new InfraOptions(workDir, postgresPort, kafkaPort, dir, shutdownHook, listener);
    }

    public InfraOptions withShutdownHook(boolean enabled) {
        return new InfraOptions(workDir, postgresPort, kafkaPort, brokerDir, enabled, listener);
    }

    public InfraOptions withListener(ReadyListener readyListener) {
        return new InfraOptions(workDir, postgresPort, kafkaPort, brokerDir, shutdownHook, readyListener);
    }

    public boolean ephemeralMode() {
        return workDir == null;
    }
}
