package org.masswork.platform.event;

import java.time.Duration;

/** A wait that doubles after each failure up to a cap, and starts over after a success. Not thread-safe. */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private Duration next;

    public Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
        this.next = first;
    }

    /** The wait before the next try; the one after it is twice as long, up to the cap. */
    public Duration next() {
        Duration current = next;
        next = next.multipliedBy(2).compareTo(max) <= 0 ? next.multipliedBy(2) : max;
        return current;
    }

    public void reset() {
        next = first;
    }

    /**
     * Sleeps for the next wait.
     *
     * @return false when the thread was interrupted (it is being stopped)
     */
    public boolean pause() {
        try {
            Thread.sleep(next().toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
