package org.masswork.evaluation.facts;

import java.util.function.BiConsumer;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/** Applies one type of case event to the case's row. Subclasses are @Singleton: they pass their step to this constructor, so they cannot be proxied. */
abstract class CaseStepHandler implements EventHandler<CaseStep> {

    private final CaseFactRepository cases;
    private final String eventType;
    private final BiConsumer<CaseFact, CaseStep> step;

    CaseStepHandler(CaseFactRepository cases, String eventType, BiConsumer<CaseFact, CaseStep> step) {
        this.cases = cases;
        this.eventType = eventType;
        this.step = step;
    }

    @Override
    public String eventType() {
        return eventType;
    }

    @Override
    public Class<CaseStep> payloadType() {
        return CaseStep.class;
    }

    @Override
    public void handle(EventEnvelope envelope, CaseStep event) {
        CaseFact fact = cases.findOrNew(envelope.county(), event);
        step.accept(fact, event);
        cases.persist(fact);
    }
}
