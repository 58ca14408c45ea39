package org.masswork.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every document each overlay renders passes the validator (which also parses every alert's and dashboard panel's
 * PromQL) and keeps the rules of README.md.
 */
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
                .containsEntry("ServiceMonitor", 1).containsEntry("PrometheusRule", 1).containsEntry("ConfigMap", 2)
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
    void shouldLeaveAFailingEventLoopToItsSupervisorForAboutAMinute(String overlay) {
        // /q/health/live is DOWN while the consumer or the relay waits to be restarted by its supervisor, which pauses
        // 1 s, doubling up to 30 s (docs/architecture.md): the kubelet must allow at least two of the longest pauses.
        for (JsonNode deployment : ofKind(render(overlay), "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            if (name.equals("gateway")) {
                continue;
            }
            JsonNode liveness = deployment.at("/spec/template/spec/containers/0/livenessProbe");
            assertThat(liveness.path("periodSeconds").asInt(10) * liveness.path("failureThreshold").asInt(3))
                    .as(name + ": seconds of failed liveness probes before the pod is restarted").isBetween(60, 120);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void shouldScrapeEveryWorkloadOnTheManagementPortOfItsService(String overlay) {
        List<JsonNode> documents = render(overlay);
        List<JsonNode> monitors = ofKind(documents, "ServiceMonitor");
        assertThat(monitors).hasSize(1);
        JsonNode monitor = monitors.get(0);
        assertThat(monitor.at("/spec/endpoints")).hasSize(1);
        JsonNode endpoint = monitor.at("/spec/endpoints/0");
        assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
        assertThat(endpoint.path("port").asText()).as("metrics are served on the management interface only").isEqualTo("management");
        for (String workload : WORKLOADS) {
            JsonNode service = named(ofKind(documents, "Service"), workload);
            assertThat(selects(monitor.at("/spec/selector"), service.at("/metadata/labels")))
                    .as("the ServiceMonitor selects the Service " + workload).isTrue();
            assertThat(service.at("/spec/ports").findValuesAsText("name")).as(workload).contains(endpoint.path("port").asText());
            // Prometheus runs in the namespace monitoring: the workload's network policy lets it in.
            assertThat(named(ofKind(documents, "NetworkPolicy"), workload).at("/spec/ingress")
                    .findValuesAsText("kubernetes.io/metadata.name")).as(workload).contains("monitoring");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void shouldGiveEveryAlertADelayASeverityAndWhatToDo(String overlay) {
        List<String> alerts = new ArrayList<>();
        for (JsonNode group : ofKind(render(overlay), "PrometheusRule").get(0).at("/spec/groups")) {
            for (JsonNode rule : group.path("rules")) {
                String alert = rule.path("alert").asText();
                assertThat(alert).as("an alert, not a recording rule: " + rule).startsWith("Masswork");
                alerts.add(alert);
                assertThat(rule.path("for").asText()).as(alert + ": for").isNotBlank();
                assertThat(rule.at("/labels/severity").asText()).as(alert + ": severity").isIn("critical", "warning");
                assertThat(rule.at("/annotations/summary").asText()).as(alert + ": summary").isNotBlank();
                assertThat(rule.at("/annotations/description").asText()).as(alert + ": description, what to do")
                        .hasSizeGreaterThan(200);
            }
        }
        assertThat(alerts).doesNotHaveDuplicates().contains("MassworkOutboxStuck", "MassworkOutboxBacklogGrowing",
                "MassworkOutboxRelayFailing", "MassworkEventsParked", "MassworkEventsNewlyParked", "MassworkEventLoopDown",
                "MassworkConsumerLagHigh", "MassworkConsumerLagNotDecreasing", "MassworkEventsRetryingInfrastructure",
                "MassworkFiguresNotFolded", "MassworkDbPoolWaiting", "MassworkDbPoolSaturated", "MassworkGatewayRouteErrors", "MassworkGatewayRouteSlow",
                "MassworkGatewayCircuitOpen", "MassworkTargetDown", "MassworkServiceDown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void shouldHandGrafanaItsDashboard(String overlay) throws IOException {
        List<JsonNode> maps = ofKind(render(overlay), "ConfigMap").stream()
                .filter(map -> map.at("/metadata/labels/grafana_dashboard").asText().equals("1")).toList();
        assertThat(maps).hasSize(1);
        JsonNode data = maps.get(0).path("data");
        assertThat(data.size()).isEqualTo(1);
        String json = data.elements().next().asText();
        // kubectl apply (client side) keeps a copy of the object in an annotation of at most 256 KiB.
        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThan(200 * 1024);
        JsonNode dashboard = new ObjectMapper().readTree(json);
        assertThat(dashboard.path("uid").asText()).isNotBlank();
        List<String> titles = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            String title = panel.path("title").asText();
            titles.add(title);
            assertThat(panel.at("/datasource/uid").asText()).as(title).isEqualTo("${datasource}");
            assertThat(panel.path("targets")).as(title).isNotEmpty()
                    .allSatisfy(target -> assertThat(target.path("expr").asText()).isNotBlank());
        }
        // Each query parses as PromQL (the validator, above); MetricNamesIT (deploy/system-tests) proves its metrics exist.
        assertThat(titles).doesNotHaveDuplicates().contains("Requests per route", "5xx per route",
                "Average latency per route", "Circuits not closed", "Outbox backlog", "Oldest pending event",
                "Relay: published and failed", "Consumer lag per partition", "Parked events", "Event loops up",
                "Connections in use");
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void shouldGiveEachTopicThePartitionsTheServicesAreToldAbout(String overlay) {
        List<JsonNode> documents = render(overlay);
        JsonNode config = named(ofKind(documents, "ConfigMap"), "masswork-config").get("data");
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

    private static JsonNode named(List<JsonNode> documents, String name) {
        return documents.stream().filter(document -> name.equals(document.at("/metadata/name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no document named " + name));
    }

    /** Whether a label selector (matchLabels, matchExpressions) selects an object with these labels. */
    private static boolean selects(JsonNode selector, JsonNode labels) {
        var matchLabels = selector.path("matchLabels").fields();
        while (matchLabels.hasNext()) {
            var label = matchLabels.next();
            if (!label.getValue().asText().equals(labels.path(label.getKey()).asText(null))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.path(expression.path("key").asText()).asText(null);
            List<String> values = new ArrayList<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean matches = switch (expression.path("operator").asText()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown operator in " + expression);
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> kinds(List<JsonNode> documents) {
        Map<String, Integer> counts = new TreeMap<>();
        documents.forEach(document -> counts.merge(document.path("kind").asText(), 1, Integer::sum));
        return counts;
    }

}
