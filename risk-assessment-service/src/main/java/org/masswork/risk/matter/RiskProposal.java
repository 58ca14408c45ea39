package org.masswork.risk.matter;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.risk.evidence.OpenCases;
import org.masswork.risk.opinion.OpinionTotals;

/** The level the system proposes for a matter now, why, and the evidence it weighed. */
@Schema(name = "RiskProposal")
public record RiskProposal(
        RiskLevel level,
        @Schema(maxLength = 20) String levelLabel,
        @Schema(maxItems = 20) List<String> reasons,
        @Schema(maxItems = 100, description = "Open cases and petitions in the affected villages") List<OpenCases> openCases,
        @Schema(minimum = "0", description = "The open cases weighted by category (petitions weigh more)") double weightedOpenCases,
        OpinionTotals opinions) {
}
