package org.masswork.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@code validator/validate.mjs} (Node.js, with the kubernetes-models packages that {@code npm ci} installs
 * from validator/package-lock.json) over rendered manifests.
 */
final class ManifestValidator {

    private final Executable node;
    private final Path validatorDir;

    ManifestValidator(Executable node, Path validatorDir) {
        this.node = node;
        this.validatorDir = validatorDir;
    }

    static ManifestValidator inThisModule() {
        return new ManifestValidator(Executable.onThisMachine("node"), Module.dir().resolve("validator"));
    }

    /** One line per problem, "Kind name: /path message"; empty when every document is valid. */
    List<String> problems(String manifests) {
        if (node.isMissing()) {
            throw new IllegalStateException("node is missing (looked for " + node.path() + " and on the PATH): the"
                    + " build validates deploy/kubernetes with validator/validate.mjs. Install Node.js 20 or later"
                    + " with npm (Debian: apt-get install nodejs npm) and build again.");
        }
        if (!Files.isDirectory(validatorDir.resolve("node_modules"))) {
            throw new IllegalStateException("the validator's packages are not installed: run 'npm ci' in "
                    + validatorDir + " (the Maven build does it before the tests).");
        }
        try {
            Path input = Files.createTempFile("manifests", ".yaml");
            try {
                Files.writeString(input, manifests, StandardCharsets.UTF_8);
                Executable.Finished finished =
                        node.run(List.of(validatorDir.resolve("validate.mjs").toString(), input.toString()));
                return switch (finished.exitCode()) {
                    case 0 -> List.of();
                    case 1 -> finished.stdout().lines().toList();
                    default -> throw new IllegalStateException("validate.mjs failed:\n" + finished.stderr());
                };
            } finally {
                Files.deleteIfExists(input);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
