package org.masswork.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The local stack's processes run with the JVM options and the native memory settings the Deployments give the containers. */
class ServiceProcessTest {

    private static final Path DEPLOYMENTS = Path.of("../kubernetes/base");
    private static final String[] SERVICES = {"cadre-service", "case-service", "evaluation-service",
            "risk-assessment-service", "gateway"};

    @Test
    void shouldRunEveryServiceWithTheJvmOptionsOfItsDeployment() throws IOException {
        // The local stack's own (-XX:MaxRAM for the container's limit, its AppCDS archive) come on top of these.
        String options = String.join(" ", ServiceProcess.DEPLOYMENT_JVM_FLAGS);
        for (String service : SERVICES) {
            assertEquals(options, value(service, "JDK_JAVA_OPTIONS"), service + ".yaml");
        }
        assertTrue(ServiceProcess.DEFAULT_JVM_FLAGS.containsAll(ServiceProcess.DEPLOYMENT_JVM_FLAGS));
    }

    @Test
    void shouldRunEveryServiceWithTheNativeMemorySettingsOfItsDeployment() throws IOException {
        for (String service : SERVICES) {
            for (Map.Entry<String, String> variable : ServiceProcess.NATIVE_MEMORY_ENVIRONMENT.entrySet()) {
                assertEquals(variable.getValue(), value(service, variable.getKey()), service + ".yaml " + variable.getKey());
            }
        }
    }

    /** The value a Deployment gives an environment variable of its container, without quotes. */
    private static String value(String service, String variable) throws IOException {
        String deployment = Files.readString(DEPLOYMENTS.resolve(service + ".yaml"));
        Matcher value = Pattern.compile("- name: " + Pattern.quote(variable) + "\\s+value: (.+)").matcher(deployment);
        assertTrue(value.find(), service + ".yaml sets no " + variable);
        return value.group(1).trim().replaceAll("^\"(.*)\"$", "$1");
    }
}
