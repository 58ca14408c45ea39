package org.masswork.cadre.household;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.masswork.platform.persistence.ClientRecordedEntity;
import org.masswork.platform.privacy.EncryptedString;

/** A household (户) of a village; the head's name, address and phone are personal data, stored encrypted. */
@Entity
public class Household extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The station's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    /** The village's station, copied for scope checks and the station's lists. */
    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(name = "head_name", nullable = false)
    @Convert(converter = EncryptedString.class)
    public String headName;

    @Column(nullable = false)
    @Convert(converter = EncryptedString.class)
    public String address;

    @Convert(converter = EncryptedString.class)
    public String phone;

    @Column(name = "member_count", nullable = false)
    public int memberCount;

    @ElementCollection
    @CollectionTable(name = "household_tag", joinColumns = @JoinColumn(name = "household_id"))
    @Column(name = "tag", nullable = false)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    public Set<HouseholdTag> tags = EnumSet.noneOf(HouseholdTag.class);
}
