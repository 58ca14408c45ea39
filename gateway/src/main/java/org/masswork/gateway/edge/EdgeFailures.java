package org.masswork.gateway.edge;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.masswork.gateway.problem.Messages;
import org.masswork.gateway.problem.ProblemResponses;
import org.masswork.platform.language.Language;
import org.masswork.platform.language.Text;
import org.masswork.platform.problem.Problem;

/**
 * The gateway's answer where Vert.x's router would give its own: a request it cannot route (a malformed path, a bad
 * percent-escape: bare 400), a path nothing serves (an HTML 404), a method no route takes (405), a handler that failed
 * (500). Each is problem+json with the request id and the security headers, like every other answer. What the HTTP
 * codec refuses before any handler (a request line over {@code quarkus.http.limits.max-initial-line-length}, headers
 * over their limit, a request that is not HTTP) is answered by Vert.x with a bare status; no handler sees it.
 */
@ApplicationScoped
public class EdgeFailures {

    private static final Logger LOG = Logger.getLogger(EdgeFailures.class);
    private static final int LOGGED_PATH_LENGTH = 300;

    private final ProblemResponses problems;

    EdgeFailures(ProblemResponses problems) {
        this.problems = problems;
    }

    /** For {@code router.errorHandler(status, …)} and as the first failure handler. */
    public void answer(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            // Part of an answer is out: no status can follow, so the client must see the exchange break.
            response.reset();
            return;
        }
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (status == 500 && ctx.failure() instanceof IllegalArgumentException && !isUri(ctx.request().uri())) {
            // The router could not decode the path (a bad percent-escape): the client's request, not a failure here.
            status = 400;
        }
        String path = ctx.request().path();
        String instance = path == null ? null : path.length() > LOGGED_PATH_LENGTH ? path.substring(0, LOGGED_PATH_LENGTH) : path;
        if (ctx.get(EdgeHandler.SEEN) == null) {
            // The router failed before the edge handler ran: give the answer what every answer carries.
            response.headers().set(EdgeHandler.REQUEST_ID, UUID.randomUUID().toString());
            SecurityHeaders.apply(response.headers(), true);
            response.headers().set(Language.CONTENT_LANGUAGE, Language.of(ctx.request()).tag());
        }
        problems.send(response, problem(status, ctx, instance));
    }

    /** What Quarkus checks of a request target before any route, were it not off (GatewayMain): that it parses as a URI. */
    public static boolean isUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException | NullPointerException e) {
            return false;
        }
    }

    private static Problem problem(int status, RoutingContext ctx, String instance) {
        Language language = Language.of(ctx.request());
        return switch (status) {
            case 400 -> Problem.of("invalid-request", Messages.INVALID_REQUEST, 400, Text.of(
                    "无法读取请求路径（某个 % 后面不是两位十六进制数字，或不是路径）",
                    "The request's path cannot be read (a % not followed by two hexadecimal digits, or not a path)"), instance, language);
            case 404 -> Problem.of("not-found", Messages.NOT_FOUND, 404, Text.of("此路径下没有任何内容",
                    "Nothing is served at this path"), instance, language);
            case 405 -> Problem.of("method-not-allowed", Messages.METHOD_NOT_ALLOWED, 405, Messages.METHOD_NOT_TAKEN, instance, language);
            case 413 -> Problem.of("body-too-large", Messages.PAYLOAD_TOO_LARGE, 413, Text.of("请求体过大",
                    "The request body is too large"), instance, language);
            case 414 -> Problem.of("uri-too-long", Messages.URI_TOO_LONG, 414, Text.of("路径和查询字符串过长",
                    "The path and query string are too long"), instance, language);
            default -> {
                if (status >= 500) {
                    String reference = UUID.randomUUID().toString();
                    LOG.errorf("Unexpected failure %s on %s: %s", reference, instance,
                            ctx.failure() == null ? "status " + status : ctx.failure().getClass().getName());
                    yield Problem.of("internal-error", Text.of("内部错误", "Internal error"), 500, Text.of(
                            "请求意外失败；参考编号 " + reference, "The request failed unexpectedly; reference " + reference),
                            instance, language);
                }
                yield Problem.of("http-" + status, Messages.INVALID_REQUEST, status, Text.of("请求被拒绝", "The request was refused"),
                        instance, language);
            }
        };
    }
}
