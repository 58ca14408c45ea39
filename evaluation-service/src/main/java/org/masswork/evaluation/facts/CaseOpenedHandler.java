package org.masswork.evaluation.facts;

import jakarta.inject.Singleton;

@Singleton
public class CaseOpenedHandler extends CaseStepHandler {

    CaseOpenedHandler(CaseFactRepository cases) {
        super(cases, "CaseOpened", (fact, e) -> fact.opened(e.occurredAt()));
    }
}
