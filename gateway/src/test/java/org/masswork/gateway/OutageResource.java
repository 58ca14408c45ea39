package org.masswork.gateway;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@link DownstreamResource}'s gateway, with evaluation behind a {@link SwitchableService} and a circuit that opens
 * after {@link #FAILURES_TO_OPEN} failures for {@link #OPEN_FOR_SECONDS} s: long enough that a test's next
 * request finds it open, short enough that the test does not wait long for the trial.
 */
public class OutageResource extends DownstreamResource {

    static final int FAILURES_TO_OPEN = 3;
    static final int OPEN_FOR_SECONDS = 5;
    private static final String CONTROL_URL = "masswork.test.switchable-service.control-url";

    private SwitchableService evaluation;

    @Override
    public Map<String, String> start() {
        evaluation = new SwitchableService();
        Map<String, String> config = new HashMap<>(super.start());
        config.put("masswork.gateway.routes.evaluation.url", evaluation.url());
        config.put("masswork.gateway.routes.evaluation.management-url", evaluation.url());
        config.put("masswork.gateway.routes.evaluation.circuit.failures-to-open", String.valueOf(FAILURES_TO_OPEN));
        config.put("masswork.gateway.routes.evaluation.circuit.open-for", OPEN_FOR_SECONDS + "s");
        config.put(CONTROL_URL, evaluation.controlUrl());
        return config;
    }

    @Override
    public void stop() {
        super.stop();
        if (evaluation != null) {
            evaluation.close();
        }
    }

    /** The switch of the service behind evaluation's route, for a test running against this resource. */
    static SwitchableService.Control evaluation() {
        return new SwitchableService.Control(ConfigProvider.getConfig().getValue(CONTROL_URL, String.class));
    }
}
