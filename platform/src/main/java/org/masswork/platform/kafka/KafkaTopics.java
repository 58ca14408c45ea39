package org.masswork.platform.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.masswork.platform.event.EventsConfig;

/**
 * Creates this service's topic before its first event, with the partitions the configuration asks
 * for, rather than relying on the broker's auto-creation (off on production clusters).
 */
@ApplicationScoped
public class KafkaTopics {

    private final KafkaAdmin kafka;
    private final EventsConfig config;
    private volatile boolean ownTopicReady;

    KafkaTopics(KafkaAdmin kafka, EventsConfig config) {
        this.kafka = kafka;
        this.config = config;
    }

    public void ensureOwnTopic() {
        if (ownTopicReady) {
            return;
        }
        NewTopic topic = new NewTopic(config.topic(), config.partitions(), config.replicationFactor());
        try {
            kafka.admin().createTopics(List.of(topic)).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + config.topic(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer when creating topic " + config.topic(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        ownTopicReady = true;
    }
}
