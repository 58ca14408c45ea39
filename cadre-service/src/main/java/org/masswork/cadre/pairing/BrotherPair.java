package org.masswork.cadre.pairing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** An official party member paired with a village party member (兄弟对子); the villager's name is personal data. */
@Entity
@Table(name = "brother_pair")
public class BrotherPair extends ClientRecordedEntity {

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "village_member_name", nullable = false)
    public String villageMemberName;

    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(name = "paired_on", nullable = false)
    public LocalDate pairedOn;
}
