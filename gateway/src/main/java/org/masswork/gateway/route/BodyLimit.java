package org.masswork.gateway.route;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * The body limit for bodies sent without a length, which the guard cannot see up front; past the limit
 * the body is cut off and {@link UpstreamFailures} answers 413. An HTTP/1.1 chunked body is counted as it
 * streams on. An HTTP/2 body without a length is collected first (it is at most the limit): the proxy
 * could only send it on chunked if the client had sent it chunked, which HTTP/2 has no notion of.
 */
final class BodyLimit implements ProxyInterceptor {

    static final String EXCEEDED = "masswork.gateway.body-too-large";

    private final long maxBytes;

    BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Body body = context.request().getBody();
        if (body == null || body.length() >= 0) {
            return context.sendRequest();
        }
        Counted counted = new Counted(body.stream(), maxBytes, () -> context.set(EXCEEDED, true));
        if (context.request().version() != HttpVersion.HTTP_2) {
            context.request().setBody(Body.body(counted));
            return context.sendRequest();
        }
        Promise<Buffer> collected = Promise.promise();
        Buffer content = Buffer.buffer();
        counted.exceptionHandler(collected::tryFail);
        counted.endHandler(end -> collected.tryComplete(content));
        counted.handler(content::appendBuffer);
        counted.resume();
        return collected.future().compose(all -> {
            context.request().setBody(all.length() == 0 ? null : Body.body(all));
            return context.sendRequest();
        });
    }

    private static final class Counted extends PassThroughBody {

        private final long maxBytes;
        private final Runnable onExceeded;
        private Handler<Throwable> exceptionHandler;
        private long seen;

        Counted(ReadStream<Buffer> source, long maxBytes, Runnable onExceeded) {
            super(source);
            this.maxBytes = maxBytes;
            this.onExceeded = onExceeded;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            source.handler(handler == null ? null : buffer -> {
                if (seen > maxBytes) {
                    return;
                }
                seen += buffer.length();
                if (seen > maxBytes) {
                    onExceeded.run();
                    if (exceptionHandler != null) {
                        exceptionHandler.handle(new IllegalStateException("request body over " + maxBytes + " bytes"));
                    }
                    return;
                }
                handler.handle(buffer);
            });
            return this;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            exceptionHandler = handler;
            source.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
            source.endHandler(endHandler);
            return this;
        }
    }
}
