package org.masswork.gateway.route;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** The services behind the gateway, by name; targets come from configuration (env in production). */
@ConfigMapping(prefix = "masswork.gateway")
public interface GatewayConfig {

    Map<String, Route> routes();

    interface Route {
        /** Base URL of the service, for example {@code http://cadre-service:8080}. */
        URI url();

        @WithDefault("5s")
        Duration timeout();
    }
}
