package org.masswork.cases.petition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The petition part of a PETITION case; its due dates are case deadlines. Versioned through its case. */
@Entity
@Table(name = "petition")
public class Petition extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PetitionMode mode;

    @Column(name = "extension_days")
    public Integer extensionDays;

    @Column(name = "extension_reason")
    public String extensionReason;

    @Column(name = "review_requested_at")
    public OffsetDateTime reviewRequestedAt;

    @Column(name = "review_answered_at")
    public OffsetDateTime reviewAnsweredAt;

    @Column(name = "re_review_requested_at")
    public OffsetDateTime reReviewRequestedAt;

    @Column(name = "re_review_answered_at")
    public OffsetDateTime reReviewAnsweredAt;

    @Enumerated(EnumType.STRING)
    public PetitionOutcome outcome;

    @Column(name = "outcome_at")
    public OffsetDateTime outcomeAt;
}
