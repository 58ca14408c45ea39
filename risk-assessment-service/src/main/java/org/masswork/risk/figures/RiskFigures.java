package org.masswork.risk.figures;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The review figures of a county, one of its townships or all the province's counties in a period. A matter affecting
 * several townships counts in each township's row and once in its county's (and the province's).
 */
@Schema(name = "RiskFigures")
public record RiskFigures(
        @Schema(description = "The county of the row; null in the PROVINCE row of all counties") UUID countyId,
        @Schema(description = "Null when grouped by county or province") UUID townshipId,
        @Schema(maxLength = 100, description = "As registered with its stations; null when grouped by county or province") String townshipName,
        @Schema(minimum = "0", maximum = "1000000000", description = "Hearings (听证会) held, by the day held") long hearingsHeld,
        @Schema(minimum = "0", maximum = "1000000000", description = "Consultation meetings (恳谈会) held, by the day held")
        long consultationsHeld,
        @Schema(minimum = "0", maximum = "1000000000", description = "Collective decisions taken on matters (each decision of "
                + "a matter postponed and decided again counts)") long mattersAssessed,
        @Schema(minimum = "0", maximum = "1000000000", description = "Decisions VETO (否决)") long mattersVetoed,
        @Schema(minimum = "0", maximum = "1000000000", description = "Decisions taken while the rule 劳民伤财的事不开展 "
                + "(WASTEFUL_WORK, 不开展) blocked approval: the work is not carried out; each is also vetoed or postponed")
        long mattersNotCarriedOut,
        @Schema(minimum = "0", maximum = "1000000000", description = "Decisions POSTPONE (暂缓实施)") long mattersPostponed,
        @Schema(minimum = "0", maximum = "1000000000", description = "Decisions APPROVE (批准实施)") long mattersApproved) {
}
