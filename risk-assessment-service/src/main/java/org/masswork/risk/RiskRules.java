package org.masswork.risk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * The county's rule for proposing a risk level, the weights of villagers' cases (CaseWeights: one way of weighing
 * for the proposal, the three rules and the alerts), and the monitoring threshold. A proposal is HIGH when any
 * "high" clause holds, else MEDIUM when any "medium" clause holds, else LOW (see RiskProposer).
 */
@ConfigMapping(prefix = "masswork.risk")
public interface RiskRules {

    /** Weight of one case by its category (LAND, HOUSING_DEMOLITION, ...): how severe a grievance of that kind is. */
    Map<String, Double> categoryWeights();

    /** Weight of a case of a category not listed in {@link #categoryWeights()}. */
    @WithDefault("0")
    double otherCategoryWeight();

    /** A case weighs its category's weight times its kind's (OPINION, PROBLEM, DISPUTE, ERRAND). */
    Map<String, Double> kindWeights();

    /** The weight of a kind not listed in {@link #kindWeights()}. */
    @WithDefault("1")
    double otherKindWeight();

    /** A petition weighs this many times its category's weight (in place of its kind's weight). */
    @WithDefault("2")
    double petitionFactor();

    /** Weighted open cases from which the evidence alone makes a matter HIGH. */
    @WithDefault("30")
    double highEvidence();

    @WithDefault("8")
    double mediumEvidence();

    /** Share of opposing opinions (meetings and surveys) from which a matter is HIGH. */
    @WithDefault("0.5")
    double highOpposeShare();

    @WithDefault("0.2")
    double mediumOpposeShare();

    /** A criterion scored at or below this (1-5) makes a matter HIGH. */
    @WithDefault("1")
    int highCriterionScore();

    @WithDefault("2")
    int mediumCriterionScore();

    /** A risk factor whose likelihood x impact (each 1-5) reaches this makes a matter HIGH. */
    @WithDefault("20")
    int highFactorScore();

    @WithDefault("10")
    int mediumFactorScore();

    /** A matter affecting at least this many households is at least MEDIUM. */
    @WithDefault("100")
    int mediumHouseholds();

    /**
     * The weighted cases (CaseWeights) opened in the villages of a matter being carried out that raise a risk alert
     * (each further multiple raises another): ten land disputes at the default weights.
     */
    @WithDefault("30")
    int alertThreshold();
}
