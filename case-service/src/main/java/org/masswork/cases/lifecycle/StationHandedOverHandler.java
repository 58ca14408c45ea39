package org.masswork.cases.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.cases.casefile.CaseFile;
import org.masswork.cases.casefile.CaseFileRepository;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/**
 * When cadre-service hands a station over (rotation), the outgoing cadre's cases there that a hand-over may move
 * ({@link CaseStateMachine}: accepted or in progress) pass to the successor, each with a HAND_OVER step by
 * cadre-service in its timeline. Resolved and closed cases keep the cadre who handled them. A petition about the
 * successor is left with no cadre in charge, for the township to name one. Applied once per event (the inbox); a
 * case moved already is no longer the outgoing cadre's, so a second event for the handover moves nothing either.
 * A hand-over emits no event, here as through the API.
 */
@ApplicationScoped
public class StationHandedOverHandler implements EventHandler<StationHandedOver> {

    private final CaseFileRepository cases;
    private final CaseSteps steps;

    StationHandedOverHandler(CaseFileRepository cases, CaseSteps steps) {
        this.cases = cases;
        this.steps = steps;
    }

    @Override
    public String eventType() {
        return "StationHandedOver";
    }

    @Override
    public Class<StationHandedOver> payloadType() {
        return StationHandedOver.class;
    }

    @Override
    public void handle(EventEnvelope envelope, StationHandedOver event) {
        for (CaseFile file : cases.handledAtForUpdate(event.stationId(), event.outgoingCadreId(),
                CaseStateMachine.allowing(CaseAction.HAND_OVER))) {
            boolean concerned = event.successorCadreId().equals(file.concernsCadreId);
            file.handlerCadreId = concerned ? null : event.successorCadreId();
            steps.applyFromEvent(file, CaseAction.HAND_OVER, envelope.source(), concerned
                    ? "站点轮换交接 " + event.handoverId() + "：继任干部为信访所涉干部，待乡镇另定经办人"
                    : "站点轮换交接 " + event.handoverId());
        }
    }
}
