package org.masswork.cadre.pairing;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;
import org.masswork.platform.privacy.EncryptedString;

/** An official party member paired with a village party member (兄弟对子); the villager's name is personal data, stored encrypted. */
@Entity
@Table(name = "brother_pair")
public class BrotherPair extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The village's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "village_member_name", nullable = false)
    @Convert(converter = EncryptedString.class)
    public String villageMemberName;

    /** Keyed hash of the name: a cadre is paired with a village member once, which the database checks on this. */
    @Column(name = "village_member_name_hash", nullable = false)
    public String villageMemberNameHash;

    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(name = "paired_on", nullable = false)
    public LocalDate pairedOn;
}
