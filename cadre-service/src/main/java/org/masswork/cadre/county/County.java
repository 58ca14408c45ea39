package org.masswork.cadre.county;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** A county (县) of the province: the root of its townships, villages and stations, with its own calendar's zone. */
@Entity
public class County extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The province's code for the county, unique. */
    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    /** The zone the county's dates (station days, terms, check-in windows) are counted in, e.g. Asia/Shanghai. */
    @Column(nullable = false)
    public String zone;
}
