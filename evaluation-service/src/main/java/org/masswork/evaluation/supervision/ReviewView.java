package org.masswork.evaluation.supervision;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupervisionReview")
public record ReviewView(
        UUID id,
        @Schema(description = "The county of the station reviewed") UUID countyId,
        UUID stationId,
        UUID townshipId,
        @Schema(maxLength = 7) String month,
        boolean attendanceOk,
        boolean diaryOk,
        boolean ledgerOk,
        boolean caseHandlingOk,
        @Schema(minimum = "0", maximum = "100") int score,
        @Schema(maxLength = 1000) String comments,
        @Schema(maxLength = 100) String reviewer,
        @Schema(description = "The month's figures when the review was recorded") Figures figures,
        OffsetDateTime recordedAt,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version) {

    @Schema(name = "ReviewFigures")
    public record Figures(@Schema(minimum = "0", maximum = "100000") int stationDaysAttended,
                          @Schema(minimum = "0", maximum = "1000000") int visits,
                          @Schema(minimum = "0", maximum = "1000000") int casesOpened,
                          @Schema(minimum = "0", maximum = "1000000") int casesClosed,
                          @Schema(minimum = "0", maximum = "1000000") int casesClosedOnTime,
                          @Schema(minimum = "0", maximum = "1000000") int casesEscalated) {
    }

    static ReviewView of(SupervisionReview review) {
        return new ReviewView(review.id, review.countyId, review.stationId, review.townshipId, review.month.toString().substring(0, 7),
                review.attendanceOk, review.diaryOk, review.ledgerOk, review.caseHandlingOk, review.score, review.comments,
                review.reviewer, new Figures(review.stationDaysAttended, review.visits, review.casesOpened, review.casesClosed,
                review.casesClosedOnTime, review.casesEscalated), review.recordedAt, review.version);
    }
}
