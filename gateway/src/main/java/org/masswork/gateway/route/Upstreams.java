package org.masswork.gateway.route;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.masswork.gateway.edge.ClientOrigins;
import org.masswork.gateway.problem.ProblemResponses;

/**
 * One streaming reverse proxy per service, on the Vert.x instance Quarkus runs: method, path, query,
 * headers and body go on as they came (bodies are streamed, never buffered), and the answer comes back
 * the same way. Each event loop sends through connections of its own ({@link EventLoopClients}).
 */
@ApplicationScoped
public class Upstreams {

    private static final Logger LOG = Logger.getLogger(Upstreams.class);

    private final Map<String, HttpProxy> proxies = new HashMap<>();

    Upstreams(GatewayConfig config, Vertx vertx, Circuits circuits, ProblemResponses problems, ClientOrigins origins) {
        config.routes().forEach((service, route) ->
                proxies.put(service, proxy(service, route, config, vertx, circuits.of(service), problems, origins)));
    }

    public HttpProxy proxy(String service) {
        return proxies.get(service);
    }

    private static HttpProxy proxy(String service, GatewayConfig.Route route, GatewayConfig config, Vertx vertx,
                                   Circuit circuit, ProblemResponses problems, ClientOrigins origins) {
        URI url = route.url();
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
        SocketAddress server = SocketAddress.inetSocketAddress(port, url.getHost());
        EventLoopClients clients = new EventLoopClients(() -> vertx.httpClientBuilder()
                .with(new HttpClientOptions().setKeepAlive(true).setSsl(tls))
                .with(new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerService()))
                // A connection the service drops fails the exchanges on it, which UpstreamFailures reports.
                .withConnectHandler(connection -> connection.exceptionHandler(error -> LOG.debugf("%s: %s", service, error)))
                .build());
        long connectTimeout = config.connectTimeout().toMillis();
        long idleTimeout = route.timeout().toMillis();
        return HttpProxy.reverseProxy(clients.shared())
                .origin(context -> clients.current().request(new RequestOptions()
                        .setServer(server).setHost(url.getHost()).setPort(port).setSsl(tls)
                        .setConnectTimeout(connectTimeout)
                        .setIdleTimeout(idleTimeout))
                        // The failure reaches UpstreamFailures through the answer; unhandled here, Vert.x would log it as an error.
                        .map(request -> request.exceptionHandler(error -> LOG.debugf("%s: %s", service, error))))
                // The first interceptor sees the outcome last: it turns any failure into a problem.
                .addInterceptor(new UpstreamFailures(service, route.timeout(), circuit, problems))
                .addInterceptor(new ForwardedHeaders(origins))
                .addInterceptor(new BufferedBody())
                .addInterceptor(new BodyLimit(config.maxBodySize().asLongValue()));
    }
}
