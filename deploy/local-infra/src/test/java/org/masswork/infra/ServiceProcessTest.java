package org.masswork.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The local stack's processes run with the JVM options the Kubernetes Deployments give the containers. */
class ServiceProcessTest {

    private static final Path DEPLOYMENTS = Path.of("../kubernetes/base");
    private static final Pattern JAVA_OPTIONS = Pattern.compile("- name: JDK_JAVA_OPTIONS\\s+value: (.+)");

    @Test
    void shouldRunEveryServiceWithTheJvmOptionsOfItsDeployment() throws IOException {
        // -XX:MaxRAM stands in for the container's memory limit; every other option is the Deployments'.
        String local = ServiceProcess.DEFAULT_JVM_FLAGS.stream().filter(flag -> !flag.startsWith("-XX:MaxRAM="))
                .collect(Collectors.joining(" "));
        for (String service : new String[] {"cadre-service", "case-service", "evaluation-service",
                "risk-assessment-service", "gateway"}) {
            String deployment = Files.readString(DEPLOYMENTS.resolve(service + ".yaml"));
            Matcher options = JAVA_OPTIONS.matcher(deployment);
            assertTrue(options.find(), service + ".yaml sets no JDK_JAVA_OPTIONS");
            assertEquals(local, options.group(1).trim(), service + ".yaml");
        }
    }
}
