package org.masswork.risk.opinion;

import java.time.LocalDate;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** A hearing or consultation meeting was held for a matter; counts only, never the participants. */
public record HearingHeld(
        UUID meetingId,
        UUID matterId,
        UUID countyId,
        MeetingKind kind,
        LocalDate heldOn,
        UUID stationId,
        UUID townshipId,
        int participants,
        int support,
        int oppose,
        int supportWithConditions,
        int notUnderstood) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return matterId;
    }
}
