package org.masswork.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.masswork.infra.DevKeys;
import org.masswork.infra.InfraOptions;
import org.masswork.infra.PrivacyKeys;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.ServiceStack;
import org.masswork.infra.StackService;
import org.masswork.infra.TestTokens;

/**
 * The packaged services on one PostgreSQL and one Kafka, on free ports, started once for all system
 * tests of the JVM and stopped when it ends.
 */
final class SystemUnderTest {

    private static SystemUnderTest instance;

    final Infrastructure infrastructure;
    final ServiceStack stack;
    /** Where every process sends its spans (TracingIT). */
    final OtlpReceiver traces;

    private SystemUnderTest(Infrastructure infrastructure, ServiceStack stack, OtlpReceiver traces) {
        this.infrastructure = infrastructure;
        this.stack = stack;
        this.traces = traces;
    }

    static synchronized SystemUnderTest get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static SystemUnderTest start() {
        Path root = Path.of(System.getProperty("masswork.root", "../..")).toAbsolutePath().normalize();
        Infrastructure infrastructure = Infrastructure.start(InfraOptions.ephemeral());
        Path keys = infrastructure.workDir().resolve("keys");
        Path logs = root.resolve("deploy/system-tests/target/service-logs");
        try {
            Files.createDirectories(keys);
            Files.createDirectories(logs);
            // Services verify the tokens the tests mint; the gateway signs SYSTEM tokens with the same key.
            Files.copy(TestTokens.publicKeyPem(), keys.resolve(DevKeys.PUBLIC_KEY_FILE));
            Files.copy(TestTokens.privateKeyPem(), keys.resolve(DevKeys.PRIVATE_KEY_FILE));
            // The services keep personal data encrypted with keys of their own for this run.
            PrivacyKeys.ensure(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OtlpReceiver traces = OtlpReceiver.start();
        ServiceStack stack = new ServiceStack(root, infrastructure, StackService.all(StackService.Environment.freePorts()), keys, logs,
                tracing(traces));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "system-under-test-shutdown"));
        stack.start(process -> { }, (service, took) ->
                System.out.printf("%s ready in %.1fs%n", service.name(), took.toNanos() / 1e9));
        return new SystemUnderTest(infrastructure, stack, traces);
    }

    /** Tracing on (it is off outside the Deployments), every process's spans sent to the receiver over OTLP/HTTP. */
    private static Map<String, String> tracing(OtlpReceiver receiver) {
        return Map.of("QUARKUS_OTEL_SDK_DISABLED", "false",
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", receiver.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
    }

    String url(String service) {
        return "http://127.0.0.1:" + stack.service(service).port();
    }

    /** Where a process serves its health and metrics: its management interface, apart from its API. */
    String managementUrl(String service) {
        return stack.service(service).managementUrl();
    }

    /** Every process of the stack (the four services and the gateway) by name, with its management interface's URL. */
    Map<String, String> managementUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        stack.services().forEach(service -> urls.put(service.name(), managementUrl(service.name())));
        return urls;
    }

    /**
     * A second process of a service, on a new empty database of its own ({@code <its database>_<instance>}) and
     * with {@code settings} on top of its environment, such as {@code MASSWORK_EVENTS_CONSUMER_GROUP}. Stop it
     * with {@code stack.stop(instance.name())}.
     */
    StackService startInstance(String service, String instance, Map<String, String> settings) {
        String database = stack.service(service).database() + "_" + instance.replace('-', '_');
        return stack.startInstance(service, instance, database, settings, (started, took) ->
                System.out.printf("%s ready in %.1fs%n", started.name(), took.toNanos() / 1e9));
    }

    /** A direct connection to a service's database, to check what a request did or did not write. */
    Connection database(String name) throws SQLException {
        return DriverManager.getConnection(infrastructure.jdbcUrl(name), infrastructure.username(), infrastructure.password());
    }
}
