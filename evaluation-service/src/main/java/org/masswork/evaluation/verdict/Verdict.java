package org.masswork.evaluation.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A cadre's result of a closed round, kept with every input of the formula. */
@Entity
@IdClass(Verdict.Key.class)
public class Verdict {

    @Id
    @Column(name = "round_id")
    public UUID roundId;

    @Id
    @Column(name = "cadre_id")
    public UUID cadreId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(nullable = false)
    public String period;

    @Column(name = "ballots_valid", nullable = false)
    public int ballotsValid;

    @Column(nullable = false)
    public int satisfied;

    @Column(name = "basically_satisfied", nullable = false)
    public int basicallySatisfied;

    @Column(nullable = false)
    public int unsatisfied;

    @Column(name = "average_scores")
    public BigDecimal averageScores;

    @Column(name = "people_score")
    public BigDecimal peopleScore;

    @Column(name = "supervision_score")
    public BigDecimal supervisionScore;

    @Column(name = "objective_score", nullable = false)
    public BigDecimal objectiveScore;

    @Column(name = "total_score", nullable = false)
    public BigDecimal totalScore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Grade grade;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Consequence consequence;

    @Column(name = "concluded_at", nullable = false)
    public OffsetDateTime concludedAt;

    public record Key(UUID roundId, UUID cadreId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
