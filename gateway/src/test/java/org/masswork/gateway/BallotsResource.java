package org.masswork.gateway;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link DownstreamResource}'s gateway with evaluation behind the {@link Downstream} too, so ballots reach a peer
 * that records them; a ballot's code may be sent twice at once, then once a minute.
 */
public class BallotsResource extends DownstreamResource {

    static final int PER_CODE_BURST = 2;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String downstream = config.get("masswork.gateway.routes.cadre.url");
        config.put("masswork.gateway.routes.evaluation.url", downstream);
        config.put("masswork.gateway.routes.evaluation.management-url", downstream);
        config.put("masswork.gateway.ballots.per-code-burst", String.valueOf(PER_CODE_BURST));
        config.put("masswork.gateway.ballots.max-body-size", "4K");
        return config;
    }
}
