package org.masswork.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The keys of personal data at rest ({@code masswork.privacy.*}) for the local stack, the system tests and
 * the {@code @QuarkusTest}s: generated, never committed. The local stack keeps them in
 * {@code .local/keys/privacy-keys.properties} (its data stays readable across runs); to rotate, add a
 * {@code masswork.privacy.keys.<id>} line, point {@code masswork.privacy.current-key} at it and restart. A service
 * in dev mode reads the same file with {@code -Dquarkus.config.locations=<path of the file>}.
 */
public final class PrivacyKeys {

    public static final String FILE = "privacy-keys.properties";
    private static final String PREFIX = "masswork.privacy.";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PrivacyKeys() {
    }

    /**
     * A new key set, as configuration: {@code masswork.privacy.keys.<id>} for each id (the last is current),
     * {@code masswork.privacy.current-key} and {@code masswork.privacy.hash-key}.
     */
    public static Map<String, String> generate(String... keyIds) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String id : keyIds) {
            settings.put(PREFIX + "keys." + id, newKey());
        }
        settings.put(PREFIX + "current-key", keyIds[keyIds.length - 1]);
        settings.put(PREFIX + "hash-key", newKey());
        return settings;
    }

    /** Writes {@code privacy-keys.properties} into {@code dir} with one key ({@code local1}) unless it exists. */
    public static void ensure(Path dir) {
        Path file = dir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            return;
        }
        Properties properties = new Properties();
        generate("local1").forEach(properties::setProperty);
        try {
            Files.createDirectories(dir);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(out, "Personal data keys of the local stack; never commit. To rotate: add"
                        + " masswork.privacy.keys.<id> (base64 of 32 random bytes), set current-key to it, restart; keep the old key.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The settings of {@code dir/privacy-keys.properties}. */
    public static Map<String, String> read(Path dir) {
        Path file = dir.resolve(FILE);
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (the local stack writes it on its first start)", e);
        }
        Map<String, String> settings = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
        return settings;
    }

    /** The environment variables that give a service these settings: {@code MASSWORK_PRIVACY_KEYS_<ID>}, … */
    public static Map<String, String> environment(Map<String, String> settings) {
        Map<String, String> env = new TreeMap<>();
        settings.forEach((name, value) -> env.put(name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT), value));
        return env;
    }

    private static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
