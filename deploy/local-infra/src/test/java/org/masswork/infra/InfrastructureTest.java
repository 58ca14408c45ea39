package org.masswork.infra;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InfrastructureTest {

    @Test
    void startsStopsAndRestartsRealServers() throws Exception {
        Infrastructure infra = Infrastructure.start(InfraOptions.ephemeral());
        Path workDir = infra.workDir();
        int postgresPort = infra.postgresPort();
        int kafkaPort = Integer.parseInt(infra.kafkaBootstrapServers().split(":")[1]);
        try {
            String url = infra.jdbcUrl("infra_test");
            assertEquals("jdbc:postgresql://localhost:" + postgresPort + "/infra_test", url);
            try (Connection connection = DriverManager.getConnection(url, infra.username(), infra.password());
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT current_database()")) {
                assertTrue(rows.next());
                assertEquals("infra_test", rows.getString(1));
            }
            assertTrue(accepts(kafkaPort));
            assertTrue(KafkaProbe.answers("127.0.0.1", kafkaPort));

            infra.stopKafka();
            assertFalse(infra.kafkaRunning());
            assertFalse(accepts(kafkaPort));

            infra.startKafka();
            assertTrue(infra.kafkaRunning());
            assertTrue(accepts(kafkaPort));
        } finally {
            infra.close();
        }
        assertFalse(accepts(kafkaPort));
        assertFalse(accepts(postgresPort));
        assertFalse(Files.exists(workDir));
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
