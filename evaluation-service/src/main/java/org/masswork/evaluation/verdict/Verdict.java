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
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.masswork.evaluation.facts.FiveRole;

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

    /** The round's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(nullable = false)
    public String period;

    @Column(name = "ballots_valid", nullable = false)
    public int ballotsValid;

    /** The ballots' breakdown; null below the minimum of valid ballots, so a few voters' marks are never shown. */
    public Integer satisfied;

    @Column(name = "basically_satisfied")
    public Integer basicallySatisfied;

    public Integer unsatisfied;

    @Column(name = "average_scores")
    public BigDecimal averageScores;

    @Column(name = "people_score")
    public BigDecimal peopleScore;

    @Column(name = "supervision_score")
    public BigDecimal supervisionScore;

    @Column(name = "objective_score", nullable = false)
    public BigDecimal objectiveScore;

    /** Null for a cadre not graded. */
    @Column(name = "total_score")
    public BigDecimal totalScore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Grade grade;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Consequence consequence;

    @Column(name = "concluded_at", nullable = false)
    public OffsetDateTime concludedAt;

    /** {@link NotGradedReason} codes joined by commas; null when graded. */
    @Column(name = "not_graded_reasons")
    public String notGradedReasons;

    // The objective inputs, over the days served in the half year up to the close (null for verdicts before they were kept).
    @Column(name = "service_days")
    public Integer serviceDays;

    @Column(name = "station_days_due")
    public Integer stationDaysDue;

    @Column(name = "station_days_attended")
    public Integer stationDaysAttended;

    @Column(name = "supervision_reviews")
    public Integer supervisionReviews;

    @Column(name = "cases_closed")
    public Integer casesClosed;

    @Column(name = "cases_closed_on_time")
    public Integer casesClosedOnTime;

    public Integer visits;

    @Column(name = "visits_policy_publicist")
    public Integer visitsPolicyPublicist;

    @Column(name = "visits_opinion_researcher")
    public Integer visitsOpinionResearcher;

    @Column(name = "visits_party_building_instructor")
    public Integer visitsPartyBuildingInstructor;

    @Column(name = "visits_dispute_mediator")
    public Integer visitsDisputeMediator;

    @Column(name = "visits_service_provider")
    public Integer visitsServiceProvider;

    /** Visits per role (五员); null for verdicts concluded before they were kept. */
    public Map<FiveRole, Integer> visitsByRole() {
        if (visits == null) {
            return null;
        }
        Map<FiveRole, Integer> byRole = new EnumMap<>(FiveRole.class);
        byRole.put(FiveRole.POLICY_PUBLICIST, visitsPolicyPublicist);
        byRole.put(FiveRole.OPINION_RESEARCHER, visitsOpinionResearcher);
        byRole.put(FiveRole.PARTY_BUILDING_INSTRUCTOR, visitsPartyBuildingInstructor);
        byRole.put(FiveRole.DISPUTE_MEDIATOR, visitsDisputeMediator);
        byRole.put(FiveRole.SERVICE_PROVIDER, visitsServiceProvider);
        return byRole;
    }

    void visitsByRole(Map<FiveRole, Integer> byRole) {
        visitsPolicyPublicist = byRole.getOrDefault(FiveRole.POLICY_PUBLICIST, 0);
        visitsOpinionResearcher = byRole.getOrDefault(FiveRole.OPINION_RESEARCHER, 0);
        visitsPartyBuildingInstructor = byRole.getOrDefault(FiveRole.PARTY_BUILDING_INSTRUCTOR, 0);
        visitsDisputeMediator = byRole.getOrDefault(FiveRole.DISPUTE_MEDIATOR, 0);
        visitsServiceProvider = byRole.getOrDefault(FiveRole.SERVICE_PROVIDER, 0);
    }

    public record Key(UUID roundId, UUID cadreId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
