package org.masswork.evaluation.round;

import java.util.UUID;

/** What the voter gets back: that the ballot about this cadre counted, nothing that identifies it. */
public record BallotReceipt(UUID roundId, UUID cadreId, boolean valid) {
}
