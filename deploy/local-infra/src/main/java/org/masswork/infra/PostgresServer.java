package org.masswork.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A real PostgreSQL server (zonky's embedded binaries) with its data in one folder. */
final class PostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    // zonky's initdb uses trust authentication: any password is accepted.
    static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private static final String MAX_CONNECTIONS = "200";
    /**
     * The local stack (persistent data) loads pg_stat_statements, so deploy/bench can count the statements of
     * each operation; the tests' throwaway servers do without it.
     */
    private static final String PRELOAD_FOR_LOCAL_STACK = "pg_stat_statements";

    private final EmbeddedPostgres postgres;
    private final int port;
    private final Path dataDir;
    private final Path logFile;
    private final boolean ephemeral;

    private PostgresServer(EmbeddedPostgres postgres, int port, Path dataDir, Path logFile, boolean ephemeral) {
        this.postgres = postgres;
        this.port = port;
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.ephemeral = ephemeral;
    }

    static PostgresServer start(Path dataDir, int port, boolean ephemeral, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(ephemeral)
                    .setPort(port)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", MAX_CONNECTIONS)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            if (ephemeral) {
                builder.setServerConfig("fsync", "off");
            } else {
                builder.setServerConfig("shared_preload_libraries", PRELOAD_FOR_LOCAL_STACK);
            }
            return new PostgresServer(builder.start(), port, dataDir, logFile, ephemeral);
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start; log: " + logFile + "\n"
                    + Processes.tail(logFile, 30), e);
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    synchronized void createDatabaseIfMissing(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain lower-case database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD)) {
            if (!exists(connection, database)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE \"" + database + "\"");
                }
            }
        } catch (SQLException e) {
            // 42P04: created meanwhile by someone else, which is fine.
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("cannot create database " + database, e);
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * Stops the server (fast shutdown: open sessions are cut) and waits until it is down; its data stays.
     * For tests of how services live through a database restart.
     */
    synchronized void stop() {
        pgCtl("-m", "fast", "stop");
    }

    /** Starts the server stopped by {@link #stop()} again, on the same port and data, and waits until it answers. */
    synchronized void startAgain() {
        String options = "-p " + port + " -F -c max_connections=" + MAX_CONNECTIONS
                + (ephemeral ? " -c fsync=off" : " -c shared_preload_libraries=" + PRELOAD_FOR_LOCAL_STACK);
        pgCtl("-l", logFile.toString(), "-o", options, "start");
    }

    /**
     * zonky's own pg_ctl, found beside the postgres binary its last start wrote into postmaster.opts, run
     * the way zonky runs it (in a user namespace when available: PostgreSQL refuses to run as root).
     */
    private void pgCtl(String... arguments) {
        try {
            String opts = Files.readString(dataDir.resolve("postmaster.opts")).trim();
            String postgresBinary = opts.startsWith("\"") ? opts.substring(1, opts.indexOf('"', 1)) : opts.split(" ")[0];
            List<String> command = new ArrayList<>();
            if (LinuxUtils.isUnshareAvailable()) {
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(Path.of(postgresBinary).resolveSibling("pg_ctl").toString(),
                    "-D", dataDir.toString(), "-w", "-t", "60"));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("pg_ctl " + String.join(" ", arguments) + " failed; log: " + logFile
                        + "\n" + Processes.tail(logFile, 30));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run pg_ctl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running pg_ctl", e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop PostgreSQL", e);
        }
    }
}
