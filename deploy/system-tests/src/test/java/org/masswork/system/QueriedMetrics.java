package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The metrics an overlay's alert rules and Grafana dashboard query, read by deploy/kubernetes's validator
 * ({@code validator/metric-names.mjs}, the same PromQL grammar the build validates them with; its packages are
 * installed by {@code npm ci} before the system tests).
 */
final class QueriedMetrics {

    /**
     * One vector selector of a query.
     *
     * @param source the document: {@code PrometheusRule masswork-alerts}, {@code ConfigMap masswork-dashboard}
     * @param where  the rule or the panel
     * @param labels the label names the query needs the metric to have (its matchers, by and on clauses)
     */
    record Query(String source, String where, String metric, List<String> labels) {
    }

    private QueriedMetrics() {
    }

    static List<Query> of(Path root, String overlay) throws IOException, InterruptedException {
        Path validator = root.resolve("deploy/kubernetes/validator");
        assertThat(validator.resolve("node_modules/@prometheus-io/lezer-promql"))
                .as("the validator's packages: 'npm ci' in %s (the system tests' build does it)", validator).isDirectory();
        Path manifests = Files.createTempFile("overlay", ".yaml");
        Path output = Files.createTempFile("metric-names", ".json");
        try {
            Files.writeString(manifests, Kustomize.render(root, overlay), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(Kustomize.executable("node"), validator.resolve("metric-names.mjs").toString(),
                    manifests.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0)
                    .as("node metric-names.mjs on " + overlay + " (Node.js 20 or later must be installed)").isTrue();
            return new ObjectMapper().readValue(output.toFile(), new TypeReference<List<Query>>() { });
        } finally {
            Files.deleteIfExists(manifests);
            Files.deleteIfExists(output);
        }
    }
}
