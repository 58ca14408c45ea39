package org.masswork.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.masswork.platform.event.ErrorSummary;

/** Deletes idempotency records once their keys have expired, every hour; each replica may, the delete is the same. */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent startup) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idempotency-purge");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** @return how many expired records were deleted */
    public long purge() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.delete("createdAt < ?1",
                    OffsetDateTime.now(ZoneOffset.UTC).minus(IdempotentCreates.KEPT)));
        } catch (RuntimeException e) {
            LOG.warnf("Expired idempotency keys not purged now (%s); next hour", ErrorSummary.of(e));
            return 0;
        }
    }
}
