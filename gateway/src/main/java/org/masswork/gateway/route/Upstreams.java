package org.masswork.gateway.route;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.masswork.gateway.problem.ProblemResponses;

/**
 * One streaming reverse proxy per service, on the Vert.x instance Quarkus runs: method, path, query,
 * headers and body go on as they came (bodies are streamed, never buffered), and the answer comes back
 * the same way.
 */
@ApplicationScoped
public class Upstreams {

    private final Map<String, HttpProxy> proxies = new HashMap<>();

    Upstreams(GatewayConfig config, Vertx vertx, ProblemResponses problems) {
        config.routes().forEach((service, route) -> proxies.put(service, proxy(service, route, config, vertx, problems)));
    }

    public HttpProxy proxy(String service) {
        return proxies.get(service);
    }

    private static HttpProxy proxy(String service, GatewayConfig.Route route, GatewayConfig config, Vertx vertx,
                                   ProblemResponses problems) {
        URI url = route.url();
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
        SocketAddress server = SocketAddress.inetSocketAddress(port, url.getHost());
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(config.maxConnectionsPerService())
                .setKeepAlive(true)
                .setSsl(tls));
        long connectTimeout = config.connectTimeout().toMillis();
        long idleTimeout = route.timeout().toMillis();
        return HttpProxy.reverseProxy(client)
                .origin(context -> context.client().request(new RequestOptions()
                        .setServer(server).setHost(url.getHost()).setPort(port).setSsl(tls)
                        .setConnectTimeout(connectTimeout)
                        .setIdleTimeout(idleTimeout)))
                // The first interceptor sees the outcome last: it turns any failure into a problem.
                .addInterceptor(new UpstreamFailures(service, route.timeout(), problems))
                .addInterceptor(new ForwardedHeaders())
                .addInterceptor(new BodyLimit(config.maxBodySize().asLongValue()));
    }
}
