package org.masswork.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Real PostgreSQL and Kafka for {@code @QuarkusTest}s:
 * {@code @WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = "database", value = "cadre"))}.
 * One {@link Infrastructure} serves the whole JVM; the JVM shutdown hook stops it, because Quarkus may
 * call start and stop several times per JVM.
 */
public class MassWorkTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    /**
     * The personal data keys of the tests: {@code old} and the current {@code test}, so a test can write a value
     * with the key that is no longer current (its base64 is {@code masswork.privacy.keys.old}) and read it back.
     */
    public static final String OLD_PRIVACY_KEY = "old";
    public static final String CURRENT_PRIVACY_KEY = "test";
    private static final Map<String, String> PRIVACY = PrivacyKeys.generate(OLD_PRIVACY_KEY, CURRENT_PRIVACY_KEY);
    private static Infrastructure shared;

    private String database = "postgres";

    /** The JVM's infrastructure, started on first use; for tests that stop and start Kafka. */
    public static synchronized Infrastructure infrastructure() {
        if (shared == null) {
            shared = Infrastructure.start(InfraOptions.ephemeral());
        }
        return shared;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, database);
    }

    @Override
    public Map<String, String> start() {
        Infrastructure infrastructure = infrastructure();
        String publicKeyPem = readString(TestTokens.publicKeyPem());
        Map<String, String> config = new HashMap<>(PRIVACY);
        config.putAll(Map.of(
                "quarkus.datasource.jdbc.url", infrastructure.jdbcUrl(database),
                "quarkus.datasource.username", infrastructure.username(),
                "quarkus.datasource.password", infrastructure.password(),
                "kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers(),
                "mp.jwt.verify.publickey.location", "file:" + TestTokens.publicKeyPem().toAbsolutePath(),
                // Without a key configured at build time, smallrye-jwt's dev/test mode installs an in-memory
                // key as mp.jwt.verify.publickey, which wins over any location; this inline key replaces it.
                "mp.jwt.verify.publickey", publicKeyPem,
                "mp.jwt.verify.issuer", TestTokens.ISSUER));
        return config;
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public void stop() {
        // Deliberately empty: the shared infrastructure lives until the JVM ends.
    }
}
