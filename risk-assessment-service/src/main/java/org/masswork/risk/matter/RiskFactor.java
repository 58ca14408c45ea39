package org.masswork.risk.matter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A risk the analysis found, with its likelihood and impact, each 1 (slight) to 5 (severe). */
@Embeddable
public class RiskFactor {

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public int likelihood;

    @Column(nullable = false)
    public int impact;

    public int score() {
        return likelihood * impact;
    }
}
