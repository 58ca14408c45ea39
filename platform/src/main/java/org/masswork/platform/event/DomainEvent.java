package org.masswork.platform.event;

import java.util.UUID;

/**
 * A fact a service publishes about one of its aggregates. Implemented by the payload records of
 * each service; the record's simple name is the CloudEvents {@code type}.
 */
public interface DomainEvent {

    /** The aggregate the event is about: the CloudEvents subject and the Kafka record key. */
    UUID aggregateId();

    /** The county whose data the event is about: the envelope's {@code countyid}. */
    UUID countyId();

    default String eventType() {
        return getClass().getSimpleName();
    }
}
