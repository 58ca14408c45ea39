package org.masswork.risk.evidence;

import jakarta.inject.Singleton;

/** A resolved case (办结) no longer counts as an open grievance. */
@Singleton
class CaseResolvedHandler extends CaseEventHandler {

    CaseResolvedHandler(CaseEvidence evidence) {
        super("CaseResolved", CaseChange.SETTLED, false, evidence);
    }
}
