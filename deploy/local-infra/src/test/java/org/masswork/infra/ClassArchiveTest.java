package org.masswork.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    private static final String MAIN = TrainingMain.class.getName();

    @TempDir
    Path app;

    @Test
    void shouldKeepTheClassesATrainingStartLoadedForTheNextStartWhenItEndsOnSigterm() throws Exception {
        Path jar = quarkusRunJar();
        ClassArchive training = ClassArchive.forStart(jar, true);

        Process process = java(training.jvmFlags(), jar);
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("up", output.readLine());
            process.destroy();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the training JVM did not end");
        }
        training.settle(process.exitValue());

        assertEquals(143, process.exitValue());
        assertTrue(Files.isRegularFile(app.resolve(ClassArchive.TRAINED)));
        assertEquals(List.of(), partFiles());
        List<String> next = ClassArchive.forStart(jar, false).jvmFlags();
        assertEquals(List.of("-XX:SharedArchiveFile=" + ClassArchive.TRAINED), next);
        // -Xshare:on: the JVM refuses to start rather than run without an archive it cannot map.
        List<String> flags = new ArrayList<>(next);
        flags.addAll(List.of("-Xshare:on", "-Xlog:class+load=info"));
        Process mapped = java(flags, jar);
        try (BufferedReader output = new BufferedReader(new InputStreamReader(mapped.getInputStream(), StandardCharsets.UTF_8))) {
            String loaded = output.lines().filter(line -> line.contains(" " + MAIN + " ") || line.equals("up"))
                    .findFirst().orElse("");
            assertTrue(loaded.contains(MAIN + " source: shared objects file"), loaded);
        } finally {
            mapped.destroyForcibly().waitFor();
        }
    }

    @Test
    void shouldDropWhatAKilledTrainingStartMayHaveHalfWritten() throws IOException {
        Path jar = quarkusRunJar();
        ClassArchive training = ClassArchive.forStart(jar, true);
        String part = training.jvmFlags().get(0).substring("-XX:ArchiveClassesAtExit=".length());
        Files.writeString(Path.of(part), "half written");

        training.settle(137);

        assertEquals(List.of(), partFiles());
        assertFalse(Files.exists(app.resolve(ClassArchive.TRAINED)));
    }

    @Test
    void shouldMapQuarkusArchiveUntilATrainedOneIsNewerThanTheJar() throws IOException {
        Path jar = quarkusRunJar();
        Path trained = app.resolve(ClassArchive.TRAINED);
        String built = "-XX:SharedArchiveFile=" + ClassArchive.BUILT;

        assertEquals(List.of(built), ClassArchive.forStart(jar, false).jvmFlags());

        Files.writeString(trained, "trained before the jar was packaged again");
        Files.setLastModifiedTime(trained, FileTime.from(Instant.now().minusSeconds(60)));
        assertEquals(List.of(built), ClassArchive.forStart(jar, false).jvmFlags());

        Files.setLastModifiedTime(trained, FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals(List.of("-XX:SharedArchiveFile=" + ClassArchive.TRAINED), ClassArchive.forStart(jar, false).jvmFlags());
    }

    /** A {@code quarkus-run.jar} holding only {@link TrainingMain}: the AppCDS archive takes classes from jars only. */
    private Path quarkusRunJar() throws IOException {
        Path jar = app.resolve("quarkus-run.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, MAIN);
        String entry = MAIN.replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream bytes = TrainingMain.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            bytes.transferTo(out);
            out.closeEntry();
        }
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(1)));
        return jar;
    }

    private Process java(List<String> flags, Path jar) throws IOException {
        List<String> command = new ArrayList<>(List.of(Processes.javaExecutable()));
        command.addAll(flags);
        command.addAll(List.of("-jar", jar.toString()));
        return new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true).start();
    }

    private List<Path> partFiles() throws IOException {
        try (Stream<Path> files = Files.list(app)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
