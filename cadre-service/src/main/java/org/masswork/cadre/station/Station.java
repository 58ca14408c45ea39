package org.masswork.cadre.station;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** The mass-work station (群众工作站) of one village or community. */
@Entity
public class Station extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The county of its township. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "village_id", nullable = false, unique = true)
    public UUID villageId;

    /** Copied from the village: every scope check needs it. */
    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(nullable = false)
    public String name;

    public String address;
}
