package org.masswork.cadre.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A case of case-service as the village ledger knows it from its events. Events may come twice or
 * out of order (a CaseClosed before its CaseOpened), so each event only fills in what it knows and
 * the latest closing or reopening wins by event time.
 */
@Entity
@Table(name = "ledger_case")
public class LedgerCase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    /** The county case-service's events name. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "station_id")
    public UUID stationId;

    @Column(name = "village_id")
    public UUID villageId;

    @Column(name = "township_id")
    public UUID townshipId;

    public String kind;

    public String category;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "reopened_at")
    public OffsetDateTime reopenedAt;

    /** Fills in where the case is and what it is about, from whichever event tells first. */
    void describe(CaseEvent event) {
        stationId = event.stationId() != null ? event.stationId() : stationId;
        villageId = event.villageId() != null ? event.villageId() : villageId;
        townshipId = event.townshipId() != null ? event.townshipId() : townshipId;
        kind = event.kind() != null ? event.kind() : kind;
        category = event.category() != null ? event.category() : category;
    }

    static OffsetDateTime later(OffsetDateTime current, OffsetDateTime candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }
}
