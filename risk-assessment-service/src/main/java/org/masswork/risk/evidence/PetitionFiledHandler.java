package org.masswork.risk.evidence;

import jakarta.inject.Singleton;

/** A petition was filed: the case is open and counts as a petition. */
@Singleton
class PetitionFiledHandler extends CaseEventHandler {

    PetitionFiledHandler(CaseEvidence evidence) {
        super("PetitionFiled", CaseChange.OPENED, true, evidence);
    }
}
