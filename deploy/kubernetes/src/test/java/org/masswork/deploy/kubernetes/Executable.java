package org.masswork.deploy.kubernetes;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A program the checks run (kubectl, node): found on the PATH, run to its end with its output kept. */
record Executable(Path path) {

    record Finished(int exitCode, String stdout, String stderr) {
    }

    /** The program on the PATH, else in /usr/bin (where it may be missing: {@link #isMissing()}). */
    static Executable onThisMachine(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return new Executable(candidate);
            }
        }
        return new Executable(Path.of("/usr/bin", name));
    }

    boolean isMissing() {
        return !Files.isExecutable(path);
    }

    Finished run(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(path.toString());
        command.addAll(arguments);
        try {
            // Files, not pipes: a program that writes a lot cannot block on a full pipe.
            Path stdout = Files.createTempFile("stdout", ".txt");
            Path stderr = Files.createTempFile("stderr", ".txt");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile())
                        .start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " took over 120 s");
                }
                return new Finished(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                        Files.readString(stderr, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
