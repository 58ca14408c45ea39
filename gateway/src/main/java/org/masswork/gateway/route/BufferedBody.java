package org.masswork.gateway.route;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * A ballot's body, read by the gateway ({@link Ballots}), goes on as that buffer; and a ballot goes on without the
 * caller's credentials or cookies, whatever the client sent: it is anonymous, the code in its body is all it needs.
 */
final class BufferedBody implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Buffer body = ((HttpServerRequestInternal) context.request().proxiedRequest()).context().getLocal(Ballots.BODY);
        if (body != null) {
            context.request().setBody(Body.body(body));
            context.request().headers().remove("Authorization").remove("Cookie").remove("Transfer-Encoding")
                    .set("Content-Length", String.valueOf(body.length()));
        }
        return context.sendRequest();
    }
}
