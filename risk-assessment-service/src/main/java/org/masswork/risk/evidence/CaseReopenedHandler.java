package org.masswork.risk.evidence;

import jakarta.inject.Singleton;

/** A settled case is handled again: open. */
@Singleton
class CaseReopenedHandler extends CaseEventHandler {

    CaseReopenedHandler(CaseEvidence evidence) {
        super("CaseReopened", CaseChange.OPENED, false, evidence);
    }
}
