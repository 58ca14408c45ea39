package org.masswork.gateway.route;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.masswork.gateway.dashboard.DashboardResource;
import org.masswork.gateway.dashboard.ProvinceDashboardResource;
import org.masswork.gateway.edge.BearerTokens;
import org.masswork.gateway.edge.EdgeFailures;
import org.masswork.gateway.edge.EdgeHandler;
import org.masswork.gateway.edge.RateLimiter;
import org.masswork.gateway.problem.Messages;
import org.masswork.gateway.problem.ProblemResponses;
import org.masswork.gateway.token.ClientScopes;
import org.masswork.gateway.token.CountyScope;
import org.masswork.platform.language.Language;
import org.masswork.platform.language.Text;
import org.masswork.platform.problem.Problem;

/**
 * The gateway's routes, ahead of everything Quarkus serves. On a service's path (and anywhere under
 * {@code /api}), in this order: body size, a valid token (401 before any service is called), the client's
 * rate limit (an anonymous ballot, {@link Ballots}, instead: the address's and the code's quota, no token), the
 * token's county or province (403, {@link CountyScope}), a county system's scopes (403, {@link ClientScopes}), then the service's proxy (or, for the gateway's own API, its resource). Other paths ({@code /q/*},
 * the documents, the token endpoint) go on to Quarkus, the documents and the token endpoint rate-limited by
 * address. A path and query string over the limit is refused first, on every path (414). A request refused
 * before its token is known counts against its address; every rate-limited answer carries {@code RateLimit}.
 */
@ApplicationScoped
public class ProxyRoutes {

    /** Before Quarkus's CORS filter, so even a refused preflight has its request id and log line. */
    static final int EDGE_ORDER = -1_000;
    /** After CORS, before Quarkus's own body-size check (-2), which answers without a body. */
    static final int GUARD_ORDER = -10;
    /**
     * Quarkus's HTTP metrics take the {@code uri} tag from this key of the request's Vert.x context (not of the
     * routing context); without it each id in a path would make a tag of its own.
     */
    private static final String METRICS_TEMPLATE = "UrlPathTemplate";
    /** The gateway's own API, served by its resources once the token and the rate limit have passed. */
    private static final Set<String> OWN_API = Set.of(DashboardResource.PATH, ProvinceDashboardResource.PATH);
    /** The gateway's own open endpoints, rate-limited by the caller's address. */
    private static final List<String> LIMITED_BY_ADDRESS = List.of("/oauth/", "/openapi/");

    private final RouteTable routes;
    private final Upstreams upstreams;
    private final BearerTokens tokens;
    private final RateLimiter limiter;
    private final ClientScopes scopes;
    private final CountyScope counties;
    private final Ballots ballots;
    private final ProblemResponses problems;
    private final long maxBodySize;
    private final int maxUriLength;

