package org.masswork.risk.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** New cases in the villages of an approved matter rose to the alert threshold. */
@Entity
@Table(name = "risk_alert")
public class RiskAlert {

    @Id
    public UUID id;

    @Column(name = "matter_id", nullable = false)
    public UUID matterId;

    @Column(name = "raised_at", nullable = false)
    public OffsetDateTime raisedAt;

    @Column(name = "new_cases", nullable = false)
    public int newCases;

    @Column(nullable = false)
    public int threshold;
}
