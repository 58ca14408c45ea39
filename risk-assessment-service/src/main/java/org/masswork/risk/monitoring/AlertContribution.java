package org.masswork.risk.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.masswork.risk.evidence.WeightedCases;

/** What the new cases of one kind and category (petitions apart) contributed to an alert. */
@Embeddable
public class AlertContribution {

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public boolean petition;

    @Column(nullable = false)
    public long cases;

    @Column(nullable = false)
    public double weight;

    @Column(nullable = false)
    public double weighted;

    static AlertContribution of(WeightedCases cases) {
        AlertContribution contribution = new AlertContribution();
        contribution.kind = cases.kind();
        contribution.category = cases.category();
        contribution.petition = cases.petition();
        contribution.cases = cases.count();
        contribution.weight = cases.weight();
        contribution.weighted = cases.weighted();
        return contribution;
    }

    WeightedCases weighed() {
        return new WeightedCases(kind, category, petition, cases, weight, weighted);
    }
}
