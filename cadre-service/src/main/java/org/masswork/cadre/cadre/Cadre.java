package org.masswork.cadre.cadre;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;
import org.masswork.platform.privacy.EncryptedString;

/**
 * A county or township official who may be stationed in a village. The phone is personal data, stored
 * encrypted; the name is shown to everyone (cards, teams, lists by name) and is kept as it is.
 * Station experience is never stored: it is derived from the cadre's assignments.
 */
@Entity
public class Cadre extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The county the cadre works for: their department's. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    @Convert(converter = EncryptedString.class)
    public String phone;

    @Column(name = "department_id", nullable = false)
    public UUID departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CadreRank rank;

    /** Mid-level backbone (中层骨干): may lead a station without section-level rank. */
    @Column(nullable = false)
    public boolean backbone;

    @Column(name = "party_member", nullable = false)
    public boolean partyMember;

    public boolean mayLeadAStation() {
        return rank == CadreRank.SECTION_LEVEL || backbone;
    }
}
