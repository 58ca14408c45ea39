package org.masswork.risk.opinion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** Door-to-door visits or a survey of one affected village: households reached and their stances (one each at most). */
@Entity
@Table(name = "village_survey")
public class VillageSurvey extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The matter's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "matter_id", nullable = false)
    public UUID matterId;

    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SurveyMethod method;

    @Column(name = "households_reached", nullable = false)
    public int householdsReached;

    @Column(nullable = false)
    public int support;

    @Column(nullable = false)
    public int oppose;

    @Column(name = "support_with_conditions", nullable = false)
    public int supportWithConditions;

    /** Households that do not understand the matter (不理解). */
    @Column(name = "not_understood", nullable = false)
    public int notUnderstood;
}
