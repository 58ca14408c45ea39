package org.masswork.cadre.promotion;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/** Keeps each cadre's evaluation results; a round concluded again (a correction) replaces the earlier result. */
@ApplicationScoped
public class EvaluationConcludedHandler implements EventHandler<EvaluationConcluded> {

    private final CadreEvaluationRepository evaluations;

    EvaluationConcludedHandler(CadreEvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public String eventType() {
        return "EvaluationConcluded";
    }

    @Override
    public Class<EvaluationConcluded> payloadType() {
        return EvaluationConcluded.class;
    }

    @Override
    public void handle(EventEnvelope envelope, EvaluationConcluded event) {
        CadreEvaluation result = evaluations.findByIdOptional(new CadreEvaluation.Key(event.cadreId(), event.roundId()))
                .orElseGet(CadreEvaluation::new);
        if (result.concludedAt != null && result.concludedAt.isAfter(event.concludedAt())) {
            return;
        }
        result.cadreId = event.cadreId();
        result.roundId = event.roundId();
        result.countyId = envelope.county();
        result.period = event.period();
        result.grade = event.grade();
        result.consequence = event.consequence();
        result.concludedAt = event.concludedAt() != null ? event.concludedAt() : envelope.time();
        evaluations.persist(result);
    }
}
