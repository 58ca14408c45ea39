package org.masswork.platform.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A parked event as an operator sees it: what it is and what failed, never its payload (it may hold personal data). */
@Schema(name = "ParkedEvent")
public record ParkedEventView(
        UUID id,
        @Schema(description = "INCOMING: a consumed event its handler could not apply; OUTGOING: an outbox row Kafka refused")
        ParkedEvent.Direction direction,
        UUID eventId,
        @Schema(maxLength = 200) String eventType,
        @Schema(maxLength = 200, description = "The aggregate the event is about (its Kafka key)") String aggregateId,
        @Schema(maxLength = 200) String topic,
        @Schema(minimum = "0", maximum = "100000") Integer partition,
        @Schema(minimum = "0", maximum = "9223372036854775807") Long offset,
        @Schema(maxLength = 1000, description = "What failed, without the data it was about") String error,
        @Schema(minimum = "0", maximum = "1000000") int attempts,
        OffsetDateTime firstAttemptAt,
        OffsetDateTime lastAttemptAt,
        OffsetDateTime parkedAt,
        OffsetDateTime resolvedAt,
        ParkedEvent.Resolution resolution) {

    static ParkedEventView of(ParkedEvent parked) {
        return new ParkedEventView(parked.reference, parked.direction, parked.eventId, parked.eventType, parked.key,
                parked.topic, parked.partition, parked.offset, parked.error, parked.attempts, parked.firstAttemptAt,
                parked.lastAttemptAt, parked.parkedAt, parked.resolvedAt, parked.resolution);
    }
}
