package org.masswork.risk.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.masswork.platform.language.Text;

/** The weighted cases opened in the villages of an approved matter rose to a multiple of the alert threshold. */
@Entity
@Table(name = "risk_alert")
public class RiskAlert {

    @Id
    public UUID id;

    /** The matter's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "matter_id", nullable = false)
    public UUID matterId;

    @Column(name = "raised_at", nullable = false)
    public OffsetDateTime raisedAt;

    /** Every case opened since the matter is carried out, whatever it weighs. */
    @Column(name = "new_cases", nullable = false)
    public int newCases;

    /** Those cases weighed (CaseWeights). */
    @Column(name = "weighted_total", nullable = false)
    public double weightedTotal;

    @Column(nullable = false)
    public int threshold;

    /** The alert was raised when the weighted total reached this multiple of the threshold (1 for the first). */
    @Column(nullable = false)
    public int multiple;

    /** The case whose opening reached it; none for alerts raised before it was kept. */
    @Column(name = "triggering_case_id")
    public UUID triggeringCaseId;

    @ElementCollection
    @CollectionTable(name = "risk_alert_contribution", joinColumns = @JoinColumn(name = "alert_id"))
    @OrderColumn(name = "position")
    public List<AlertContribution> contributions = new ArrayList<>();

    /** Why it was raised, one reason a line: the total against the threshold, then each contribution. */
    public List<Text> reasons() {
        List<Text> reasons = new ArrayList<>();
        reasons.add(Text.of(String.format(Locale.ROOT, "事项实施以来所涉村新发案件（加权）：%.1f，达到 %d（阈值 %d × %d）",
                        weightedTotal, threshold * multiple, threshold, multiple),
                String.format(Locale.ROOT, "weighted cases opened in the matter's villages since it is carried out: %.1f, "
                        + "reaching %d (threshold %d x %d)", weightedTotal, threshold * multiple, threshold, multiple)));
        contributions.forEach(c -> reasons.add(c.weighed().describe()));
        if (triggeringCaseId != null) {
            reasons.add(Text.of("由案件 " + triggeringCaseId + " 达到", "reached with case " + triggeringCaseId));
        }
        return reasons;
    }
}
