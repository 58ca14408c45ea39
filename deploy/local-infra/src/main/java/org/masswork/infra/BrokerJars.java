package org.masswork.infra;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the jars the kafka-broker module leaves in its target folder and makes a classpath of them. */
final class BrokerJars {

    static final String DIR_PROPERTY = "masswork.kafka.broker.dir";
    static final String KAFKA_VERSION = "4.1.1";
    private static final String MODULE_TARGET = "deploy/kafka-broker/target";

    private BrokerJars() {
    }

    static String classpath(Path configuredDir) {
        Path dir = Optional.ofNullable(configuredDir)
                .or(() -> Optional.ofNullable(System.getProperty(DIR_PROPERTY)).filter(s -> !s.isBlank()).map(Path::of))
                .or(BrokerJars::searchUpwards)
                .orElse(Path.of(MODULE_TARGET));
        Path brokerJar = brokerJar(dir).orElseThrow(() -> missing(dir));
        Path lib = dir.resolve("lib");
        if (!Files.isRegularFile(lib.resolve("kafka_2.13-" + KAFKA_VERSION + ".jar"))) {
            throw missing(dir);
        }
        return brokerJar.toAbsolutePath() + File.pathSeparator + lib.toAbsolutePath() + File.separator + "*";
    }

    private static Optional<Path> searchUpwards() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(MODULE_TARGET);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> brokerJar(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("kafka-broker-.*\\.jar")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static IllegalStateException missing(Path dir) {
        return new IllegalStateException("The Kafka broker jars are missing in " + dir.toAbsolutePath()
                + ". Build them from the repository root with: ./mvnw -pl deploy/kafka-broker package");
    }
}
