package org.masswork.platform.inbox;

import org.masswork.platform.event.EventEnvelope;

/**
 * Applies one type of event from another service to this service's data. Runs inside the transaction
 * that also records the event id in the inbox, so the effect happens once however often it is delivered.
 *
 * @param <T> the payload record, this service's own reading of the producer's contract
 */
public interface EventHandler<T> {

    /** The CloudEvents type handled, for example {@code StationRegistered}. */
    String eventType();

    Class<T> payloadType();

    void handle(EventEnvelope envelope, T payload);
}
