package org.masswork.platform.event;

import jakarta.transaction.RollbackException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLTimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.masswork.platform.persistence.PersistenceFailure;

/**
 * Tells a fault of the infrastructure, which passes if the same work is tried again later, from a failure of the
 * work itself. Events are retried for as long as an infrastructure fault lasts and parked only for the other kind.
 */
public final class Faults {

    private Faults() {
    }

    public static boolean isTransient(Throwable error) {
        PersistenceFailure persistence = PersistenceFailure.of(error);
        if (persistence != PersistenceFailure.OTHER) {
            return persistence.isTransient();
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RetriableException || t instanceof SQLTimeoutException
                    || t instanceof SocketException || t instanceof SocketTimeoutException) {
                return true;
            }
            // A commit refused with no other cause: the transaction timed out.
            if (t instanceof RollbackException && t.getCause() == null) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
