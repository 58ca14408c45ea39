package org.masswork.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every document each overlay renders passes the validator and keeps the rules of README.md. */
class OverlaysTest {

    private static final ManifestValidator VALIDATOR = ManifestValidator.inThisModule();
    private static final List<String> WORKLOADS =
            List.of("cadre-service", "case-service", "evaluation-service", "risk-assessment-service", "gateway");

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void shouldRenderOnlyDocumentsTheValidatorAccepts(String overlay) {
        String manifests = Kustomize.onThisMachine().build(overlayDir(overlay));

        assertThat(VALIDATOR.problems(manifests)).as("problems in overlay " + overlay).isEmpty();
        assertThat(kinds(Kustomize.documents(manifests))).containsEntry("Deployment", 5).containsEntry("Service", 5)
                .containsEntry("HorizontalPodAutoscaler", 5).containsEntry("PodDisruptionBudget", 5)
                .containsEntry("Ingress", 1).containsEntry("Kafka", 1).containsEntry("KafkaNodePool", 1)
                .containsEntry("KafkaTopic", 4).containsEntry("Cluster", 4).containsEntry("ScheduledBackup", 4)
                .doesNotContainKey("Secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void shouldProbeLimitAndRunEveryWorkloadAsNonRoot(String overlay) {
        for (JsonNode deployment : ofKind(render(overlay), "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            JsonNode pod = deployment.at("/spec/template/spec");
            JsonNode container = pod.at("/containers/0");
            assertThat(name).isIn(WORKLOADS);
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(name).isTrue();
            assertThat(container.at("/startupProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/started");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/ready");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/live");
            for (String probe : List.of("/startupProbe", "/readinessProbe", "/livenessProbe")) {
                assertThat(container.at(probe + "/httpGet/port").asText()).as(name + probe).isEqualTo("management");
            }
            for (String resource : List.of("/resources/requests/cpu", "/resources/requests/memory",
                    "/resources/limits/memory")) {
                assertThat(container.at(resource).isMissingNode()).as(name + resource).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void shouldGiveEachTopicThePartitionsTheServicesAreToldAbout(String overlay) {
        List<JsonNode> documents = render(overlay);
        JsonNode config = ofKind(documents, "ConfigMap").get(0).get("data");
        Map<String, String> topics = new TreeMap<>();
        ofKind(documents, "KafkaTopic").forEach(topic -> topics.put(topic.at("/spec/topicName").asText(),
                topic.at("/spec/partitions").asText()));

        assertThat(topics).containsExactlyInAnyOrderEntriesOf(Map.of(
                "masswork.cadre.events", config.get("CADRE_EVENTS_PARTITIONS").asText(),
                "masswork.case.events", config.get("CASE_EVENTS_PARTITIONS").asText(),
                "masswork.evaluation.events", config.get("EVALUATION_EVENTS_PARTITIONS").asText(),
                "masswork.risk.events", config.get("RISK_EVENTS_PARTITIONS").asText()));
        ofKind(documents, "KafkaTopic").forEach(topic -> assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(3));
        assertThat(ofKind(documents, "KafkaNodePool").get(0).at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(ofKind(documents, "Kafka").get(0).at("/spec/kafka/config/min.insync.replicas").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void shouldExposeOnlyTheGatewayAndGiveEveryDatabaseThreeInstancesWithBackups(String overlay) {
        List<JsonNode> documents = render(overlay);

        List<JsonNode> ingresses = ofKind(documents, "Ingress");
        assertThat(ingresses).hasSize(1);
        assertThat(ingresses.get(0).findValues("service")).allSatisfy(backend ->
                assertThat(backend.get("name").asText()).isEqualTo("gateway"));
        ofKind(documents, "Service").forEach(service ->
                assertThat(service.at("/spec/type").asText("ClusterIP")).isEqualTo("ClusterIP"));
        for (JsonNode cluster : ofKind(documents, "Cluster")) {
            assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(3);
            assertThat(cluster.at("/spec/backup/barmanObjectStore/destinationPath").asText()).startsWith("s3://");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void shouldServeHealthAndMetricsOnANamedManagementPortOnly(String overlay) {
        List<JsonNode> documents = render(overlay);
        for (JsonNode deployment : ofKind(documents, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            Map<String, Integer> ports = new TreeMap<>();
            container.get("ports").forEach(port -> ports.put(port.get("name").asText(), port.get("containerPort").asInt()));
            assertThat(ports).as(name).containsExactlyInAnyOrderEntriesOf(Map.of("http", 8080, "management", 9000));
            assertThat(env(container)).as(name).containsEntry("QUARKUS_HTTP_PORT", "8080").containsEntry("QUARKUS_MANAGEMENT_PORT", "9000");
            assertThat(deployment.at("/spec/template/metadata/annotations/prometheus.io~1port").asText()).as(name).isEqualTo("9000");
        }
        for (JsonNode service : ofKind(documents, "Service")) {
            Map<String, String> ports = new TreeMap<>();
            service.at("/spec/ports").forEach(port -> ports.put(port.get("name").asText(), port.get("targetPort").asText()));
            assertThat(ports).as(service.at("/metadata/name").asText()).containsEntry("http", "http").containsEntry("management", "management");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void shouldRouteOnlyTheGatewaysApiTokensAndDocumentsFromOutside(String overlay) {
        JsonNode ingress = ofKind(render(overlay), "Ingress").get(0);
        List<String> paths = ingress.findValues("paths").stream().flatMap(list -> java.util.stream.StreamSupport.stream(list.spliterator(), false))
                .map(path -> path.get("pathType").asText() + " " + path.get("path").asText()).toList();

        assertThat(paths).containsExactlyInAnyOrder("Prefix /api", "Prefix /oauth", "Prefix /openapi", "Exact /q/openapi");
        assertThat(ingress.findValues("port")).allSatisfy(port -> assertThat(port.get("name").asText()).isEqualTo("http"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void shouldOpenTheManagementPortsToPrometheusAndTheGatewayOnly(String overlay) {
        Map<String, JsonNode> policies = new TreeMap<>();
        ofKind(render(overlay), "NetworkPolicy").forEach(policy -> policies.put(policy.at("/metadata/name").asText(), policy));
        for (String workload : WORKLOADS) {
            JsonNode policy = policies.get(workload);
            assertThat(policy).as(workload).isNotNull();
            for (JsonNode rule : policy.at("/spec/ingress")) {
                List<Integer> ports = new java.util.ArrayList<>();
                rule.get("ports").forEach(port -> ports.add(port.get("port").asInt()));
                for (JsonNode from : rule.get("from")) {
                    String peer = from.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText(
                            from.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText());
                    if (peer.equals("monitoring")) {
                        assertThat(ports).as(workload + " from " + peer).containsExactly(9000);
                    } else if (peer.equals("ingress-nginx")) {
                        assertThat(workload).isEqualTo("gateway");
                        assertThat(ports).as(workload + " from " + peer).containsExactly(8080);
                    } else {
                        assertThat(peer).as(workload + ": who may reach it").isEqualTo("gateway");
                        assertThat(workload).isNotEqualTo("gateway");
                    }
                }
            }
        }
    }

    private static Map<String, String> env(JsonNode container) {
        Map<String, String> env = new TreeMap<>();
        container.get("env").forEach(variable -> env.put(variable.get("name").asText(), variable.path("value").asText(null)));
        return env;
    }

    private static List<JsonNode> render(String overlay) {
        return Kustomize.onThisMachine().render(overlayDir(overlay));
    }

    private static Path overlayDir(String overlay) {
        return Module.dir().resolve("overlays").resolve(overlay);
    }

    private static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(document -> kind.equals(document.path("kind").asText())).toList();
    }

    private static Map<String, Integer> kinds(List<JsonNode> documents) {
        Map<String, Integer> counts = new TreeMap<>();
        documents.forEach(document -> counts.merge(document.path("kind").asText(), 1, Integer::sum));
        return counts;
    }

}
