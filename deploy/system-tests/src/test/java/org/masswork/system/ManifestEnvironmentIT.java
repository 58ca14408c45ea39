package org.masswork.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.masswork.infra.InfraOptions;
import org.masswork.infra.PrivacyKeys;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.ServiceProcess;
import org.masswork.infra.TestTokens;

/**
 * Each packaged service starts with exactly the environment the county overlay's Deployment gives it. Only
 * what a cluster would supply is replaced: host names and ports (this machine's PostgreSQL, Kafka and free
 * ports), the operator's database secrets, the files of the mounted key secrets, and the personal data keys of the
 * {@code <db>-privacy} secrets (new keys for this run). Nothing else configures the processes.
 */
class ManifestEnvironmentIT {

    private static final Path ROOT = Path.of(System.getProperty("masswork.root", "../..")).toAbsolutePath().normalize();
    private static final Pattern CLUSTER_ADDRESS = Pattern.compile("//([a-z0-9-]+):(\\d+)");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    @Test
    void shouldStartEveryServiceWithTheEnvironmentOfItsDeployment() throws Exception {
        assertThat(System.getenv().keySet()).as("variables this JVM would pass on to the services")
                .noneMatch(name -> name.startsWith("QUARKUS_") || name.startsWith("MP_") || name.startsWith("KAFKA_")
                        || name.startsWith("MASSWORK_"));
        List<JsonNode> documents = Kustomize.documents(ROOT, "deploy/kubernetes/overlays/county");
        Map<String, String> config = new HashMap<>();
        documents.stream().filter(d -> d.path("kind").asText().equals("ConfigMap"))
                .forEach(map -> map.get("data").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText())));
        Map<String, JsonNode> deployments = new LinkedHashMap<>();
        documents.stream().filter(d -> d.path("kind").asText().equals("Deployment"))
                .forEach(d -> deployments.put(d.at("/metadata/name").asText(), d));
        assertThat(deployments).containsOnlyKeys("cadre-service", "case-service", "evaluation-service",
                "risk-assessment-service", "gateway");

        Map<String, Integer> ports = new HashMap<>();
        Map<String, Integer> managementPorts = new HashMap<>();
        deployments.keySet().forEach(name -> {
            ports.put(name, freePort());
            managementPorts.put(name, freePort());
        });
        List<ServiceProcess> processes = new ArrayList<>();
        try (Infrastructure infrastructure = Infrastructure.start(InfraOptions.ephemeral())) {
            Cluster cluster = new Cluster(infrastructure, ports, managementPorts, infrastructure.workDir().resolve("secrets"));
            for (Map.Entry<String, JsonNode> deployment : deployments.entrySet()) {
                String name = deployment.getKey();
                Map<String, String> env = cluster.environment(deployment.getValue(), config);
                processes.add(ServiceProcess.start(name, ROOT.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"),
                        env, ROOT.resolve("deploy/system-tests/target/service-logs/manifest-" + name + ".log")));
            }
            for (ServiceProcess process : processes) {
                process.awaitReady(managementPorts.get(process.name()), READY_TIMEOUT);
            }

            for (String name : deployments.keySet()) {
                given().baseUri("http://127.0.0.1:" + managementPorts.get(name))
                        .when().get("/q/health/ready")
                        .then().statusCode(200).body("status", equalTo("UP"));
                // The API port the Service's "http" names serves no health and no metrics.
                given().baseUri("http://127.0.0.1:" + ports.get(name))
                        .when().get("/q/metrics")
                        .then().statusCode(404);
            }
            given().baseUri("http://127.0.0.1:" + managementPorts.get("gateway"))
                    .when().get("/q/health/ready")
                    .then().body("checks[0].data.cadre", equalTo("UP")).body("checks[0].data.case", equalTo("UP"))
                    .body("checks[0].data.evaluation", equalTo("UP")).body("checks[0].data.risk", equalTo("UP"));
        } finally {
            processes.forEach(ServiceProcess::close);
        }
    }

    /** What the cluster supplies to a pod, played by this machine. */
    private record Cluster(Infrastructure infrastructure, Map<String, Integer> ports, Map<String, Integer> managementPorts,
                           Path secretsDir) {

        Map<String, String> environment(JsonNode deployment, Map<String, String> config) throws IOException {
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            Map<String, Path> mounts = mountSecrets(deployment.at("/spec/template/spec"), container);
            String name = deployment.at("/metadata/name").asText();
            Map<String, String> env = new LinkedHashMap<>();
            for (JsonNode variable : container.get("env")) {
                String key = variable.get("name").asText();
                String value;
                if (variable.has("value")) {
                    value = variable.get("value").asText();
                } else if (variable.at("/valueFrom/configMapKeyRef").isObject()) {
                    value = config.get(variable.at("/valueFrom/configMapKeyRef/key").asText());
                } else if (variable.at("/valueFrom/secretKeyRef").isObject()) {
                    value = secret(variable.at("/valueFrom/secretKeyRef/name").asText(),
                            variable.at("/valueFrom/secretKeyRef/key").asText());
                } else {
                    throw new AssertionError(name + " " + key + ": a kind of value this test cannot supply: " + variable);
                }
                assertThat(value).as(name + " " + key).isNotNull();
                env.put(key, local(name, key, value, mounts));
            }
            for (JsonNode source : container.path("envFrom")) {
                String secret = source.at("/secretRef/name").asText();
                assertThat(secret).as(name + ": the only secret a pod takes whole is its personal data keys' " + source)
                        .endsWith("-privacy");
                env.putAll(PrivacyKeys.environment(PrivacyKeys.generate("k1")));
            }
            return env;
        }

        /** Host names and ports of the cluster become this machine's; paths in mounted secrets become files here. */
        private String local(String service, String key, String value, Map<String, Path> mounts) {
            if (key.equals("QUARKUS_HTTP_PORT")) {
                return String.valueOf(ports.get(service));
            }
            if (key.equals("QUARKUS_MANAGEMENT_PORT")) {
                return String.valueOf(managementPorts.get(service));
            }
            if (key.equals("KAFKA_BOOTSTRAP_SERVERS")) {
                return infrastructure.kafkaBootstrapServers();
            }
            if (key.equals("QUARKUS_DATASOURCE_JDBC_URL")) {
                String database = value.substring(value.lastIndexOf('/') + 1);
                String local = infrastructure.jdbcUrl(database);
                return CLUSTER_ADDRESS.matcher(value).replaceFirst(local.substring(local.indexOf("//"), local.lastIndexOf('/')));
            }
            var address = CLUSTER_ADDRESS.matcher(value);
            if (key.startsWith("MASSWORK_GATEWAY_ROUTES_") && address.find()) {
                Integer port = (key.endsWith("_MANAGEMENT_URL") ? managementPorts : ports).get(address.group(1));
                assertThat(port).as(key + " names a service of the overlay: " + value).isNotNull();
                return address.replaceFirst("//127.0.0.1:" + port);
            }
            for (Map.Entry<String, Path> mount : mounts.entrySet()) {
                if (value.startsWith(mount.getKey() + "/")) {
                    return mount.getValue().resolve(value.substring(mount.getKey().length() + 1)).toString();
                }
            }
            return value;
        }

        /** The operator's database secrets (<cluster>-app), with this machine's credentials; the ballot codes' key. */
        private String secret(String secret, String key) {
            if (secret.equals("evaluation-ballot-codes") && key.equals("key")) {
                return "ballot-codes-key-of-this-run-" + UUID.randomUUID();
            }
            assertThat(secret).as("a CloudNativePG application secret").endsWith("-db-app");
            return switch (key) {
                case "username" -> infrastructure.username();
                case "password" -> infrastructure.password();
                default -> throw new AssertionError("unknown key " + key + " of " + secret);
            };
        }

        /** Writes the key secrets the pod mounts (the tests' own key pair) and maps each mount path to its folder. */
        private Map<String, Path> mountSecrets(JsonNode pod, JsonNode container) throws IOException {
            Map<String, Path> keys = Map.of("jwt-public.pem", TestTokens.publicKeyPem(), "jwt-private.pem",
                    TestTokens.privateKeyPem());
            Map<String, Path> mounts = new HashMap<>();
            for (JsonNode mount : container.path("volumeMounts")) {
                for (JsonNode volume : pod.path("volumes")) {
                    if (volume.get("name").asText().equals(mount.get("name").asText()) && volume.has("secret")) {
                        Path dir = Files.createDirectories(secretsDir.resolve(volume.at("/secret/secretName").asText()));
                        for (JsonNode item : volume.at("/secret/items")) {
                            Path key = keys.get(item.get("key").asText());
                            assertThat(key).as("a key file for secret item " + item).isNotNull();
                            Files.copy(key, dir.resolve(item.get("path").asText()),
                                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        }
                        mounts.put(mount.get("mountPath").asText(), dir);
                    }
                }
            }
            return mounts;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
