package org.masswork.gateway;

import java.util.HashMap;
import java.util.Map;

/**
 * As {@link DownstreamResource}, but evaluation too goes to the {@link Downstream}: every service's figures answer.
 */
public class AllServicesResource extends DownstreamResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String downstream = config.get("masswork.gateway.routes.cadre.url");
        config.put("masswork.gateway.routes.evaluation.url", downstream);
        config.put("masswork.gateway.routes.evaluation.management-url", downstream);
        return config;
    }
}
