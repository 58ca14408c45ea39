package org.masswork.cadre.township;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** A township (乡镇) of the county. */
@Entity
public class Township extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The county the township belongs to. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    /** The county's own code for the township, unique in the county. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;
}
