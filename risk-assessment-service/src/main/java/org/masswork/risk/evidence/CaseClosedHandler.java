package org.masswork.risk.evidence;

import jakarta.inject.Singleton;

/** A closed case no longer counts. */
@Singleton
class CaseClosedHandler extends CaseEventHandler {

    CaseClosedHandler(CaseEvidence evidence) {
        super("CaseClosed", CaseChange.SETTLED, false, evidence);
    }
}
