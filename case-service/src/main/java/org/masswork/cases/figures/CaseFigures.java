package org.masswork.cases.figures;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The county report's case figures for the county, one township or one station over the period (cases received in it). */
@Schema(name = "CaseFigures")
public record CaseFigures(
        @Schema(description = "The county; null when grouped by province") UUID countyId,
        @Schema(description = "Null when grouped by county") UUID townshipId,
        @Schema(maxLength = 100, description = "As registered with its stations; null when grouped by county") String townshipName,
        @Schema(description = "Set when grouped by station") UUID stationId,
        @Schema(maxLength = 100, description = "Set when grouped by station") String stationName,
        @Schema(minimum = "0", maximum = "100000000", description = "Cases received in the period") long casesReceived,
        @Schema(minimum = "0", maximum = "100000000", description = "意见建议 collected") long opinionsCollected,
        @Schema(minimum = "0", maximum = "100000000", description = "实际问题 resolved or closed") long problemsSolved,
        @Schema(minimum = "0", maximum = "100000000", description = "矛盾纠纷 resolved or closed") long disputesSolved,
        @Schema(minimum = "0", maximum = "100000000", description = "代办事项") long errandsByProxy,
        @Schema(minimum = "0", maximum = "100000000", description = "代理信访 and 陪同上访") long proxyPetitions,
        @Schema(minimum = "0", maximum = "100000000", description = "息访息诉") long petitionsEnded,
        @Schema(minimum = "0", maximum = "100000000", description = "Of the cases received, those closed") long casesClosed,
        @Schema(minimum = "0", maximum = "100000000") long closedAtStation,
        @Schema(minimum = "0", maximum = "1", description = "Closed at station level among closed (一般问题不出村); null without closed cases")
        Double closedAtStationShare,
        @Schema(minimum = "0", maximum = "1", description = "Resolved before the due date among resolved") Double onTimeRate,
        @Schema(minimum = "0", maximum = "1", description = "Satisfied or basically satisfied among rated") Double satisfactionRate,
        @Schema(minimum = "0", maximum = "100000", description = "From receipt to closing, closed cases only") Double averageDaysToClose) {
}
