package org.masswork.risk.evidence;

import jakarta.inject.Singleton;

/** A case not accepted no longer counts. */
@Singleton
class CaseRejectedHandler extends CaseEventHandler {

    CaseRejectedHandler(CaseEvidence evidence) {
        super("CaseRejected", CaseChange.SETTLED, false, evidence);
    }
}
