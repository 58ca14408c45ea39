package org.masswork.cadre.promotion;

import java.time.OffsetDateTime;
import java.util.UUID;

/** cadre-service's reading of evaluation-service's EvaluationConcluded (see docs/asyncapi.yaml). */
public record EvaluationConcluded(
        UUID cadreId,
        UUID roundId,
        String period,
        String grade,
        String consequence,
        OffsetDateTime concludedAt) {
}
