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
    void shouldGiveTheServicesWithPersonalDataTheirKeysFromTheirOwnSecret(String overlay) {
        Map<String, String> privacySecrets = new TreeMap<>();
        for (JsonNode deployment : ofKind(render(overlay), "Deployment")) {
            JsonNode envFrom = deployment.at("/spec/template/spec/containers/0/envFrom");
            if (!envFrom.isMissingNode()) {
                assertThat(envFrom).hasSize(1);
                privacySecrets.put(deployment.at("/metadata/name").asText(), envFrom.at("/0/secretRef/name").asText());
            }
        }

        assertThat(privacySecrets).containsExactlyInAnyOrderEntriesOf(Map.of(
                "cadre-service", "cadre-privacy", "case-service", "cases-privacy", "risk-assessment-service", "risk-privacy"));
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
