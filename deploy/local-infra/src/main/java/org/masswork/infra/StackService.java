package org.masswork.infra;

import java.nio.file.Path;
import java.util.List;

/**
 * One service of the local stack.
 *
 * @param name     module folder and display name
 * @param key      upper-case short name used in environment variables (MASSWORK_&lt;KEY&gt;_PORT)
 * @param port           its HTTP port (the API, its documents)
 * @param managementPort its management interface: health and metrics
 * @param database       its database, or {@code null} for none
 * @param personalData   whether it keeps personal data, so gets the personal data keys ({@link PrivacyKeys})
 */
public record StackService(String name, String key, int port, int managementPort, String database, boolean personalData) {

    public static List<StackService> all(Environment env) {
        return List.of(
                new StackService("cadre-service", "CADRE", env.port("CADRE", 8081), env.port("CADRE_MANAGEMENT", 9081), "cadre", true),
                new StackService("case-service", "CASE", env.port("CASE", 8082), env.port("CASE_MANAGEMENT", 9082), "cases", true),
                new StackService("evaluation-service", "EVALUATION", env.port("EVALUATION", 8083),
                        env.port("EVALUATION_MANAGEMENT", 9083), "evaluation", false),
                new StackService("risk-assessment-service", "RISK", env.port("RISK", 8084), env.port("RISK_MANAGEMENT", 9084), "risk",
                        true),
                new StackService("gateway", "GATEWAY", env.port("GATEWAY", 8080), env.port("GATEWAY_MANAGEMENT", 9080), null, false));
    }

    /** Where its health and metrics are served. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public Path jar(Path root) {
        return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public boolean isGateway() {
        return "GATEWAY".equals(key);
    }

    /** Reads MASSWORK_&lt;NAME&gt;_PORT overrides. */
    public interface Environment {
        int port(String key, int defaultPort);

        /** Free ports for every service: for tests, so two builds on one machine never collide. */
        static Environment freePorts() {
            return (key, defaultPort) -> Processes.freePort();
        }

        static Environment system() {
            return (key, defaultPort) -> {
                String value = System.getenv("MASSWORK_" + key + "_PORT");
                return value == null || value.isBlank() ? defaultPort : Integer.parseInt(value.trim());
            };
        }
    }
}
