package org.masswork.gateway.route;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.masswork.gateway.edge.EdgeHandler;
import org.masswork.gateway.problem.Problem;
import org.masswork.gateway.problem.ProblemResponses;

/**
 * When a service cannot be reached (503), stays silent past its timeout (504) or breaks the exchange
 * (502), the client gets a problem naming the service instead of a hang or an empty answer. A chunked
 * body cut off by {@link BodyLimit} is a 413.
 */
final class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final String service;
    private final Duration timeout;
    private final ProblemResponses problems;

    UpstreamFailures(String service, Duration timeout, ProblemResponses problems) {
        this.service = service;
        this.timeout = timeout;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(error -> {
            String path = context.request().proxiedRequest().path();
            if (Boolean.TRUE.equals(context.get(BodyLimit.EXCEEDED, Boolean.class))) {
                return Future.succeededFuture(problemResponse(context, Problem.of("body-too-large", "Payload too large", 413,
                        "The request body exceeds the gateway's limit", path)).putHeader(HttpHeaders.CONNECTION, "close"));
            }
            Problem problem = problem(error, path);
            LOG.warnf("%s %s: %s answered %d (%s) request=%s", context.request().getMethod(), path, service,
                    problem.status(), error.toString(), context.request().proxiedRequest().getHeader(EdgeHandler.REQUEST_ID));
            return Future.succeededFuture(problemResponse(context, problem));
        });
    }

    private ProxyResponse problemResponse(ProxyContext context, Problem problem) {
        return context.request().release().response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problems.body(problem)));
    }

    private Problem problem(Throwable error, String path) {
        if (causedBy(error, TimeoutException.class) || causedBy(error, io.netty.channel.ConnectTimeoutException.class)) {
            return Problem.of("service-timeout", "Gateway timeout", 504,
                    service + " did not answer in time (timeout " + timeout.toMillis() + " ms)", path);
        }
        if (causedBy(error, ConnectException.class) || causedBy(error, UnknownHostException.class)) {
            return Problem.of("service-unavailable", "Service unavailable", 503,
                    service + " cannot be reached; try again later", path);
        }
        return Problem.of("bad-gateway", "Bad gateway", 502, service + " broke off the exchange", path);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
