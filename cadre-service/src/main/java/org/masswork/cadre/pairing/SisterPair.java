package org.masswork.cadre.pairing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** A county or township party organisation paired with a village's party branch (姐妹亲戚). */
@Entity
@Table(name = "sister_pair")
public class SisterPair extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The village's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "party_organisation", nullable = false)
    public String partyOrganisation;

    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(name = "paired_on", nullable = false)
    public LocalDate pairedOn;
}
