package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An overlay of deploy/kubernetes as {@code kubectl kustomize} renders it (kubectl must be installed). */
final class Kustomize {

    private Kustomize() {
    }

    /** The rendered multi-document YAML of {@code overlay}, a path from the repository's root. */
    static String render(Path root, String overlay) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(executable("kubectl"), "kustomize", root.resolve(overlay).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0)
                .as("kubectl kustomize " + overlay + " (kubectl must be installed)").isTrue();
        return yaml;
    }

    static List<JsonNode> documents(Path root, String overlay) throws IOException, InterruptedException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        List<JsonNode> documents = new ArrayList<>();
        try (var values = mapper.readerFor(JsonNode.class).<JsonNode>readValues(render(root, overlay))) {
            values.forEachRemaining(documents::add);
        }
        return documents;
    }

    /** A program from /usr/bin, where Debian puts it, else from the PATH. */
    static String executable(String name) {
        Path usrBin = Path.of("/usr/bin", name);
        return Files.isExecutable(usrBin) ? usrBin.toString() : name;
    }
}
