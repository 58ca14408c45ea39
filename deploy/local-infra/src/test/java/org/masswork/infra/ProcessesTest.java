package org.masswork.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessesTest {

    @Test
    void shouldNeverHandOutAPortTwiceEvenBeforeAnyoneBindsIt() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            int port = Processes.freePort();
            assertTrue(port >= 20000 && port <= 32000, "port " + port + " outside the picked range");
            ports.add(port);
        }

        // 1,000 draws from 12,001 ports repeat some 40 of them when drawn independently.
        assertEquals(1000, ports.size());
    }
}
