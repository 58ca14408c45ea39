package org.masswork.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The event catalogue, docs/asyncapi.yaml, as the services' tests hold their published events to it. A record of a
 * topic is the message of the topic's channel named by its CloudEvents {@code type}; the record's value must match
 * the message's payload schema (the envelope and its {@code data}), its headers the headers schema, its key the Kafka
 * key binding, and its key is the envelope's {@code subject}. The schemas are JSON Schema draft 07, as AsyncAPI's
 * are, their {@code $ref}s resolved within the document, formats (uuid, date, date-time) asserted.
 */
public final class EventCatalogue {

    /** Where the document is; the parent POM sets it for every module's tests. */
    public static final String DOCUMENT_PROPERTY = "masswork.asyncapi.document";
    private static final Path DOCUMENT = Path.of("docs", "asyncapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final JsonNode document;
    private final SchemaRegistry schemas;

    /** A document read already; {@code path} names it and bases its references. */
    EventCatalogue(Path path, String yaml) {
        this.path = path;
        try {
            this.document = new YAMLMapper().readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(path + " is not YAML", e);
        }
        this.schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemas(Map.of(iri(), yaml)));
    }

    /** The repository's document: from {@value #DOCUMENT_PROPERTY}, or found above the working directory. */
    public static EventCatalogue load() {
        Path path = Optional.ofNullable(System.getProperty(DOCUMENT_PROPERTY)).filter(p -> !p.isBlank()).map(Path::of)
                .or(EventCatalogue::searchUpwards)
                .orElseThrow(() -> new IllegalStateException("No " + DOCUMENT + " above " + Path.of("").toAbsolutePath()
                        + " and no -D" + DOCUMENT_PROPERTY));
        try {
            return new EventCatalogue(path, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * The messages of the channels whose schemas cannot be used, a line each: no payload, or a payload, headers or key
     * schema that does not load (a {@code $ref} to nothing, a keyword of the wrong shape).
     */
    public List<String> unusableMessages() {
        List<String> found = new ArrayList<>();
        document.path("channels").forEach(channel -> messages(channel.path("address").asText()).forEach((name, message) -> {
            if (document.at(message.substring(1) + "/payload").isMissingNode()) {
                found.add(name + ": " + message + " has no payload schema");
            }
            for (String part : List.of("/payload", "/headers", "/bindings/kafka/key")) {
                if (!document.at(message.substring(1) + part).isMissingNode()) {
                    try {
                        schemas.getSchema(SchemaLocation.of(iri() + message + part)).initializeValidators();
                    } catch (SchemaException e) {
                        found.add(name + ": " + message + part + ": " + e.getMessage());
                    }
                }
            }
        }));
        return found;
    }

    /** The names of the messages of the channel whose address is the topic, in the document's order. */
    public List<String> messagesOf(String topic) {
        return List.copyOf(messages(topic).keySet());
    }

    /**
     * Where the record breaks the document, each as "type subject: where: what" (where: {@code value}, {@code headers} or
     * {@code key} and a JSON pointer into it); empty when it conforms. A record of
     * a topic that is no channel's address, or of a type that is no message of its channel, breaks it too.
     */
    public List<String> violations(ConsumerRecord<String, String> record) {
        JsonNode envelope;
        try {
            envelope = JSON.readTree(record.value());
        } catch (JsonProcessingException e) {
            return List.of(record.topic() + " " + record.key() + ": the value is not JSON: " + e.getOriginalMessage());
        }
        String type = envelope.path("type").asText();
        String event = type + " " + envelope.path("subject").asText();
        Map<String, String> messages = messages(record.topic());
        if (messages.isEmpty()) {
            return List.of(event + ": topic " + record.topic() + " is the address of no channel of " + path);
        }
        String message = messages.get(type);
        if (message == null) {
            return List.of(event + ": " + type + " is not a message of the channel of " + record.topic() + " in " + path);
        }
        if (document.at(message.substring(1) + "/payload").isMissingNode()) {
            return List.of(event + ": message " + message + " has no payload schema");
        }
        List<String> found = new ArrayList<>();
        check(event, "value", message + "/payload", envelope, found);
        check(event, "headers", message + "/headers", headers(record), found);
        check(event, "key", message + "/bindings/kafka/key", record.key() == null ? null : TextNode.valueOf(record.key()), found);
        if (!envelope.path("subject").asText().equals(record.key())) {
            found.add(event + ": key: " + record.key() + " is not the subject");
        }
        return found;
    }

    private void check(String event, String part, String pointer, JsonNode instance, List<String> found) {
        if (document.at(pointer.substring(1)).isMissingNode()) {
            return;
        }
        if (instance == null) {
            found.add(event + ": " + part + ": missing");
            return;
        }
        Schema schema = schemas.getSchema(SchemaLocation.of(iri() + pointer));
        for (Error error : schema.validate(instance,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))) {
            found.add(event + ": " + part + error.getInstanceLocation() + ": " + error.getMessage());
        }
    }

    /** Message name to the JSON pointer of the message (its component when the channel refers to one). */
    private Map<String, String> messages(String topic) {
        Map<String, String> byName = new LinkedHashMap<>();
        document.path("channels").properties().stream()
                .filter(channel -> topic.equals(channel.getValue().path("address").asText()))
                .forEach(channel -> channel.getValue().path("messages").properties().forEach(entry -> {
                    String pointer = entry.getValue().has("$ref") ? entry.getValue().get("$ref").asText()
                            : "#/channels/" + channel.getKey() + "/messages/" + entry.getKey();
                    JsonNode message = document.at(pointer.substring(1));
                    byName.put(message.path("name").asText(entry.getKey()), pointer);
                }));
        return byName;
    }

    private static ObjectNode headers(ConsumerRecord<String, String> record) {
        ObjectNode headers = JsonNodeFactory.instance.objectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** The document's own IRI, so its {@code $ref}s resolve within it and its YAML is read as YAML. */
    private String iri() {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    private static Optional<Path> searchUpwards() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(DOCUMENT))) {
                return Optional.of(dir.resolve(DOCUMENT));
            }
        }
        return Optional.empty();
    }
}
