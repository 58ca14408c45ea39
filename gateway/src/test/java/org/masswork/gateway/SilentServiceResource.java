package org.masswork.gateway;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link DownstreamResource}'s gateway with risk allowed only {@link #RISK_TIMEOUT} of silence, so that a test of a silent
 * service meets the timeout at once. No test of this gateway needs risk to answer: elsewhere a loaded machine would
 * turn a slow answer into a 504 or a missing dashboard section, so the other gateways keep risk's own timeout.
 */
public class SilentServiceResource extends DownstreamResource {

    static final String RISK_TIMEOUT = "300ms";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("masswork.gateway.routes.risk.timeout", RISK_TIMEOUT);
        return config;
    }
}
