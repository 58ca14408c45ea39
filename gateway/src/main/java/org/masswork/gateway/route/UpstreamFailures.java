package org.masswork.gateway.route;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.masswork.gateway.edge.EdgeHandler;
import org.masswork.gateway.problem.Messages;
import org.masswork.gateway.problem.ProblemResponses;
import org.masswork.platform.language.Language;
import org.masswork.platform.language.Text;
import org.masswork.platform.problem.Problem;

/**
 * When a service cannot be reached (503), stays silent past its timeout (504) or breaks the exchange (502),
 * the client gets one problem naming the service instead of a hang or an empty answer, and the service's
 * {@link Circuit} counts the failure; while the circuit is open the request is answered 503 at once, without
 * calling the service. Every 503 carries {@code Retry-After}. A chunked body cut off by {@link BodyLimit} is a 413.
 * <ul>
 * <li>Before the service answers (connection refused, closed while the request goes out, silence): the
 * problem is the answer.</li>
 * <li>While its answer streams: as long as nothing of it has reached the client, the problem replaces it;
 * once part of it has, the proxy cuts the client's exchange (closes the HTTP/1.1 connection, resets the
 * HTTP/2 stream), so the client sees a broken answer and not a truncated one that looks whole.</li>
 * </ul>
 */
final class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final String service;
    private final Duration timeout;
    private final Circuit circuit;
    private final ProblemResponses problems;

    UpstreamFailures(String service, Duration timeout, Circuit circuit, ProblemResponses problems) {
        this.service = service;
        this.timeout = timeout;
        this.circuit = circuit;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        if (!circuit.allowsRequest()) {
            String path = context.request().proxiedRequest().path();
            return Future.succeededFuture(answer(context, Problem.of("service-unavailable", Messages.SERVICE_UNAVAILABLE, 503, Text.of(
                    service + " 正在出错；网关在 " + circuit.retryAfterSeconds() + " 秒内不调用它",
                    service + " is failing; the gateway is not calling it for " + circuit.retryAfterSeconds() + " s"), path,
                    Language.of(context.request().proxiedRequest()))));
        }
        return context.sendRequest()
                .onSuccess(answered -> circuit.succeeded())
                .recover(error -> Future.succeededFuture(problemResponse(context, error)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        Body body = response.getBody();
        if (body != null) {
            response.setBody(Body.body(new Relayed(context, body.stream()), body.length()));
        }
        return context.sendResponse().recover(error -> {
            log(context, "broke off its answer after part of it reached the client; the client's exchange is cut", error);
            // Done: a failed future would make the proxy try to send a second answer on the cut exchange.
            return Future.succeededFuture();
        });
    }

    private ProxyResponse problemResponse(ProxyContext context, Throwable error) {
        String path = context.request().proxiedRequest().path();
        if (Boolean.TRUE.equals(context.get(BodyLimit.EXCEEDED, Boolean.class))) {
            return answer(context, Problem.of("body-too-large", Messages.PAYLOAD_TOO_LARGE, 413, Text.of("请求体超过网关的上限",
                    "The request body exceeds the gateway's limit"), path, Language.of(context.request().proxiedRequest())))
                    .putHeader(HttpHeaders.CONNECTION, "close");
        }
        circuit.failed();
        Problem problem = problem(error, path, Language.of(context.request().proxiedRequest()));
        log(context, "answered " + problem.status(), error);
        return answer(context, problem);
    }

    /** The problem as the answer to a request the service has not answered. */
    private ProxyResponse answer(ProxyContext context, Problem problem) {
        ProxyRequest request = context.request();
        // What the client has not sent yet is read and dropped, so its connection can serve the next request. A
        // request read to its end must not be resumed: an HTTP/2 request then throws, and the client would wait forever.
        if (!request.proxiedRequest().isEnded()) {
            request.release();
        }
        ProxyResponse response = request.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problems.body(problem)));
        return problem.status() == 503 ? response.putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(circuit.retryAfterSeconds())) : response;
    }

    private Problem problem(Throwable error, String path, Language language) {
        if (causedBy(error, TimeoutException.class) || causedBy(error, io.netty.channel.ConnectTimeoutException.class)) {
            return Problem.of("service-timeout", Text.of("网关超时", "Gateway timeout"), 504, Text.of(
                    service + " 未及时应答（超时 " + timeout.toMillis() + " 毫秒）",
                    service + " did not answer in time (timeout " + timeout.toMillis() + " ms)"), path, language);
        }
        if (causedBy(error, ConnectException.class) || causedBy(error, UnknownHostException.class)) {
            return Problem.of("service-unavailable", Messages.SERVICE_UNAVAILABLE, 503, Text.of(service + " 无法连接，请稍后再试",
                    service + " cannot be reached; try again later"), path, language);
        }
        return Problem.of("bad-gateway", Text.of("网关错误", "Bad gateway"), 502, Text.of(service + " 中断了交互",
                service + " broke off the exchange"), path, language);
    }

    private void log(ProxyContext context, String what, Throwable error) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        LOG.warnf("%s %s: %s %s (%s) request=%s", incoming.method(), incoming.path(), service, what, error.toString(),
                incoming.getHeader(EdgeHandler.REQUEST_ID));
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The service's answer body on its way to the client. If the service fails before any of it went out, the
     * stream gives the problem in its place, and ends: the proxy then ends the client's answer as usual, once.
     */
    private final class Relayed extends PassThroughBody {

        private final ProxyContext context;
        private Handler<Buffer> handler;
        private Handler<Void> endHandler;
        private Handler<Throwable> exceptionHandler;
        private boolean relayed;

        Relayed(ProxyContext context, ReadStream<Buffer> source) {
            super(source);
            this.context = context;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            this.handler = handler;
            source.handler(handler == null ? null : buffer -> {
                relayed = true;
                handler.handle(buffer);
            });
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
            this.endHandler = endHandler;
            source.endHandler(endHandler);
            return this;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> exceptionHandler) {
            this.exceptionHandler = exceptionHandler;
            source.exceptionHandler(exceptionHandler == null ? null : this::failed);
            return this;
        }

        private void failed(Throwable error) {
            circuit.failed();
            HttpServerResponse client = context.request().proxiedRequest().response();
            if (relayed || client.headWritten() || handler == null || endHandler == null) {
                exceptionHandler.handle(error);
                return;
            }
            Problem problem = problem(error, context.request().proxiedRequest().path(), Language.of(context.request().proxiedRequest()));
            log(context, "broke off its answer before any of it reached the client; answered " + problem.status(), error);
            Buffer body = problems.body(problem);
            // The service's status and headers were already set on the client's answer; none of them has gone out.
            context.response().headers().names().forEach(client.headers()::remove);
            client.headers().remove("Warning");
            client.setStatusCode(problem.status())
                    .setStatusMessage(HttpResponseStatus.valueOf(problem.status()).reasonPhrase())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            if (!client.isChunked()) {
                client.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length()));
            }
            handler.handle(body);
            endHandler.handle(null);
        }
    }
}
