package org.masswork.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.masswork.infra.Await;
import org.masswork.infra.KafkaTestClient;
import org.masswork.platform.event.DomainEvent;
import org.masswork.platform.outbox.OutboxStore;

/**
 * The events a service publishes to its topic while a {@code @QuarkusTest} drives it, held to the event catalogue
 * ({@link EventCatalogue}): each matches its message; the types the service's code publishes (its
 * {@link DomainEvent} records) are those its channel declares; and the test made every one of them at least once,
 * so a new event type cannot go unchecked.
 */
public final class PublishedEvents {

    private static final Duration DRAIN = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrapServers;
    private final String topic;
    private final Map<Integer, Long> nextOffsets;

    private PublishedEvents(String bootstrapServers, String topic, Map<Integer, Long> nextOffsets) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.nextOffsets = nextOffsets;
    }

    /** Marks the service's topic once the outbox has published what it held: the events after the mark are the test's. */
    public static PublishedEvents mark() {
        Config config = ConfigProvider.getConfig();
        String bootstrapServers = config.getValue("kafka.bootstrap.servers", String.class);
        String topic = config.getValue("masswork.events.topic", String.class);
        awaitOutboxPublished();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            return new PublishedEvents(bootstrapServers, topic, kafka.readAll(topic).stream()
                    .collect(Collectors.toMap(ConsumerRecord::partition, r -> r.offset() + 1, Math::max)));
        }
    }

    /**
     * What breaks the catalogue, a line each; empty when all holds. Waits until the outbox has published every row,
     * then reads the events published since the mark.
     *
     * @param anyEventOfTheService one of the service's events: its event types are the {@link DomainEvent} records
     *                             in the folder of classes this one was loaded from
     */
    public List<String> mismatches(Class<? extends DomainEvent> anyEventOfTheService) {
        awaitOutboxPublished();
        List<ConsumerRecord<String, String>> records;
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            records = kafka.readAll(topic).stream()
                    .filter(r -> r.offset() >= nextOffsets.getOrDefault(r.partition(), 0L)).toList();
        }
        EventCatalogue catalogue = EventCatalogue.load();
        List<String> declared = catalogue.messagesOf(topic);
        Set<String> coded = eventTypes(anyEventOfTheService);
        List<String> found = new ArrayList<>();
        if (declared.isEmpty()) {
            found.add("No channel of the catalogue has the address " + topic);
        }
        coded.stream().filter(type -> !declared.contains(type)).forEach(type -> found.add(
                type + ": a DomainEvent of the service, but no message of the channel of " + topic));
        declared.stream().filter(type -> !coded.contains(type)).forEach(type -> found.add(
                type + ": a message of the channel of " + topic + ", but no DomainEvent of the service"));
        records.forEach(record -> found.addAll(catalogue.violations(record)));
        Set<String> published = records.stream().map(PublishedEvents::type).collect(Collectors.toSet());
        Set<String> expected = new LinkedHashSet<>(declared);
        expected.addAll(coded);
        expected.stream().filter(type -> !published.contains(type)).forEach(type -> found.add(
                type + ": never published while the test ran: make the test drive the service to publish it"));
        return found;
    }

    /** The simple names of the concrete {@link DomainEvent} classes beside the given one: the CloudEvents types. */
    static Set<String> eventTypes(Class<?> anyClassOfTheService) {
        Path root = classesFolder(anyClassOfTheService);
        ClassLoader loader = anyClassOfTheService.getClassLoader();
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(file -> root.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.endsWith("-info.class"))
                    .map(name -> load(name.substring(0, name.length() - ".class".length())
                            .replace(root.getFileSystem().getSeparator(), "."), loader))
                    .filter(type -> DomainEvent.class.isAssignableFrom(type) && !type.isInterface()
                            && !Modifier.isAbstract(type.getModifiers()))
                    .map(Class::getSimpleName)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static Path classesFolder(Class<?> type) {
        String file = type.getName().replace('.', '/') + ".class";
        URL url = type.getClassLoader().getResource(file);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalStateException(type + " was not loaded from a folder of classes but from " + url);
        }
        try {
            Path path = Path.of(url.toURI());
            return path.getRoot().resolve(path.subpath(0, path.getNameCount() - file.split("/").length));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url.toString(), e);
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }

    private static String type(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).path("type").asText();
        } catch (JsonProcessingException e) {
            return ""; // EventCatalogue.violations reports it
        }
    }

    private static void awaitOutboxPublished() {
        OutboxStore outbox = Arc.container().instance(OutboxStore.class).get();
        Await.until("the outbox has published every row", DRAIN, () -> outbox.backlog().pending() == 0);
    }
}
