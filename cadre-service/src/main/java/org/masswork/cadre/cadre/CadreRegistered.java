package org.masswork.cadre.cadre;

import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** A cadre can now be stationed. No name or phone: events carry no personal data. */
public record CadreRegistered(
        UUID cadreId,
        UUID countyId,
        UUID departmentId,
        String departmentKind,
        String rank,
        boolean backbone,
        boolean partyMember) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return cadreId;
    }
}
