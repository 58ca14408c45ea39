package org.masswork.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one Deployment of a rendered overlay asks of its (single) container: the image, the environment with the
 * ConfigMap's values filled in, the memory and CPU limits, the security context, the volumes and the readiness probe.
 * A secret's value is left as {@code secret:<name>/<key>} for the caller to supply.
 */
final class PodSpec {

    private static final Pattern QUANTITY = Pattern.compile("(\\d+(?:\\.\\d+)?)(Ki|Mi|Gi|k|M|G|m)?");

    private final JsonNode deployment;
    private final JsonNode pod;
    private final JsonNode container;
    private final Map<String, String> config;

    private PodSpec(JsonNode deployment, Map<String, String> config) {
        this.deployment = deployment;
        this.pod = deployment.at("/spec/template/spec");
        this.container = pod.at("/containers/0");
        this.config = config;
    }

    /** Every Deployment of the overlay (rendered with {@code kubectl kustomize}), by name. */
    static Map<String, PodSpec> ofOverlay(Path overlay) {
        List<JsonNode> documents = render(overlay);
        Map<String, String> config = new LinkedHashMap<>();
        documents.stream().filter(d -> d.path("kind").asText().equals("ConfigMap"))
                .forEach(map -> map.path("data").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText())));
        Map<String, PodSpec> specs = new LinkedHashMap<>();
        documents.stream().filter(d -> d.path("kind").asText().equals("Deployment"))
                .forEach(d -> specs.put(d.at("/metadata/name").asText(), new PodSpec(d, config)));
        return specs;
    }

    String name() {
        return deployment.at("/metadata/name").asText();
    }

    /** As written by the overlay's {@code images:}, e.g. {@code registry.example.org/masswork/gateway:1.0.0-x@sha256:…}. */
    String image() {
        return container.path("image").asText();
    }

    /** The digest the image reference pins, or null when it names a tag only. */
    String imageDigest() {
        int at = image().indexOf('@');
        return at < 0 ? null : image().substring(at + 1);
    }

    /** The variables in their order; a ConfigMap value resolved, a secret's as {@code secret:<name>/<key>}. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode variable : container.path("env")) {
            String name = variable.path("name").asText();
            if (variable.has("value")) {
                env.put(name, variable.path("value").asText());
            } else if (variable.at("/valueFrom/configMapKeyRef").isObject()) {
                String key = variable.at("/valueFrom/configMapKeyRef/key").asText();
                if (!config.containsKey(key)) {
                    throw new IllegalStateException(name() + " " + name + ": no key " + key + " in the ConfigMap");
                }
                env.put(name, config.get(key));
            } else if (variable.at("/valueFrom/secretKeyRef").isObject()) {
                env.put(name, "secret:" + variable.at("/valueFrom/secretKeyRef/name").asText() + "/"
                        + variable.at("/valueFrom/secretKeyRef/key").asText());
            } else {
                throw new IllegalStateException(name() + " " + name + ": a kind of value this test cannot supply: " + variable);
            }
        }
        return env;
    }

    /** The secrets the container takes whole ({@code envFrom}). */
    List<String> secretsTakenWhole() {
        List<String> secrets = new ArrayList<>();
        container.path("envFrom").forEach(source -> secrets.add(source.at("/secretRef/name").asText()));
        return secrets;
    }

    long memoryLimitBytes() {
        return (long) quantity(container.at("/resources/limits/memory").asText());
    }

    long memoryRequestBytes() {
        return (long) quantity(container.at("/resources/requests/memory").asText());
    }

    /** In CPUs, e.g. 2 or 0.5; 0 when the Deployment sets no CPU limit. */
    double cpuLimit() {
        JsonNode cpu = container.at("/resources/limits/cpu");
        return cpu.isMissingNode() ? 0 : quantity(cpu.asText());
    }

    long runAsUser() {
        return securityValue("runAsUser");
    }

    long runAsGroup() {
        return securityValue("runAsGroup");
    }

    boolean readOnlyRootFilesystem() {
        return container.at("/securityContext/readOnlyRootFilesystem").asBoolean(false);
    }

    boolean allowPrivilegeEscalation() {
        return container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true);
    }

    List<String> droppedCapabilities() {
        List<String> dropped = new ArrayList<>();
        container.at("/securityContext/capabilities/drop").forEach(c -> dropped.add(c.asText()));
        return dropped;
    }

    /** Secret volumes by mount path: the secret's name and its items (key to file name). */
    Map<String, SecretMount> secretMounts() {
        Map<String, SecretMount> mounts = new LinkedHashMap<>();
        for (JsonNode mount : container.path("volumeMounts")) {
            JsonNode volume = volume(mount.path("name").asText());
            if (volume.has("secret")) {
                Map<String, String> items = new LinkedHashMap<>();
                volume.at("/secret/items").forEach(item -> items.put(item.path("key").asText(), item.path("path").asText()));
                mounts.put(mount.path("mountPath").asText(), new SecretMount(volume.at("/secret/secretName").asText(), items));
            }
        }
        return mounts;
    }

    /** Mount paths of emptyDir volumes (the writable scratch space beside a read-only root). */
    List<String> emptyDirMounts() {
        List<String> paths = new ArrayList<>();
        for (JsonNode mount : container.path("volumeMounts")) {
            if (volume(mount.path("name").asText()).has("emptyDir")) {
                paths.add(mount.path("mountPath").asText());
            }
        }
        return paths;
    }

    String readinessPath() {
        return container.at("/readinessProbe/httpGet/path").asText();
    }

    /** The container port the readiness probe asks, its name resolved through {@code ports:}. */
    int readinessPort() {
        JsonNode port = container.at("/readinessProbe/httpGet/port");
        return port.isInt() ? port.asInt() : namedPort(port.asText());
    }

    /** The container port declared with this name ({@code http}: the API; {@code management}: health and metrics). */
    int namedPort(String name) {
        for (JsonNode declared : container.path("ports")) {
            if (declared.path("name").asText().equals(name)) {
                return declared.path("containerPort").asInt();
            }
        }
        throw new IllegalStateException(name() + ": no container port named " + name);
    }

    /** Where Prometheus scrapes the pod ({@code prometheus.io/path} of the pod template), e.g. /q/metrics. */
    String metricsPath() {
        return deployment.at("/spec/template/metadata/annotations").path("prometheus.io/path").asText("/q/metrics");
    }

    /** The container port Prometheus scrapes ({@code prometheus.io/port}), else the readiness probe's. */
    int metricsPort() {
        JsonNode port = deployment.at("/spec/template/metadata/annotations").path("prometheus.io/port");
        return port.isMissingNode() ? readinessPort() : Integer.parseInt(port.asText());
    }

    record SecretMount(String secretName, Map<String, String> items) {
    }

    private JsonNode volume(String name) {
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.path("name").asText().equals(name)) {
                return volume;
            }
        }
        throw new IllegalStateException(name() + ": no volume " + name);
    }

    private long securityValue(String field) {
        JsonNode own = container.at("/securityContext/" + field);
        JsonNode value = own.isMissingNode() ? pod.at("/securityContext/" + field) : own;
        if (value.isMissingNode()) {
            throw new IllegalStateException(name() + " sets no " + field);
        }
        return value.asLong();
    }

    /** A Kubernetes quantity: 512Mi in bytes, 250m in CPUs. */
    static double quantity(String text) {
        Matcher matcher = QUANTITY.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a quantity this test reads: " + text);
        }
        double number = Double.parseDouble(matcher.group(1));
        String suffix = matcher.group(2) == null ? "" : matcher.group(2);
        return number * switch (suffix) {
            case "Ki" -> 1024d;
            case "Mi" -> 1024d * 1024;
            case "Gi" -> 1024d * 1024 * 1024;
            case "k" -> 1e3;
            case "M" -> 1e6;
            case "G" -> 1e9;
            case "m" -> 1e-3;
            default -> 1;
        };
    }

    private static List<JsonNode> render(Path overlay) {
        Path kubectl = Files.isExecutable(Path.of("/usr/bin/kubectl")) ? Path.of("/usr/bin/kubectl") : Path.of("kubectl");
        try {
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", overlay.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String yaml = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + overlay + " failed (kubectl must be installed)");
            }
            List<JsonNode> documents = new ArrayList<>();
            try (var values = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
                values.forEachRemaining(documents::add);
            }
            return documents;
        } catch (IOException e) {
            throw new IllegalStateException("kubectl kustomize " + overlay, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
