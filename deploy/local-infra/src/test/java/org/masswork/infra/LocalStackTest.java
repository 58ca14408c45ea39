package org.masswork.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack refuses to start, saying why and what to do, before it starts anything. */
class LocalStackTest {

    @Test
    void shouldRefuseToStartWhenAPortItNeedsIsTaken(@TempDir Path root) throws IOException {
        withBuildOutput(root);
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            String errors = refusal(new LocalStack(root, (key, defaultPort) -> key.equals("CASE") ? port : freePort()));

            assertTrue(errors.contains("ports in use: " + port + " (case-service)"), errors);
            assertTrue(errors.contains("MASSWORK_<NAME>_PORT"), errors);
        }
    }

    @Test
    void shouldMarkANewDataFolderWithTheVersionsItHolds(@TempDir Path root) throws IOException {
        DataVersion.ofThisBuild().claim(root.resolve(".local"));

        String marker = Files.readString(root.resolve(".local").resolve(DataVersion.FILE));
        assertTrue(marker.matches("(?s).*\\npostgres=\\d+\\n.*"), marker);
        assertTrue(marker.contains("kafka=" + BrokerJars.KAFKA_VERSION + "\n"), marker);
        DataVersion.ofThisBuild().claim(root.resolve(".local"));
    }

    @Test
    void shouldRefuseADataFolderOfAnotherVersionAndSayWhatToDo(@TempDir Path root) throws IOException {
        withBuildOutput(root);
        Path local = Files.createDirectories(root.resolve(".local"));
        Files.writeString(local.resolve(DataVersion.FILE), "postgres=9\nkafka=3.0.0\n");

        String errors = refusal(new LocalStack(root, (key, defaultPort) -> freePort()));

        assertTrue(errors.contains("holds data of another version (postgres 9, kafka 3.0.0)"), errors);
        assertTrue(errors.contains("mv " + local + " " + local + "-old"), errors);
        assertTrue(errors.contains("rm -rf " + local), errors);
        assertEquals("postgres=9\nkafka=3.0.0\n", Files.readString(local.resolve(DataVersion.FILE)));
        assertFalse(Files.exists(local.resolve("postgres")));
    }

    private static String refusal(LocalStack stack) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertFalse(stack.start());
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Empty files where the stack looks for its jars: enough to pass the check that they were built. */
    private static void withBuildOutput(Path root) throws IOException {
        for (String name : new String[] {"cadre-service", "case-service", "evaluation-service", "risk-assessment-service", "gateway"}) {
            Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
            Files.createDirectories(jar.getParent());
            Files.createFile(jar);
        }
        Path broker = Files.createDirectories(root.resolve("deploy/kafka-broker/target/lib"));
        Files.createFile(broker.getParent().resolve("kafka-broker-1.0.0-SNAPSHOT.jar"));
        Files.createFile(broker.resolve("kafka_2.13-" + BrokerJars.KAFKA_VERSION + ".jar"));
    }

    private static int freePort() {
        return Processes.freePort();
    }
}
