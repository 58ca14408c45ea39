package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.StackService;

/**
 * Spectral, with its OpenAPI rules and the OWASP API Security ruleset (deploy/api-lint, installed by the build
 * with npm ci), finds no error in any document the gateway serves: each service's and the gateway's own. The
 * documents are those of a gateway configured as deployed behind TLS (its public https URL and its environment,
 * which the documents' {@code servers} name); the stack's own gateway speaks plain HTTP on a local port.
 */
class ApiLintIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ERROR = 0;
    private static final Map<String, String> DEPLOYED = Map.of(
            "MASSWORK_GATEWAY_PUBLIC_URL", "https://api.county.example",
            "MASSWORK_GATEWAY_ENVIRONMENT", "production");

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void shouldFindNoErrorInAnyDocument() throws Exception {
        Path lintDir = Path.of(System.getProperty("masswork.api-lint.dir", "../api-lint")).toAbsolutePath().normalize();
        Path documents = Files.createDirectories(Path.of("target/api-lint").toAbsolutePath());
        StackService deployed = system.stack.startInstance("gateway", "tls", null, DEPLOYED, (service, took) ->
                System.out.printf("%s ready in %.1fs%n", service.name(), took.toNanos() / 1e9));
        try {
            lint(lintDir, documents, "http://127.0.0.1:" + deployed.port());
        } finally {
            system.stack.stop(deployed.name());
        }
    }

    private static void lint(Path lintDir, Path documents, String gateway) throws Exception {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String service : List.of("cadre", "case", "evaluation", "risk")) {
            urls.put(service, gateway + "/openapi/" + service);
        }
        urls.put("gateway", gateway + "/q/openapi?format=json");

        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, String> document : urls.entrySet()) {
            Http.Response response = Http.get(document.getValue(), null);
            assertThat(response.status()).as(document.getValue()).isEqualTo(200);
            Path file = documents.resolve(document.getKey() + ".json");
            Files.writeString(file, response.body());
            JsonNode results = spectral(lintDir, file);
            long warnings = StreamSupport.stream(results.spliterator(), false).filter(r -> r.path("severity").asInt() != ERROR).count();
            List<String> found = StreamSupport.stream(results.spliterator(), false)
                    .filter(r -> r.path("severity").asInt() == ERROR)
                    .map(r -> document.getKey() + ": " + r.path("code").asText() + " at " + path(r.path("path"))
                            + ": " + r.path("message").asText())
                    .toList();
            System.out.printf("[api lint] %s: %d errors, %d warnings (%s)%n", document.getKey(), found.size(), warnings, file);
            errors.addAll(found);
        }
        errors.forEach(error -> System.out.println("[api lint] " + error));
        assertThat(errors).as("Spectral errors (rule at path: message)").isEmpty();
    }

    private static JsonNode spectral(Path lintDir, Path document) throws IOException, InterruptedException {
        Path output = Files.createTempFile("spectral-", ".json");
        Process process = new ProcessBuilder("node", "node_modules/@stoplight/spectral-cli/dist/index.js", "lint",
                "--ruleset", ".spectral.yaml", "--format", "json", "--quiet", "--output", output.toString(), document.toString())
                .directory(lintDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("spectral finished").isTrue();
        // Spectral exits with 1 when it finds errors; only a missing report means it could not run.
        String report = Files.readString(output);
        Files.delete(output);
        assertThat(report).as("spectral's report (exit code %d; run npm ci in %s)", process.exitValue(), lintDir).isNotBlank();
        return JSON.readTree(report);
    }

    private static String path(JsonNode path) {
        List<String> parts = new ArrayList<>();
        path.forEach(part -> parts.add(part.asText()));
        return String.join(".", parts);
    }
}
