package org.masswork.risk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * The county's rule for proposing a risk level, the weights of villagers' cases (CaseWeights: one way of weighing
 * for the proposal, the three rules and the alerts), and the monitoring threshold. A proposal is HIGH when any
 * "high" clause holds, else MEDIUM when any "medium" clause holds, else LOW (see RiskProposer).
 */
@ConfigMapping(prefix = "masswork.risk")
public interface RiskRules {

    /** The time zone of a county cadre-service has not announced (platform KnownCounties): the default county's days. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

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

    /** The thresholds of the three rules applied at the decision (ThreeRules), under {@code masswork.risk.three-rules}. */
    ThreeRulesSettings threeRules();

    interface ThreeRulesSettings {

        /** 不出台: a matter with obvious stability risk does not go ahead. */
        ObviousRisk obviousRisk();

        /** 不批准: a project or major decision with seriously unbalanced interests is not approved. */
        UnbalancedInterests unbalancedInterests();

        /** 不开展: work that wastes the people's labour and money is not started. */
        WastefulWork wastefulWork();

        /** 缓出台: a policy most people do not understand or support is postponed. */
        PolicyNotUnderstood policyNotUnderstood();
    }

    interface ObviousRisk {

        /** Controllability (可控性) scored at or below this (1-5) is an obvious risk, whatever the level. */
        @WithDefault("2")
        int maxControllabilityScore();
    }

    interface UnbalancedInterests {

        /** Reasonableness (合理性) scored at or below this (1-5): the interests are seriously unbalanced. */
        @WithDefault("2")
        int maxReasonablenessScore();

        /**
         * The share of opposing opinions at or above which they are: opinions of meetings and surveys, all held in
         * the affected townships and villages.
         */
        @WithDefault("0.3")
        double opposeShare();

        /** Weighted open cases of the grievance categories in the affected villages at or above which they are. */
        @WithDefault("20")
        double openGrievances();

        /** The case categories that are grievances about interests (land, housing and demolition). */
        @WithDefault("LAND,HOUSING_DEMOLITION")
        Set<String> grievanceCategories();
    }

    interface WastefulWork {

        /** Feasibility (可行性: cost against benefit, means, timing) scored at or below this (1-5): wasteful. */
        @WithDefault("2")
        int maxFeasibilityScore();

        /** A budget per affected household (yuan) at or above which the work must show a feasibility of at least ... */
        @WithDefault("200000")
        double budgetPerHousehold();

        /** ... this score (1-5), or it is wasteful. */
        @WithDefault("4")
        int budgetNeedsFeasibilityScore();
    }

    interface PolicyNotUnderstood {

        /** The share of opinions that oppose or do not understand the policy at or above which most do not. */
        @WithDefault("0.5")
        double share();

        /** Fewer opinions gathered than this: whether most understand and support the policy is unknown. */
        @WithDefault("1")
        int minOpinions();
    }
}
