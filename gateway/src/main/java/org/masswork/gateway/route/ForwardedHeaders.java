package org.masswork.gateway.route;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the service how the client reached the gateway, so it builds correct {@code Location} headers and
 * links. What the client itself sent in these headers is dropped: the gateway is the edge, nobody before
 * it is trusted.
 */
final class ForwardedHeaders implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        MultiMap headers = context.request().headers();
        headers.remove("Forwarded");
        headers.names().stream().filter(name -> name.regionMatches(true, 0, "X-Forwarded-", 0, 12)).toList()
                .forEach(headers::remove);
        if (incoming.remoteAddress() != null) {
            headers.set("X-Forwarded-For", incoming.remoteAddress().host());
        }
        headers.set("X-Forwarded-Proto", incoming.scheme());
        HostAndPort authority = incoming.authority();
        if (authority != null) {
            int port = authority.port() > 0 ? authority.port() : "https".equals(incoming.scheme()) ? 443 : 80;
            headers.set("X-Forwarded-Host", authority.port() > 0 ? authority.host() + ":" + port : authority.host());
            headers.set("X-Forwarded-Port", String.valueOf(port));
        }
        return context.sendRequest();
    }
}
