package org.masswork.risk.evidence;

import jakarta.inject.Singleton;

/** A case was filed: open. */
@Singleton
class CaseOpenedHandler extends CaseEventHandler {

    CaseOpenedHandler(CaseEvidence evidence) {
        super("CaseOpened", CaseChange.OPENED, false, evidence);
    }
}
