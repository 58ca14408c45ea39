package org.masswork.evaluation.facts;

import jakarta.inject.Singleton;

@Singleton
public class SatisfactionRatedHandler extends CaseStepHandler {

    SatisfactionRatedHandler(CaseFactRepository cases) {
        super(cases, "SatisfactionRated", (fact, e) -> fact.rated(e.occurredAt(), e.rating()));
    }
}
