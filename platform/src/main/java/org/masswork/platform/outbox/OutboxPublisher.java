package org.masswork.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.masswork.platform.event.ErrorSummary;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.kafka.KafkaTopics;
import org.masswork.platform.observability.EventTracing;

/** Sends outbox rows to Kafka with an idempotent producer and tells which of them the broker acknowledged. */
@ApplicationScoped
public class OutboxPublisher {

    private final Map<String, Object> producerSettings;
    private final KafkaTopics topics;
    private final EventTracing tracing;
    private volatile Producer<String, String> producer;

    OutboxPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, KafkaTopics topics,
                    EventTracing tracing) {
        this.producerSettings = producerSettings(kafkaConfig);
        this.topics = topics;
        this.tracing = tracing;
    }

    /**
     * Idempotence and acks are set explicitly: the client silently turns idempotence off when another
     * setting conflicts with it and idempotence was only a default.
     */
    static Map<String, Object> producerSettings(Map<String, Object> kafkaConfig) {
        Map<String, Object> settings = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                settings.put(key, value);
            }
        });
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return Map.copyOf(settings);
    }

    /** The settings the producer is built with; a test asserts the effective values. */
    public Map<String, Object> producerSettings() {
        return producerSettings;
    }

    /**
     * Sends the rows in order as one batch and waits for the broker. Only the acknowledged prefix counts as
     * published: a row after a failed one stays pending, so no aggregate's events can overtake each other.
     */
    Result publish(List<OutboxEvent> rows) {
        try {
            topics.ensureOwnTopic();
        } catch (RuntimeException e) {
            return new Result(List.of(), rows.get(0), e);
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>(rows.size());
        try {
            for (OutboxEvent row : rows) {
                spans.add(tracing.sending(row.topic, row.type, row.eventId, row.traceparent));
                ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.key, row.envelope);
                record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                Future<RecordMetadata> ack;
                try {
                    ack = producer().send(record);
                } catch (KafkaException e) {
                    ack = CompletableFuture.failedFuture(e);
                }
                acks.add(ack);
                if (ack.isDone() && failed(ack)) {
                    break;
                }
            }
            List<OutboxEvent> published = new ArrayList<>(acks.size());
            for (int i = 0; i < acks.size(); i++) {
                try {
                    acks.get(i).get();
                    published.add(rows.get(i));
                } catch (ExecutionException e) {
                    spans.get(i).setStatus(StatusCode.ERROR, ErrorSummary.of(e.getCause()));
                    return new Result(published, rows.get(i), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Result(published, rows.get(i), e);
                }
            }
            return new Result(published, null, null);
        } finally {
            spans.forEach(Span::end);
        }
    }

    /**
     * Whether the broker refuses this record for itself, so sending it again can never succeed: too large, or not
     * serialisable. Everything else (the broker out of reach, timeouts, leaders moving) passes with time.
     */
    static boolean refusesTheRecordItself(Throwable error) {
        return error instanceof RecordTooLargeException || error instanceof RecordBatchTooLargeException
                || error instanceof InvalidRecordException || error instanceof SerializationException;
    }

    private static boolean failed(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(new HashMap<>(producerSettings));
                }
            }
        }
        return producer;
    }

    void close(@Observes ShutdownEvent shutdown) {
        if (producer != null) {
            producer.close();
        }
    }

    /** @param failed the first row the broker did not acknowledge, or null when all were; {@code error} why */
    record Result(List<OutboxEvent> published, OutboxEvent failed, Throwable error) {
    }
}
