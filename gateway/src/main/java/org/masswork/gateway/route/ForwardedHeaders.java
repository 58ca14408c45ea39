package org.masswork.gateway.route;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.masswork.gateway.edge.ClientOrigins;

/**
 * Tells the service how the client reached the edge, so it builds correct {@code Location} headers and links: the
 * client's address, scheme and host as {@link ClientOrigins} found them (the socket's, or those a trusted proxy in
 * front forwarded). Whatever else came in {@code Forwarded} or {@code X-Forwarded-*} is dropped: the services trust
 * these headers from the gateway only.
 */
final class ForwardedHeaders implements ProxyInterceptor {

    private final ClientOrigins origins;

    ForwardedHeaders(ClientOrigins origins) {
        this.origins = origins;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ClientOrigins.Origin origin = origins.of(context.request().proxiedRequest());
        MultiMap headers = context.request().headers();
        headers.remove("Forwarded");
        headers.names().stream().filter(name -> name.regionMatches(true, 0, "X-Forwarded-", 0, 12)).toList()
                .forEach(headers::remove);
        headers.set("X-Forwarded-For", origin.client());
        headers.set("X-Forwarded-Proto", origin.scheme());
        if (origin.host() != null) {
            int colon = origin.host().lastIndexOf(':');
            boolean hasPort = colon > 0 && origin.host().indexOf(']') < colon;
            int port = hasPort ? Integer.parseInt(origin.host().substring(colon + 1)) : "https".equals(origin.scheme()) ? 443 : 80;
            headers.set("X-Forwarded-Host", origin.host());
            headers.set("X-Forwarded-Port", String.valueOf(port));
        }
        return context.sendRequest();
    }
}
