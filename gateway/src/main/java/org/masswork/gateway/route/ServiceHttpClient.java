package org.masswork.gateway.route;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;

/**
 * The one client of the gateway's own reads of the services (their documents, the dashboard's figures, their
 * readiness). HTTP/1.1: the services speak it, and an h2c upgrade attempt would only cost a round trip.
 * Proxied traffic goes through {@link Upstreams}.
 */
@ApplicationScoped
class ServiceHttpClient {

    @Produces
    @Singleton
    HttpClient serviceHttpClient(GatewayConfig config) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.connectTimeout()).build();
    }
}
