package org.masswork.evaluation.facts;

import jakarta.inject.Singleton;

@Singleton
public class CaseReopenedHandler extends CaseStepHandler {

    CaseReopenedHandler(CaseFactRepository cases) {
        super(cases, "CaseReopened", (fact, e) -> fact.reopened(e.occurredAt()));
    }
}
