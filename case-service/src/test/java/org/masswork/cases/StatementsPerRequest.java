package org.masswork.cases;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Test only: counts the SQL statements the service sends to PostgreSQL while it serves one request, and answers the
 * count in the {@value #HEADER} header. A blocking endpoint runs its filters, its method and its commit on one worker
 * thread, so a count kept by that thread is the request's own (the relay, the consumers and the jobs run elsewhere).
 * Each statement is one round trip; the commit is one more.
 */
public class StatementsPerRequest {

    public static final String HEADER = "X-Test-Statements";
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** Sees every statement Hibernate prepares, the InsertBatch's included. */
    @PersistenceUnitExtension
    @ApplicationScoped
    public static class Counter implements StatementInspector {
        @Override
        public String inspect(String sql) {
            int[] count = COUNT.get();
            if (count != null) {
                count[0]++;
            }
            return sql;
        }
    }

    @ServerRequestFilter
    public void startCounting(ContainerRequestContext request) {
        COUNT.set(new int[1]);
    }

    @ServerResponseFilter
    public void answerCount(ContainerResponseContext response) {
        int[] count = COUNT.get();
        COUNT.remove();
        if (count != null) {
            response.getHeaders().putSingle(HEADER, count[0]);
        }
    }
}
