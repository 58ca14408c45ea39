package org.masswork.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The folder one {@link Infrastructure} owns: {@code postgres/} data, {@code kafka/} log dir, {@code logs/},
 * and pid files so that a later start can clean up after an owner that was SIGKILLed.
 */
final class WorkDir {

    private static final System.Logger LOG = System.getLogger(WorkDir.class.getName());
    private static final String OWNER_PID = "owner.pid";
    private static final String BROKER_PID = "broker.pid";
    // A folder this young without owner.pid may still be being created by another JVM.
    private static final Duration CREATION_GRACE = Duration.ofMinutes(1);

    private final Path root;
    private final boolean ephemeral;

    private WorkDir(Path root, boolean ephemeral) {
        this.root = root;
        this.ephemeral = ephemeral;
    }

    static WorkDir ephemeral() {
        Path parent = ephemeralParent();
        try {
            sweepOrphans();
            String name = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
            Path root = Files.createDirectory(parent.resolve(name));
            Processes.writePid(root.resolve(OWNER_PID), ProcessHandle.current().pid());
            return new WorkDir(root, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work dir under " + parent, e);
        }
    }

    static WorkDir persistent(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        sweepOrphans();
        reclaim(root);
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + root, e);
        }
        Processes.writePid(root.resolve(OWNER_PID), ProcessHandle.current().pid());
        return new WorkDir(root, false);
    }

    /**
     * Stops the servers a dead owner left behind in a persistent work dir and removes their stale lock files.
     * Fails when the owner is still alive: two stacks must not share one data folder.
     */
    static void reclaim(Path root) {
        Processes.readPid(root.resolve(OWNER_PID)).ifPresent(owner -> {
            if (Processes.isAlive(owner)) {
                throw new IllegalStateException(root + " is in use by the running process " + owner
                        + "; stop it first");
            }
        });
        stopLeftovers(root);
    }

    private static Path ephemeralParent() {
        return Path.of(System.getProperty("java.io.tmpdir"), "masswork-infra");
    }

    /** Stops and deletes what test JVMs that were killed left in their temporary work dirs. */
    private static void sweepOrphans() {
        Path parent = ephemeralParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + parent, e);
        }
        try (Stream<Path> children = Files.list(parent)) {
            children.filter(Files::isDirectory).filter(WorkDir::orphaned).forEach(orphan -> {
                LOG.log(Level.INFO, "Removing orphaned infrastructure folder {0}", orphan);
                stopLeftovers(orphan);
                Processes.deleteTree(orphan);
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot sweep " + parent, e);
        }
    }

    private static boolean orphaned(Path dir) {
        var owner = Processes.readPid(dir.resolve(OWNER_PID));
        if (owner.isPresent()) {
            return !Processes.isAlive(owner.get());
        }
        try {
            return Files.getLastModifiedTime(dir).toInstant().isBefore(Instant.now().minus(CREATION_GRACE));
        } catch (IOException e) {
            return false;
        }
    }

    private static void stopLeftovers(Path root) {
        Processes.readPid(root.resolve(BROKER_PID))
                .flatMap(pid -> Processes.liveMatching(pid, "BrokerMain"))
                .ifPresent(broker -> {
                    LOG.log(Level.INFO, "Stopping leftover Kafka broker {0}", broker.pid());
                    Processes.terminate(broker, Duration.ofSeconds(10));
                });
        Path postmasterPid = root.resolve("postgres").resolve("postmaster.pid");
        Processes.readPid(postmasterPid).ifPresent(pid -> {
            Processes.liveMatching(pid, "postgres").ifPresent(postmaster -> {
                LOG.log(Level.INFO, "Stopping leftover PostgreSQL {0}", postmaster.pid());
                Processes.interrupt(postmaster, Duration.ofSeconds(10));
            });
            if (!Processes.isAlive(pid)) {
                deleteQuietly(postmasterPid);
            }
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + file, e);
        }
    }

    Path root() {
        return root;
    }

    boolean isEphemeral() {
        return ephemeral;
    }

    Path postgresData() {
        return root.resolve("postgres");
    }

    Path kafkaData() {
        return root.resolve("kafka");
    }

    Path logFile(String name) {
        return root.resolve("logs").resolve(name + ".log");
    }

    Path brokerPidFile() {
        return root.resolve(BROKER_PID);
    }

    /**
     * Copies the logs of an ephemeral folder out of it before it is deleted, so a failed start can still be read
     * afterwards; returns where they went (a persistent folder keeps its own).
     */
    Path keepLogs() {
        Path logs = root.resolve("logs");
        if (!ephemeral || !Files.isDirectory(logs)) {
            return logs;
        }
        Path kept = ephemeralParent().resolveSibling("masswork-infra-failed-starts").resolve(root.getFileName());
        try (Stream<Path> files = Files.list(logs)) {
            Files.createDirectories(kept);
            for (Path file : files.toList()) {
                Files.copy(file, kept.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot keep the logs of " + root, e);
        }
        return kept;
    }

    /** Deletes an ephemeral folder; gives up ownership of a persistent one. */
    void release() {
        if (ephemeral) {
            Processes.deleteTree(root);
        } else {
            deleteQuietly(root.resolve(OWNER_PID));
        }
    }
}
