package org.masswork.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.masswork.platform.event.Backoff;
import org.masswork.platform.event.ErrorSummary;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.event.EventJson;
import org.masswork.platform.event.EventMetrics;
import org.masswork.platform.event.EventsConfig;
import org.masswork.platform.event.Faults;
import org.masswork.platform.event.SupervisedLoop;
import org.masswork.platform.persistence.DatabaseProbe;

/**
 * The transport half of consuming. Each poll's records are applied in one transaction; when that fails they are
 * applied one by one, so a failing record is found and dealt with alone. Offsets are committed only after the
 * database commit.
 * <ul>
 * <li>A fault of the infrastructure (the database or Kafka out of reach, a deadlock, a full pool) is never held
 * against an event: the partitions are rewound and tried again with a growing pause, for as long as it lasts.</li>
 * <li>A record that keeps failing with the database reachable (a handler bug, a payload it cannot take) is parked
 * after {@code max-attempts}, and one that cannot be read at all at once; its partition moves on.</li>
 * <li>The loop runs supervised: if it stops on an unexpected error it is started again, and the liveness check
 * names it meanwhile.</li>
 * </ul>
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final EventsConfig.Consumer config;
    private final InboxProcessor processor;
    private final ParkedEvents parked;
    private final EventJson json;
    private final EventMetrics metrics;
    private final DatabaseProbe database;
    private final MeterRegistry registry;
    private final Map<String, Object> consumerSettings = new HashMap<>();
    private volatile KafkaConsumer<String, String> current;
    private SupervisedLoop loop;

    EventConsumer(EventsConfig config, InboxProcessor processor, ParkedEvents parked, EventJson json, EventMetrics metrics,
                  DatabaseProbe database, MeterRegistry registry,
                  @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                  @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.config = config.consumer();
        this.processor = processor;
        this.parked = parked;
        this.json = json;
        this.metrics = metrics;
        this.database = database;
        this.registry = registry;
        kafkaConfig.forEach((key, value) -> {
            if (ConsumerConfig.configNames().contains(key)) {
                consumerSettings.put(key, value);
            }
        });
        consumerSettings.put(ConsumerConfig.GROUP_ID_CONFIG, this.config.group().orElse(applicationName));
        consumerSettings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerSettings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerSettings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerSettings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    }

    void start(@Observes StartupEvent startup) {
        List<String> topics = config.topics().orElse(List.of());
        if (topics.isEmpty()) {
            return;
        }
        loop = new SupervisedLoop("event-consumer", running -> consume(topics, running));
        metrics.watch(loop);
        loop.start();
        LOG.infof("Consuming %s for event types %s", topics, processor.handledTypes());
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (loop != null) {
            loop.stop(Duration.ofSeconds(10), () -> {
                KafkaConsumer<String, String> consumer = current;
                if (consumer != null) {
                    consumer.wakeup();
                }
            });
        }
    }

    /** The consumer's loop, when this service consumes anything. */
    public Optional<SupervisedLoop> loop() {
        return Optional.ofNullable(loop);
    }

    private void consume(List<String> topics, BooleanSupplier running) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerSettings);
             KafkaClientMetrics kafkaMetrics = new KafkaClientMetrics(consumer)) {
            kafkaMetrics.bindTo(registry);
            current = consumer;
            consumer.subscribe(topics);
            Backoff outage = new Backoff(config.retryBackoff(), config.maxBackoff());
            while (running.getAsBoolean()) {
                ConsumerRecords<String, String> records = consumer.poll(POLL);
                if (records.isEmpty()) {
                    continue;
                }
                Progress progress = apply(records);
                commit(consumer, progress.done());
                if (progress.rewind().isEmpty()) {
                    outage.reset();
                } else {
                    progress.rewind().forEach(consumer::seek);
                    metrics.retried("infrastructure");
                    if (!outage.pause()) {
                        return;
                    }
                }
            }
        } catch (WakeupException | InterruptException e) {
            if (running.getAsBoolean()) {
                throw e;
            }
        } finally {
            current = null;
        }
    }

    /**
     * What one poll came to: the offsets to commit, and where to start again in the partitions that could not be
     * finished because the infrastructure is down.
     */
    private record Progress(Map<TopicPartition, OffsetAndMetadata> done, Map<TopicPartition, Long> rewind) {
    }

    private Progress apply(ConsumerRecords<String, String> records) {
        List<EventEnvelope> envelopes = readAll(records);
        if (envelopes != null) {
            try {
                List<InboxProcessor.Outcome> outcomes = processor.applyAll(envelopes);
                for (int i = 0; i < envelopes.size(); i++) {
                    count(envelopes.get(i), outcomes.get(i));
                }
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                records.partitions().forEach(partition -> done.put(partition, next(records.records(partition))));
                return new Progress(done, Map.of());
            } catch (Exception e) {
                LOG.debugf("A batch of %d events failed (%s); applying them one by one", envelopes.size(), ErrorSummary.of(e));
            }
        }
        return applyOneByOne(records);
    }

    /** @return the envelopes in partition and offset order, or null when a record cannot be read */
    private List<EventEnvelope> readAll(ConsumerRecords<String, String> records) {
        List<EventEnvelope> envelopes = new ArrayList<>(records.count());
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                try {
                    envelopes.add(json.read(record.value()));
                } catch (Exception e) {
                    return null;
                }
            }
        }
        return envelopes;
    }

    private Progress applyOneByOne(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        Map<TopicPartition, Long> rewind = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, String>> inPartition = records.records(partition);
            if (!rewind.isEmpty()) {
                rewind.put(partition, inPartition.get(0).offset());
                continue;
            }
            for (ConsumerRecord<String, String> record : inPartition) {
                if (!settle(record)) {
                    rewind.put(partition, record.offset());
                    break;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        return new Progress(done, rewind);
    }

    /**
     * Applies one record, retrying it while it fails for itself, and parks it when it keeps failing.
     *
     * @return false when the infrastructure is down (or the loop is stopping): the record is to be tried again later
     */
    private boolean settle(ConsumerRecord<String, String> record) {
        OffsetDateTime firstAttempt = now();
        EventEnvelope envelope;
        try {
            envelope = json.read(record.value());
        } catch (Exception e) {
            return park(record, null, "unreadable event: " + ErrorSummary.of(e), 1, firstAttempt);
        }
        Backoff retry = new Backoff(config.retryBackoff(), config.maxBackoff());
        for (int attempt = 1; ; attempt++) {
            try {
                count(envelope, processor.apply(envelope));
                return true;
            } catch (Exception e) {
                if (Faults.isTransient(e) || !database.isReachable()) {
                    LOG.warnf("Cannot apply %s %s now (%s): the infrastructure is down; it will be tried again",
                            envelope.type(), envelope.id(), ErrorSummary.of(e));
                    return false;
                }
                metrics.retried("handler");
                if (attempt >= config.maxAttempts()) {
                    return park(record, envelope, ErrorSummary.of(e), attempt, firstAttempt);
                }
                if (!retry.pause()) {
                    return false;
                }
            }
        }
    }

    private boolean park(ConsumerRecord<String, String> record, EventEnvelope envelope, String error, int attempts,
                         OffsetDateTime firstAttempt) {
        try {
            parked.parkIncoming(record, envelope, error, attempts, firstAttempt);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Cannot park %s-%d@%d now (%s); it will be tried again", record.topic(), record.partition(),
                    record.offset(), ErrorSummary.of(e));
            return false;
        }
    }

    private void count(EventEnvelope envelope, InboxProcessor.Outcome outcome) {
        switch (outcome) {
            case APPLIED -> metrics.applied(envelope.type());
            case DUPLICATE -> metrics.duplicate(envelope.type());
            case NOT_HANDLED -> LOG.debugf("Skipped %s %s: no handler for this type here", envelope.type(), envelope.id());
        }
    }

    /** Offsets not committed now are committed with a later poll; what is delivered again meanwhile the inbox skips. */
    private static void commit(KafkaConsumer<String, String> consumer, Map<TopicPartition, OffsetAndMetadata> done) {
        if (done.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(done);
        } catch (WakeupException | InterruptException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.warnf("Offsets not committed (%s); the records will be delivered again and skipped", ErrorSummary.of(e));
        }
    }

    private static OffsetAndMetadata next(List<ConsumerRecord<String, String>> records) {
        return new OffsetAndMetadata(records.get(records.size() - 1).offset() + 1);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
