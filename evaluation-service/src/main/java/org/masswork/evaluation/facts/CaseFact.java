package org.masswork.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the figures need of one case. Each step keeps its own time, and a step only replaces an earlier
 * one of its kind, so events that arrive twice or out of order give the same row.
 */
@Entity
@Table(name = "case_fact")
public class CaseFact {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    /** The county the row belongs to, from the event's {@code countyid}. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    /** The first escalation: the case counts as escalated in that month. */
    @Column(name = "escalated_at")
    public OffsetDateTime escalatedAt;

    /** The latest close; the case is closed unless a later reopening exists. */
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_on_time")
    public Boolean closedOnTime;

    @Column(name = "closed_at_level")
    public String closedAtLevel;

    @Column(name = "reopened_at")
    public OffsetDateTime reopenedAt;

    /** The latest rating. */
    public String rating;

    @Column(name = "rated_at")
    public OffsetDateTime ratedAt;

    void opened(OffsetDateTime at) {
        openedAt = openedAt == null || at.isBefore(openedAt) ? at : openedAt;
    }

    void escalated(OffsetDateTime at) {
        escalatedAt = escalatedAt == null || at.isBefore(escalatedAt) ? at : escalatedAt;
    }

    void closed(OffsetDateTime at, String level, boolean onTime) {
        if (closedAt == null || at.isAfter(closedAt)) {
            closedAt = at;
            closedAtLevel = level;
            closedOnTime = onTime;
        }
    }

    void reopened(OffsetDateTime at) {
        reopenedAt = reopenedAt == null || at.isAfter(reopenedAt) ? at : reopenedAt;
    }

    void rated(OffsetDateTime at, String newRating) {
        if (ratedAt == null || at.isAfter(ratedAt)) {
            ratedAt = at;
            rating = newRating;
        }
    }
}