    ProxyRoutes(GatewayConfig config, Upstreams upstreams, BearerTokens tokens, RateLimiter limiter, ClientScopes scopes,
                CountyScope counties, Ballots ballots, ProblemResponses problems) {
        this.routes = RouteTable.of(config.routes().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue().paths())));
        this.upstreams = upstreams;
        this.tokens = tokens;
        this.limiter = limiter;
        this.scopes = scopes;
        this.counties = counties;
        this.ballots = ballots;
        this.problems = problems;
        this.maxBodySize = config.maxBodySize().asLongValue();
        this.maxUriLength = config.maxUriLength();
    }

    void install(@Observes Router router, EdgeHandler edge, EdgeFailures failures) {
        router.route().order(EDGE_ORDER).handler(edge);
        router.route().order(EDGE_ORDER).failureHandler(failures::answer);
        router.route().order(GUARD_ORDER).handler(this::guard);
        // What the router answers when no route takes a request, or when a failure reaches no failure handler.
        for (int status : new int[] {400, 404, 405, 413, 414, 500}) {
            router.errorHandler(status, failures::answer);
        }
    }

    private void guard(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = request.path();
        if (request.uri().length() > maxUriLength) {
            request.pause();
            refuse(ctx, Problem.of("uri-too-long", Messages.URI_TOO_LONG, 414, Text.of("路径和查询字符串最多 " + maxUriLength
                    + " 个字符；此请求有 " + request.uri().length() + " 个", "The path and query string may be at most "
                    + maxUriLength + " characters; this one has " + request.uri().length()), null, Language.of(request)));
            return;
        }
        if (!EdgeFailures.isUri(request.uri())) {
            request.pause();
            refuse(ctx, Problem.of("invalid-request", Messages.INVALID_REQUEST, 400, Text.of(
                    "请求目标不是有效的 URI（% 后面须是两位十六进制数字）",
                    "The request target is not a valid URI (a % must be followed by two hexadecimal digits)"), null, Language.of(request)));
            return;
        }
        if (!path.equals(ctx.normalizedPath())) {
            // Anywhere, not only on the API: /api/v1/../../q/metrics must not become /q/metrics.
            request.pause();
            refuse(ctx, Problem.of("non-canonical-path", Messages.INVALID_REQUEST, 400, Text.of(
                    "路径不得包含点路径段或经编码的非保留字符",
                    "The path must not contain dot segments or encoded unreserved characters"), path, Language.of(request)));
            return;
        }
        Optional<RouteTable.Match> match = routes.match(ctx.normalizedPath());
        if (match.isEmpty() && !EdgeHandler.isApi(ctx.normalizedPath())) {
            if (LIMITED_BY_ADDRESS.stream().anyMatch(path::startsWith) && isLimited(ctx, address(ctx))) {
                return;
            }
            ctx.next();
            return;
        }
        // Before any refusal: a request the gateway refuses is measured under its route's template too.
        match.ifPresent(route -> ((HttpServerRequestInternal) request).context().putLocal(METRICS_TEMPLATE, route.template()));
        request.pause();
        if (tooLarge(request)) {
            request.response().putHeader(HttpHeaders.CONNECTION, "close");
            refuse(ctx, Problem.of("body-too-large", Messages.PAYLOAD_TOO_LARGE, 413, Text.of(
                    "请求体超过 " + maxBodySize + " 字节", "The request body exceeds " + maxBodySize + " bytes"), path, Language.of(request)));
            return;
        }
        if (match.isPresent() && ballots.isBallot(request, path)) {
            castBallot(ctx, match.get());
            return;
        }
        tokens.verify(request).onComplete(verified -> {
            if (verified.failed()) {
                if (!isLimited(ctx, address(ctx))) {
                    request.response().putHeader("WWW-Authenticate", "Bearer");
                    reject(ctx, Problem.of("unauthorized", Text.of("未认证", "Unauthorized"), 401,
                            BearerTokens.refusal(verified.cause()), path, Language.of(request)));
                }
                return;
            }
            if (isLimited(ctx, subject(verified.result()))) {
                return;
            }
            CountyScope.Refusal outsideCounty = counties.refusal(verified.result(), path);
            if (outsideCounty != null) {
                reject(ctx, Problem.of(outsideCounty.code(), Text.of("无权访问", "Forbidden"), 403, outsideCounty.detail(), path,
                        Language.of(request)));
                return;
            }
            Text refusal = scopes.refusal(verified.result(), request.method().name(), path);
            if (refusal != null) {
                reject(ctx, Problem.of("operation-not-allowed", Text.of("无权访问", "Forbidden"), 403, refusal, path, Language.of(request)));
                return;
            }
            if (match.isEmpty() && OWN_API.contains(path)) {
                request.resume();
                ctx.next();
                return;
            }
            if (match.isEmpty()) {
                reject(ctx, Problem.of("no-route", Messages.NOT_FOUND, 404, Text.of("没有服务提供 " + path,
                        "No service serves " + path), path, Language.of(request)));
                return;
            }
            upstreams.proxy(match.get().service()).handle(request);
        });
    }

    /**
     * An anonymous ballot: no token (none goes on), the address's quota, then the body read (bounded) for the code's
     * quota; then the service. Nothing of the body is logged: the access log has the path, status and address only.
     */
    private void castBallot(RoutingContext ctx, RouteTable.Match route) {
        HttpServerRequest request = ctx.request();
        String path = request.path();
        if (isLimited(ctx, address(ctx))) {
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && Long.parseLong(length.trim()) > ballots.maxBodySize()) {
            request.response().putHeader(HttpHeaders.CONNECTION, "close");
            reject(ctx, Problem.of("body-too-large", Messages.PAYLOAD_TOO_LARGE, 413, ballotTooLarge(), path, Language.of(request)));
            return;
        }
        ballots.read(request).onComplete(read -> {
            if (read.failed()) {
                request.response().putHeader(HttpHeaders.CONNECTION, "close");
                problems.send(ctx.response(), read.cause() instanceof Ballots.TooLarge
                        ? Problem.of("body-too-large", Messages.PAYLOAD_TOO_LARGE, 413, ballotTooLarge(), path, Language.of(request))
                        : Problem.of("bad-request", Messages.INVALID_REQUEST, 400, Text.of("无法读取选票的请求体",
                                "The ballot's body could not be read"), path, Language.of(request)));
                return;
            }
            Optional<RateLimiter.Quota> code = ballots.acquireCode(read.result());
            if (code.isPresent() && !code.get().granted()) {
                ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(code.get().retryAfter()));
                problems.send(ctx.response(), Problem.of("rate-limited", Messages.TOO_MANY_REQUESTS, 429, Text.of(
                        "此选票码提交过于频繁；请 " + code.get().retryAfter() + " 秒后重试",
                        "This ballot code was sent too often; retry after " + code.get().retryAfter() + " s"), path, Language.of(request)));
                return;
            }
            Ballots.keep(request, read.result());
            upstreams.proxy(route.service()).handle(request);
        });
    }

    /**
     * Refuses a request before the caller is known: it counts against the caller's address, so sending bad
     * requests is rate-limited too (429 once the address's quota is spent).
     */
    private void refuse(RoutingContext ctx, Problem problem) {
        if (!isLimited(ctx, address(ctx))) {
            reject(ctx, problem);
        }
    }

    /** Takes a request from the client's quota and tells the client what is left, on whatever the answer is. */
    private boolean isLimited(RoutingContext ctx, String client) {
        ctx.put(EdgeHandler.CLIENT, client);
        RateLimiter.Quota quota = limiter.acquire(client);
        ctx.addHeadersEndHandler(ignored -> ctx.response().headers().set(RateLimiter.Quota.HEADER, quota.header()));
        if (quota.granted()) {
            return false;
        }
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(quota.retryAfter()));
        reject(ctx, Problem.of("rate-limited", Messages.TOO_MANY_REQUESTS, 429, Text.of(
                "此客户端请求过多；请 " + quota.retryAfter() + " 秒后重试",
                "Too many requests from this client; retry after " + quota.retryAfter() + " s"), ctx.request().path(),
                Language.of(ctx.request())));
        return true;
    }

    private Text ballotTooLarge() {
        return Text.of("选票的请求体最多 " + ballots.maxBodySize() + " 字节",
                "A ballot's body may have at most " + ballots.maxBodySize() + " bytes");
    }

    private boolean tooLarge(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length != null && Long.parseLong(length.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Answers without reading the body, which is drained so the connection can serve the next request. */
    private void reject(RoutingContext ctx, Problem problem) {
        if (!ctx.request().isEnded()) {
            ctx.request().resume();
        }
        problems.send(ctx.response(), problem);
    }

    private static String subject(JsonWebToken token) {
        return token.getSubject() != null ? token.getSubject() : token.getName();
    }

    /** The client's address: the socket's peer, or behind a trusted proxy the address it forwarded (ClientOrigins). */
    private static String address(RoutingContext ctx) {
        return EdgeHandler.origin(ctx).client();
    }
}
