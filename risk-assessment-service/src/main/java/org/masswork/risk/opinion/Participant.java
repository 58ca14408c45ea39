package org.masswork.risk.opinion;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** Someone who took part in a meeting: personal data, masked outside the owning department and county roles. */
@Embeddable
public class Participant {

    @Column(nullable = false)
    public String name;

    public String phone;

    @Column(name = "village_id")
    public UUID villageId;
}
