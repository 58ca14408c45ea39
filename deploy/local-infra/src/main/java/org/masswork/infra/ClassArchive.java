package org.masswork.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The class-data sharing (AppCDS) archive a service's JVM maps at start instead of reading, parsing and verifying
 * those classes again (docs/benchmarks/2026-12-05-start-alone.md).
 * <ul>
 *   <li>Quarkus's package step writes {@code app-cds.jsa}: the classes loaded until its bean container is up. That
 *   leaves out what the start loads after it (Hibernate's boot, the Kafka clients, the consumers): 11,000 of the
 *   17,700 classes cadre-service loads on its way to ready.</li>
 *   <li>A training start ({@code MASSWORK_CDS_TRAINING=1}) runs with {@code -XX:ArchiveClassesAtExit} and, once the
 *   service has ended on a SIGTERM, leaves {@code trained-cds.jsa} beside {@code quarkus-run.jar}: the classes it
 *   had loaded and linked (the JVM leaves out those loaded but never linked). A service killed before it finished
 *   writing leaves nothing.</li>
 *   <li>Later starts map the trained archive while it is newer than {@code quarkus-run.jar} (which every package
 *   step writes again), else Quarkus's.</li>
 * </ul>
 * Both are dynamic archives, usable only by the JDK that wrote them and with the same jars at the same paths; a JVM
 * that finds its archive no longer matching says so in one line of its log and starts without it.
 */
final class ClassArchive {

    static final String TRAINING_ENVIRONMENT = "MASSWORK_CDS_TRAINING";
    static final String BUILT = "app-cds.jsa";
    static final String TRAINED = "trained-cds.jsa";
    /** A training JVM writes its archive as it exits: seconds for cadre-service's 94 MB, longer on a busy machine. */
    static final Duration TRAINING_STOP_GRACE = Duration.ofMinutes(2);
    /** How a JVM ends on SIGTERM once its shutdown hooks (and the archive's writing) are done: 128 + 15. */
    private static final int TERMINATED = 143;

    private final Path directory;
    private final Path training;

    private ClassArchive(Path directory, Path training) {
        this.directory = directory;
        this.training = training;
    }

    /** The archive for a start of the {@code quarkus-run.jar} given; a training one when {@code train}. */
    static ClassArchive forStart(Path quarkusRunJar, boolean train) {
        Path directory = quarkusRunJar.toAbsolutePath().getParent();
        return new ClassArchive(directory, train ? directory.resolve("trained-cds-" + UUID.randomUUID() + ".part") : null);
    }

    static boolean trainingRequested() {
        return "1".equals(System.getenv(TRAINING_ENVIRONMENT));
    }

    boolean trains() {
        return training != null;
    }

    List<String> jvmFlags() {
        if (trains()) {
            // Without -Xlog:cds=error the JVM logs a line for each class it leaves out (thousands).
            return List.of("-XX:ArchiveClassesAtExit=" + training, "-Xlog:cds=error");
        }
        return List.of("-XX:SharedArchiveFile=" + (trainedIsCurrent() ? TRAINED : BUILT));
    }

    private boolean trainedIsCurrent() {
        Path trained = directory.resolve(TRAINED);
        try {
            return Files.isRegularFile(trained) && Files.getLastModifiedTime(trained)
                    .compareTo(Files.getLastModifiedTime(directory.resolve("quarkus-run.jar"))) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * After the training JVM has ended with {@code exitCode}: its archive becomes {@code trained-cds.jsa} when it
     * ended on SIGTERM or by itself, and is deleted when it was killed or crashed (it may be half written).
     */
    void settle(int exitCode) {
        if (!trains() || !Files.exists(training)) {
            return;
        }
        try {
            if (exitCode == 0 || exitCode == TERMINATED) {
                Files.move(training, directory.resolve(TRAINED), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.delete(training);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot settle the class archive " + training, e);
        }
    }
}
