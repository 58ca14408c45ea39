package org.masswork.evaluation.facts;

import jakarta.inject.Singleton;

@Singleton
public class CaseEscalatedHandler extends CaseStepHandler {

    CaseEscalatedHandler(CaseFactRepository cases) {
        super(cases, "CaseEscalated", (fact, e) -> fact.escalated(e.occurredAt()));
    }
}
