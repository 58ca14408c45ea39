package org.masswork.risk.evidence;

import jakarta.inject.Singleton;

/** The petitioner stopped petitioning (息访息诉): settled. */
@Singleton
class PetitionEndedHandler extends CaseEventHandler {

    PetitionEndedHandler(CaseEvidence evidence) {
        super("PetitionEnded", CaseChange.SETTLED, true, evidence);
    }
}
