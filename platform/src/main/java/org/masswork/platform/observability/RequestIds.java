package org.masswork.platform.observability;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request has an id: the gateway's {@code X-Request-Id} (sent on by it, kept when sane), or one made here when a
 * request comes without it. The id is in the log's context (MDC key {@code requestId}) for the whole request, in the
 * request's own headers (so {@code ProblemMapper} gives it as a 500's reference), and echoed in the response.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** The gateway's rule (EdgeHandler): anything else is replaced, so a client cannot put what it likes in the logs. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Before Quarkus's own routes, so even a request it refuses itself carries its id. */
    private static final int ORDER = -1_000;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(RequestIds::handle);
    }

    private static void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String sent = request.getHeader(HEADER);
        String id = sent != null && SANE.matcher(sent).matches() ? sent : newId();
        request.headers().set(HEADER, id);
        MDC.put(MDC_KEY, id);
        ctx.addHeadersEndHandler(ignored -> ctx.response().headers().set(HEADER, id));
        ctx.next();
    }

    /** A random UUID from the thread's own generator: unique, not secret, and without a shared SecureRandom's lock. */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xCL << 60) | (0x8L << 60);
        return new UUID(high, low).toString();
    }
}
