package org.masswork.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A port taken between being picked and being bound, the race ServerSocket(0) ports lose now and then. */
class KafkaBrokerTest {

    private WorkDir workDir;
    private ServerSocket taken;

    @BeforeEach
    void takeAPort() throws IOException {
        workDir = WorkDir.ephemeral();
        taken = new ServerSocket();
        taken.setReuseAddress(false);
        taken.bind(new InetSocketAddress(InetAddress.getByName(KafkaBroker.HOST), Processes.freePort()));
    }

    @AfterEach
    void release() throws IOException {
        taken.close();
        workDir.release();
    }

    @Test
    void aPickedPortTakenBeforeTheBrokerBindsIsPickedAgain() {
        Iterator<Integer> ports = List.of(taken.getLocalPort(), Processes.freePort(), Processes.freePort(),
                Processes.freePort()).iterator();
        KafkaBroker broker = new KafkaBroker(BrokerJars.classpath(null), workDir, 0, ports::next);
        assertEquals(taken.getLocalPort(), broker.port());
        try {
            broker.start();
            assertNotEquals(taken.getLocalPort(), broker.port());
            assertTrue(KafkaProbe.answers(KafkaBroker.HOST, broker.port()));
        } finally {
            broker.stop();
        }
    }

    @Test
    void aBrokerThatCannotBindItsGivenPortSaysWhy() {
        KafkaBroker broker = new KafkaBroker(BrokerJars.classpath(null), workDir, taken.getLocalPort());
        IllegalStateException failure = assertThrows(IllegalStateException.class, broker::start);
        assertTrue(failure.getMessage().contains("Address already in use"), failure.getMessage());
        assertTrue(failure.getMessage().contains(String.valueOf(taken.getLocalPort())), failure.getMessage());
    }
}
