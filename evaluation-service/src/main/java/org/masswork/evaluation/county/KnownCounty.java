package org.masswork.evaluation.county;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A county of the deployment as cadre-service registered it: its days are counted in its zone. */
@Entity
@Table(name = "known_county")
public class KnownCounty {

    @Id
    @Column(name = "county_id")
    public UUID countyId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String zone;
}
