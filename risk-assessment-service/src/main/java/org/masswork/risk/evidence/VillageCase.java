package org.masswork.risk.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One case of case-service as evidence for the review: whether it is still open, and when it was opened. */
@Entity
@Table(name = "village_case")
public class VillageCase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    /** The county of the case, from the event's {@code countyid}. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public boolean petition;

    @Column(nullable = false)
    public boolean open;

    /** When the case was first opened, if that event has arrived. */
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    /** The time of the event that set {@link #open}; an older event arriving late does not change it. */
    @Column(name = "state_at", nullable = false)
    public OffsetDateTime stateAt;
}
