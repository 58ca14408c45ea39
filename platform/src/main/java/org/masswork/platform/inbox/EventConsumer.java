package org.masswork.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.event.EventJson;
import org.masswork.platform.event.EventsConfig;

/**
 * The transport half of consuming: polls the configured topics, hands each record to the
 * {@link InboxProcessor}, and commits offsets only after the database commit. A record that keeps
 * failing is parked; when even parking fails (the database is down) the partition is rewound and
 * retried later, so no record is skipped.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration REWIND_PAUSE = Duration.ofSeconds(2);

    private final EventsConfig.Consumer config;
    private final InboxProcessor processor;
    private final EventJson json;
    private final Map<String, Object> consumerSettings = new HashMap<>();
    private volatile boolean running;
    private KafkaConsumer<String, String> consumer;
    private Thread thread;

    EventConsumer(EventsConfig config, InboxProcessor processor, EventJson json,
                  @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                  @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.config = config.consumer();
        this.processor = processor;
        this.json = json;
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
        consumer = new KafkaConsumer<>(consumerSettings);
        consumer.subscribe(topics);
        running = true;
        thread = new Thread(this::run, "event-consumer");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("Consuming %s for event types %s", topics, processor.handledTypes());
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private void run() {
        try {
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(POLL);
                if (!records.isEmpty() && !processAndCommit(records)) {
                    sleep(REWIND_PAUSE);
                }
            }
        } catch (WakeupException e) {
            // stop() woke the consumer to end the loop
        } catch (RuntimeException e) {
            LOG.error("Event consumer stopped", e);
        } finally {
            consumer.close();
        }
    }

    /** @return false when a partition had to be rewound because the database was unavailable */
    private boolean processAndCommit(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean allDone = true;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                try {
                    process(record);
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Cannot apply or park %s-%d@%d; will retry", record.topic(), record.partition(), record.offset());
                    consumer.seek(partition, record.offset());
                    allDone = false;
                    break;
                }
            }
        }
        if (!done.isEmpty()) {
            consumer.commitSync(done);
        }
        return allDone;
    }

    private void process(ConsumerRecord<String, String> record) {
        EventEnvelope envelope;
        try {
            envelope = json.read(record.value());
        } catch (Exception e) {
            processor.park(record, "unreadable event: " + e.getMessage());
            return;
        }
        Exception lastError = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                InboxProcessor.Outcome outcome = processor.apply(envelope);
                LOG.debugf("%s %s %s", outcome, envelope.type(), envelope.id());
                return;
            } catch (Exception e) {
                lastError = e;
                sleep(config.retryBackoff().multipliedBy(attempt));
            }
        }
        LOG.errorf(lastError, "Parking event %s of type %s after %d attempts", envelope.id(), envelope.type(), config.maxAttempts());
        processor.park(record, String.valueOf(lastError));
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
