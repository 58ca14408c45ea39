package org.masswork.platform.testing;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts the round trips a request makes to PostgreSQL, the commit included: each time the JDBC driver, having sent
 * something, reads the server's answer. A request sent with the header {@value #HEADER} gets the count back in the
 * same header. The count belongs to the request (a request-scoped bean), so the outbox relay's and the event
 * consumer's work, on threads of their own outside any request, is not counted. The driver's sockets come from
 * {@link RoundTripCountingSocketFactory} (application.properties, test profile).
 */
public class RoundTrips {

    public static final String HEADER = "X-Test-Database-Round-Trips";

    private final Count count;

    RoundTrips(Count count) {
        this.count = count;
    }

    @ServerRequestFilter
    public void startCounting(ContainerRequestContext request) {
        if (request.getHeaderString(HEADER) != null) {
            count.start();
        }
    }

    @ServerResponseFilter
    public void answerCount(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString(HEADER) != null) {
            response.getHeaders().putSingle(HEADER, count.exchanges());
        }
    }

    /** Called by the application's copy of this class (see {@link CountingSocket#exchanged()}). */
    public static void exchanged() {
        ArcContainer container = Arc.container();
        // No container yet while Flyway migrates at start; no request on the relay's and the consumer's threads.
        if (container != null && container.requestContext().isActive()) {
            container.instance(Count.class).get().exchanged();
        }
    }

    /** The round trips of one request, if it asked for them (methods only: the filter holds a client proxy). */
    @RequestScoped
    public static class Count {
        private volatile boolean counting;
        private final AtomicInteger exchanges = new AtomicInteger();

        void start() {
            counting = true;
        }

        void exchanged() {
            if (counting) {
                exchanges.incrementAndGet();
            }
        }

        int exchanges() {
            return exchanges.get();
        }
    }

    /**
     * A socket that counts an exchange each time the driver reads after having written: it sent a request and now
     * waits for the answer, however many writes the request took.
     */
    static final class CountingSocket extends Socket {

        private OutputStream output;
        private InputStream input;
        private volatile boolean sent;

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (output == null) {
                output = new FilterOutputStream(super.getOutputStream()) {
                    @Override
                    public void write(int b) throws IOException {
                        sent = true;
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        sent = true;
                        out.write(bytes, offset, length);
                    }
                };
            }
            return output;
        }

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (input == null) {
                input = new FilterInputStream(super.getInputStream()) {
                    @Override
                    public int read() throws IOException {
                        answerAwaited();
                        return in.read();
                    }

                    @Override
                    public int read(byte[] bytes, int offset, int length) throws IOException {
                        answerAwaited();
                        return in.read(bytes, offset, length);
                    }
                };
            }
            return input;
        }

        private void answerAwaited() {
            if (sent) {
                sent = false;
                exchanged();
            }
        }

        /**
         * Counts in the application's copy of {@link RoundTrips}, the one its filters and beans use: the driver loads
         * this socket's factory by name through its own class loader, which in a {@code @QuarkusTest} may hold a copy
         * of these classes of its own. The thread's context class loader is the application's.
         */
        private static void exchanged() {
            ClassLoader application = Thread.currentThread().getContextClassLoader();
            if (application == null || application == RoundTrips.class.getClassLoader()) {
                RoundTrips.exchanged();
                return;
            }
            try {
                Class.forName(RoundTrips.class.getName(), true, application).getMethod("exchanged").invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot count a round trip", e);
            }
        }
    }
}
