package org.masswork.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken manifest is refused: a field its kind does not have, a value of the wrong type, a missing field, a kind
 * no package models, an alert rule or a dashboard query that is not PromQL, a dashboard that is not JSON.
 */
class ManifestValidatorTest {

    private static final ManifestValidator VALIDATOR = ManifestValidator.inThisModule();

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo
              labels:
                app: demo
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app: demo
              template:
                metadata:
                  labels:
                    app: demo
                spec:
                  containers:
                    - name: demo
                      image: demo:1
                      resources:
                        limits:
                          cpu: 2
                          memory: 512Mi
            """;

    @Test
    void shouldAcceptAValidDeployment() {
        assertThat(VALIDATOR.problems(DEPLOYMENT)).isEmpty();
    }

    @Test
    void shouldRefuseAFieldKubernetesDoesNotKnow() {
        assertThat(VALIDATOR.problems(DEPLOYMENT.replace("image: demo:1", "image: demo:1\n          imagePullPolicyy: Always")))
                .singleElement().asString().startsWith("Deployment demo: ")
                .contains("/spec/template/spec/containers/0/imagePullPolicyy is not a field");
    }

    @Test
    void shouldAcceptAnyKeyWhereTheSchemaTakesAny() {
        assertThat(VALIDATOR.problems("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: t
                  labels:
                    any.label/at-all: "yes"
                spec:
                  partitions: 3
                  config:
                    any.topic.setting: 1
                """)).isEmpty();
    }

    @Test
    void shouldRefuseAValueOfTheWrongType() {
        assertThat(VALIDATOR.problems(DEPLOYMENT.replace("replicas: 2", "replicas: two")))
                .singleElement().asString().isEqualTo("Deployment demo: /spec/replicas must be integer");
    }

    @Test
    void shouldRefuseAMissingRequiredField() {
        assertThat(VALIDATOR.problems(DEPLOYMENT.replace("  selector:\n    matchLabels:\n      app: demo\n", "")))
                .singleElement().asString().startsWith("Deployment demo: /spec ").contains("required").contains("selector");
    }

    @Test
    void shouldRefuseBrokenCustomResourcesOfStrimziAndCloudNativePg() {
        assertThat(VALIDATOR.problems("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: t
                spec:
                  partition: 3
                """)).singleElement().asString().isEqualTo("KafkaTopic t: /spec/partition is not a field of this kind");
        assertThat(VALIDATOR.problems("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata:
                  name: db
                spec:
                  instances: three
                """)).singleElement().asString().isEqualTo("Cluster db: /spec/instances must be integer");
        assertThat(VALIDATOR.problems("""
                apiVersion: postgresql.cnpg.io/v1
                kind: ScheduledBackup
                metadata:
                  name: daily
                spec:
                  cluster:
                    name: db
                """)).singleElement().asString().startsWith("ScheduledBackup daily: /spec ").contains("schedule");
    }

    private static final String RULE = """
            apiVersion: monitoring.coreos.com/v1
            kind: PrometheusRule
            metadata:
              name: alerts
            spec:
              groups:
                - name: g
                  rules:
                    - alert: OutboxStuck
                      expr: max by (job) (masswork_outbox_oldest_pending_seconds) > 300
                      for: 5m
                      labels:
                        severity: critical
            """;

    @Test
    void shouldAcceptAValidAlertRuleAndServiceMonitor() {
        assertThat(VALIDATOR.problems(RULE + """
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata:
                  name: m
                spec:
                  selector:
                    matchLabels:
                      app: demo
                  endpoints:
                    - port: http
                      path: /q/metrics
                """)).isEmpty();
    }

    @Test
    void shouldRefuseAnAlertRuleWhosePromQlDoesNotParse() {
        assertThat(VALIDATOR.problems(RULE.replace("> 300", "> 300)"))).singleElement().asString()
                .startsWith("PrometheusRule alerts: /spec/groups/0/rules/0/expr (OutboxStuck) does not parse at character 59");
        assertThat(VALIDATOR.problems(RULE.replace("max by (job) (", "max by (job (")))
                .singleElement().asString().contains("(OutboxStuck) does not parse");
        assertThat(VALIDATOR.problems(RULE.replace("max by (job) (masswork_outbox_oldest_pending_seconds)",
                "maxover_time(masswork_outbox_oldest_pending_seconds[5m])"))).as("an unknown function")
                .singleElement().asString().contains("(OutboxStuck) does not parse at character 12: maxover_time<here>(");
        assertThat(VALIDATOR.problems(RULE.replace("expr: max by (job) (masswork_outbox_oldest_pending_seconds) > 300",
                "expr: '{job=\"cadre-service\"}'"))).singleElement().asString().endsWith("has a selector without a metric name");
    }

    @Test
    void shouldRefuseAnAlertRuleOrServiceMonitorWithAFieldOrValueItsKindDoesNotTake() {
        assertThat(VALIDATOR.problems(RULE.replace("for: 5m", "for: 5 minutes"))).singleElement().asString()
                .startsWith("PrometheusRule alerts: /spec/groups/0/rules/0/for must match pattern");
        assertThat(VALIDATOR.problems(RULE.replace("for: 5m", "forr: 5m"))).singleElement().asString()
                .isEqualTo("PrometheusRule alerts: /spec/groups/0/rules/0/forr is not a field of this kind");
        assertThat(VALIDATOR.problems("""
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata:
                  name: m
                spec:
                  selector: {}
                  endpoints:
                    - port: http
                      metricsPath: /q/metrics
                """)).singleElement().asString()
                .isEqualTo("ServiceMonitor m: /spec/endpoints/0/metricsPath is not a field of this kind");
    }

    @Test
    void shouldRefuseAGrafanaDashboardThatIsNotJsonOrQueriesBrokenPromQl() {
        String dashboard = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: dashboards
                  labels:
                    grafana_dashboard: "1"
                data:
                  d.json: |
                    {"panels": [{"type": "timeseries", "title": "Lag", "targets": [
                      {"refId": "A", "expr": "max by (topic) (kafka_consumer_fetch_manager_records_lag{namespace=\\"$namespace\\"})"},
                      {"refId": "B", "expr": "sum(rate(masswork_outbox_published_total[$__rate_interval]))"}]}]}
                """;
        assertThat(VALIDATOR.problems(dashboard)).isEmpty();
        assertThat(VALIDATOR.problems(dashboard.replace("[$__rate_interval]))", "[$__rate_interval])")))
                .singleElement().asString().startsWith("ConfigMap dashboards: /data/d.json panel \"Lag\" target B does not parse");
        assertThat(VALIDATOR.problems(dashboard.replace("{\"panels\"", "{panels"))).singleElement().asString()
                .startsWith("ConfigMap dashboards: /data/d.json is not JSON");
        assertThat(VALIDATOR.problems(dashboard.replace("\"targets\": [", "\"targets\": [], \"x\": ["))).singleElement()
                .asString().isEqualTo("ConfigMap dashboards: /data/d.json panel \"Lag\" has no query");
    }

    @Test
    void shouldRefuseAKindNoPackageModels() {
        assertThat(VALIDATOR.problems("apiVersion: example.org/v1\nkind: Widget\nmetadata:\n  name: w\n"))
                .singleElement().asString().startsWith("Widget w: no model for apiVersion example.org/v1 kind Widget");
        assertThat(VALIDATOR.problems("apiVersion: apps/v1\nkind: DeploymentSpec\nmetadata:\n  name: d\n"))
                .singleElement().asString().startsWith("DeploymentSpec d: no model for apiVersion apps/v1");
    }

    @Test
    void shouldNameEveryBrokenDocumentOfAStream() {
        assertThat(VALIDATOR.problems(DEPLOYMENT.replace("replicas: 2", "replicas: two") + "---\n"
                + DEPLOYMENT.replace("name: demo", "name: other").replace("cpu: 2", "cpu: lots")))
                .anySatisfy(problem -> assertThat(problem).isEqualTo("Deployment demo: /spec/replicas must be integer"))
                .anySatisfy(problem -> assertThat(problem)
                        .startsWith("Deployment other: /spec/template/spec/containers/0/resources/limits/cpu "))
                .allSatisfy(problem -> assertThat(problem).containsAnyOf("/spec/replicas", "/limits/cpu"));
    }

    @Test
    void shouldFindTheBrokenFieldInARenderedOverlay() throws IOException {
        // Kustomize takes only relative paths to other directories.
        Path dir = Files.createDirectories(Module.dir().resolve("target/broken-overlay"));
        Files.writeString(dir.resolve("kustomization.yaml"),
                "resources:\n  - " + dir.relativize(Module.dir().resolve("base")) + "\npatches:\n  - path: broken.yaml\n");
        Files.writeString(dir.resolve("broken.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: cadre-service
                spec:
                  replicas: "2"
                """);

        assertThat(VALIDATOR.problems(Kustomize.onThisMachine().build(dir)))
                .singleElement().asString().isEqualTo("Deployment cadre-service: /spec/replicas must be integer");
    }

    @Test
    void shouldSayWhyItCannotReadTheInput() {
        assertThatThrownBy(() -> VALIDATOR.problems("a: [\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot read the manifests");
    }

    @Test
    void shouldSayWhatToDoWhenKubectlIsMissing(@TempDir Path dir) {
        assertThatThrownBy(() -> new Kustomize(new Executable(dir.resolve("kubectl"))).build(Module.dir().resolve("base")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kubectl is missing").hasMessageContaining("apt-get install");
    }

    @Test
    void shouldSayWhatToDoWhenNodeIsMissing(@TempDir Path dir) {
        assertThatThrownBy(() -> new ManifestValidator(new Executable(dir.resolve("node")), Module.dir().resolve("validator"))
                .problems(DEPLOYMENT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("node is missing").hasMessageContaining("apt-get install nodejs npm");
    }
}
