package org.masswork.gateway.route;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * A service's circuit breaker. Closed, every request goes to the service. After a number of failures in a row
 * (the service could not be reached, stayed silent past its timeout or broke off the exchange) it opens: for a
 * while the gateway refuses the service's requests at once, without trying to connect, so clients learn when to
 * come back instead of waiting on a service that is gone. Once that while is over it is half-open: the next
 * request goes through as the trial while the others are still refused. An answer from the service, whatever
 * its status, closes the circuit; a failure opens it again. If the trial brings no outcome within the open
 * interval, the next request after it is a trial too.
 * <p>
 * One per service, shared by every event loop: the methods hold the lock for a few field accesses.
 */
public final class Circuit {

    private static final Logger LOG = Logger.getLogger(Circuit.class);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final String service;
    private final int failuresToOpen;
    private final Duration openFor;
    private final LongSupplier nanoClock;
    private final LongAdder refusals = new LongAdder();
    private State state = State.CLOSED;
    private int failuresInARow;
    /** While open or half-open: until when requests are refused (a {@link #nanoClock} reading). */
    private long refusingUntil;

    Circuit(String service, int failuresToOpen, Duration openFor, LongSupplier nanoClock) {
        this.service = service;
        this.failuresToOpen = failuresToOpen;
        this.openFor = openFor;
        this.nanoClock = nanoClock;
    }

    /** Whether a request may go to the service now; a refusal is counted. Past the open interval, this request is the trial. */
    public synchronized boolean allowsRequest() {
        if (state == State.CLOSED) {
            return true;
        }
        long now = nanoClock.getAsLong();
        if (now - refusingUntil < 0) {
            refusals.increment();
            return false;
        }
        state = State.HALF_OPEN;
        refusingUntil = now + openFor.toNanos();
        return true;
    }

    /** The service answered. */
    public synchronized void succeeded() {
        if (state != State.CLOSED) {
            LOG.infof("%s answers again: circuit closed", service);
        }
        state = State.CLOSED;
        failuresInARow = 0;
    }

    /** The service could not be reached, stayed silent or broke off the exchange. */
    public synchronized void failed() {
        failuresInARow++;
        if (state == State.CLOSED && failuresInARow < failuresToOpen) {
            return;
        }
        if (state == State.CLOSED) {
            LOG.warnf("%s failed %d times in a row: circuit open, its requests are refused for %d ms at a time", service,
                    failuresInARow, openFor.toMillis());
        }
        state = State.OPEN;
        refusingUntil = nanoClock.getAsLong() + openFor.toNanos();
    }

    /** Open past its interval reads as half-open: the next request will be the trial. */
    public synchronized State state() {
        return state == State.OPEN && nanoClock.getAsLong() - refusingUntil >= 0 ? State.HALF_OPEN : state;
    }

    /** Whole seconds until a request may go to the service again, at least 1: for {@code Retry-After}. */
    public synchronized long retryAfterSeconds() {
        long remaining = state == State.CLOSED ? 0 : refusingUntil - nanoClock.getAsLong();
        return Math.max(1, (remaining + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }

    /** Requests refused while open, since the start. */
    public long refusals() {
        return refusals.sum();
    }
}
