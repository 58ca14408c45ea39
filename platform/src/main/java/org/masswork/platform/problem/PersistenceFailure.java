package org.masswork.platform.problem;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.hibernate.StaleStateException;

/** What a persistence exception, however deeply wrapped, means for the client. */
enum PersistenceFailure {
    CONCURRENT_UPDATE, DUPLICATE, OTHER;

    private static final String UNIQUE_VIOLATION = "23505";

    static PersistenceFailure of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return CONCURRENT_UPDATE;
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return DUPLICATE;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return OTHER;
    }
}
