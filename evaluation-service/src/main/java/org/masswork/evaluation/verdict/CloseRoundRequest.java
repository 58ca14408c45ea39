package org.masswork.evaluation.verdict;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** Closes a round: the version the client read, so a concurrent change is a 409. */
public record CloseRoundRequest(@NotNull @Min(0) @Max(Long.MAX_VALUE) Long version, OffsetDateTime recordedAt) {
}
