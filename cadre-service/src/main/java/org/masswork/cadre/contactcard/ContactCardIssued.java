package org.masswork.cadre.contactcard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** A household received a contact card showing the station's team; {@code previousCardId} if it replaces one. */
public record ContactCardIssued(
        UUID cardId,
        UUID countyId,
        UUID householdId,
        UUID stationId,
        UUID villageId,
        UUID townshipId,
        List<UUID> cadreIds,
        UUID leaderCadreId,
        OffsetDateTime issuedAt,
        UUID previousCardId) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return cardId;
    }
}
