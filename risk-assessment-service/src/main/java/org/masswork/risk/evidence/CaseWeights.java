package org.masswork.risk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.masswork.risk.RiskRules;

/**
 * The one way this service weighs villagers' cases, for the proposal's evidence, the three rules' open grievances
 * and the monitoring alerts alike: a case weighs its category's weight (its severity: land and demolition most)
 * times its kind's weight (an opinion less than a dispute), and a petition the petition factor in place of its
 * kind's weight. Weights are in {@link RiskRules}.
 */
@ApplicationScoped
public class CaseWeights {

    private final RiskRules rules;

    CaseWeights(RiskRules rules) {
        this.rules = rules;
    }

    public double weight(String kind, String category, boolean petition) {
        double severity = rules.categoryWeights().getOrDefault(category, rules.otherCategoryWeight());
        return severity * (petition ? rules.petitionFactor() : rules.kindWeights().getOrDefault(kind, rules.otherKindWeight()));
    }

    public List<WeightedCases> weigh(Collection<CaseCount> counts) {
        return counts.stream().map(c -> {
            double weight = weight(c.kind(), c.category(), c.petition());
            return new WeightedCases(c.kind(), c.category(), c.petition(), c.count(), weight, weight * c.count());
        }).toList();
    }

    public static double total(Collection<WeightedCases> cases) {
        return cases.stream().mapToDouble(WeightedCases::weighted).sum();
    }

    /** The cases of these categories only. */
    public static List<WeightedCases> ofCategories(Collection<WeightedCases> cases, Set<String> categories) {
        return cases.stream().filter(c -> categories.contains(c.category())).toList();
    }
}
