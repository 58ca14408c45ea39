package org.masswork.evaluation.facts;

import jakarta.inject.Singleton;

@Singleton
public class CaseClosedHandler extends CaseStepHandler {

    CaseClosedHandler(CaseFactRepository cases) {
        super(cases, "CaseClosed", (fact, e) -> fact.closed(e.occurredAt(), e.closedAtLevel(), Boolean.TRUE.equals(e.onTime())));
    }
}
