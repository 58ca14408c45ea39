package org.masswork.gateway;

import java.util.HashMap;
import java.util.Map;

/**
 * As {@link DownstreamResource}, but evaluation too goes to the {@link Downstream}: every service's figures answer. Risk
 * gets the default timeout back: the 300 ms there serve the tests of a silent service, and here a loaded machine must not
 * turn a slow answer into a missing section.
 */
public class AllServicesResource extends DownstreamResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String downstream = config.get("masswork.gateway.routes.cadre.url");
        config.put("masswork.gateway.routes.evaluation.url", downstream);
        config.put("masswork.gateway.routes.evaluation.management-url", downstream);
        config.remove("masswork.gateway.routes.risk.timeout");
        return config;
    }
}
