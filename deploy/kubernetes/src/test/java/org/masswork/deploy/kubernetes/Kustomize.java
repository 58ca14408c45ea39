package org.masswork.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Renders a Kustomize directory with {@code kubectl kustomize}. */
final class Kustomize {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Executable kubectl;

    Kustomize(Executable kubectl) {
        this.kubectl = kubectl;
    }

    static Kustomize onThisMachine() {
        return new Kustomize(Executable.onThisMachine("kubectl"));
    }

    /** The rendered manifests, as the multi-document YAML {@code kubectl apply -k} would send. */
    String build(Path kustomizationDir) {
        if (kubectl.isMissing()) {
            throw new IllegalStateException("kubectl is missing (looked for " + kubectl.path() + " and on the PATH): the"
                    + " build renders deploy/kubernetes with 'kubectl kustomize'. Install kubectl 1.27 or later"
                    + " (Debian: apt-get install kubernetes-client) and build again.");
        }
        Executable.Finished finished = kubectl.run(List.of("kustomize", kustomizationDir.toString()));
        if (finished.exitCode() != 0) {
            throw new IllegalStateException("kubectl kustomize " + kustomizationDir + " failed:\n" + finished.stderr());
        }
        return finished.stdout();
    }

    List<JsonNode> render(Path kustomizationDir) {
        return documents(build(kustomizationDir));
    }

    static List<JsonNode> documents(String yaml) {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(yaml)) {
            var values = YAML.readValues(parser, JsonNode.class);
            while (values.hasNextValue()) {
                JsonNode document = values.nextValue();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }
}
