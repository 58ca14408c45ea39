package org.masswork.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.language.Language;

/**
 * case-service's figures of the cases received in the period (GET /api/v1/case-figures, its COUNTY row), named as
 * case-service names them. Null when not available.
 */
@Schema(name = "DashboardCases")
public record CaseSection(
        SectionStatus status,
        @Schema(maxLength = 10) String statusLabel,
        @Schema(maxLength = 300, description = "Why the figures are missing; absent when available") String detail,
        @Schema(minimum = "0", maximum = "100000000", description = "Cases received") Long casesReceived,
        @Schema(minimum = "0", maximum = "100000000", description = "意见建议 collected") Long opinionsCollected,
        @Schema(minimum = "0", maximum = "100000000", description = "实际问题 resolved or closed") Long problemsSolved,
        @Schema(minimum = "0", maximum = "100000000", description = "矛盾纠纷 resolved or closed") Long disputesSolved,
        @Schema(minimum = "0", maximum = "100000000", description = "代办事项") Long errandsByProxy,
        @Schema(minimum = "0", maximum = "100000000", description = "代理信访 and 陪同上访") Long proxyPetitions,
        @Schema(minimum = "0", maximum = "100000000", description = "息访息诉") Long petitionsEnded,
        @Schema(minimum = "0", maximum = "100000000", description = "Of the cases received, those closed") Long casesClosed,
        @Schema(minimum = "0", maximum = "100000000", description = "Closed by the station itself") Long closedAtStation,
        @Schema(minimum = "0", maximum = "1", description = "Closed at the station among closed (一般问题不出村); null without closed cases")
        Double closedAtStationShare) {

    /**
     * The figures of case-figures rows added up (the spans of a period, one county's or the province's row each); the
     * share closed at the station is the rows' closed at the station among their closed.
     */
    static CaseSection of(List<JsonNode> rows, String available) {
        long closed = DashboardService.sum(rows, "casesClosed");
        long closedAtStation = DashboardService.sum(rows, "closedAtStation");
        return new CaseSection(SectionStatus.AVAILABLE, available, null,
                DashboardService.sum(rows, "casesReceived"), DashboardService.sum(rows, "opinionsCollected"),
                DashboardService.sum(rows, "problemsSolved"), DashboardService.sum(rows, "disputesSolved"),
                DashboardService.sum(rows, "errandsByProxy"), DashboardService.sum(rows, "proxyPetitions"),
                DashboardService.sum(rows, "petitionsEnded"), closed, closedAtStation,
                closed == 0 ? null : (double) closedAtStation / closed);
    }

    static CaseSection missing(SectionFailure failure, Language language) {
        return new CaseSection(failure.status(), failure.status().label(language), failure.detail().in(language), null, null, null, null, null, null, null, null, null, null);
    }
}
