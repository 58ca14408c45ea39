package org.masswork.platform.persistence;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.postgresql.util.PSQLException;

/** What a persistence exception, however deeply wrapped, means for the client and for a retry. */
public enum PersistenceFailure {
    /** Someone else changed the row meanwhile (optimistic locking). */
    CONCURRENT_UPDATE,
    DUPLICATE,
    /** No connection: the server is down, restarting or out of reach. */
    DATABASE_UNAVAILABLE,
    /**
     * The database refused this attempt but would take the same one again: a serialization failure, a deadlock,
     * a lock or statement timeout, too many connections, or no pooled connection free in time.
     */
    RETRYABLE,
    OTHER;

    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE class 08 (connection exception) and 57P0x (server shutting down, or starting: cannot connect now). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String SHUTDOWN_OR_STARTUP_PREFIX = "57P0";
    /** 40001 serialization failure, 40P01 deadlock, 55P03 lock not available, 57014 statement timeout or cancel. */
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01", "55P03", "57014");
    /** SQLSTATE class 53: insufficient resources (too many connections, out of memory or disk). */
    private static final String INSUFFICIENT_RESOURCES_CLASS = "53";
    /** Agroal's pool gives no SQLSTATE when no connection frees up within its acquisition timeout. */
    private static final String POOL_EXHAUSTED_MESSAGE = "acquisition timeout";
    /** Causes and suppressed exceptions looked at, at most: a cycle must not loop forever. */
    private static final int MAX_DEPTH = 32;

    /**
     * Looks through the causes and, since a failed commit reports the driver's error as a suppressed exception of
     * the transaction manager's (Narayana: {@code RollbackException} with a suppressed {@code XAException}), through
     * the suppressed exceptions too.
     */
    public static PersistenceFailure of(Throwable error) {
        return of(error, 0);
    }

    private static PersistenceFailure of(Throwable error, int depth) {
        for (Throwable t = error; t != null && depth < MAX_DEPTH; t = t.getCause() == t ? null : t.getCause(), depth++) {
            PersistenceFailure failure = classify(t);
            if (failure != OTHER) {
                return failure;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                failure = of(suppressed, depth + 1);
                if (failure != OTHER) {
                    return failure;
                }
            }
        }
        return OTHER;
    }

    private static PersistenceFailure classify(Throwable t) {
        if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
            return CONCURRENT_UPDATE;
        }
        if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
            return DUPLICATE;
        }
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
            return DATABASE_UNAVAILABLE;
        }
        if (t instanceof SQLException sql && isRetryable(sql)) {
            return RETRYABLE;
        }
        return OTHER;
    }

    /** The name of the constraint a write broke, when the database named one. */
    public static Optional<String> constraintName(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                return Optional.of(violation.getConstraintName());
            }
            if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null
                    && psql.getServerErrorMessage().getConstraint() != null) {
                return Optional.of(psql.getServerErrorMessage().getConstraint());
            }
        }
        return Optional.empty();
    }

    /** Whether the same work may succeed when tried again later, unchanged. */
    public boolean isTransient() {
        return this == CONCURRENT_UPDATE || this == DATABASE_UNAVAILABLE || this == RETRYABLE;
    }

    private static boolean isConnectionState(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith(CONNECTION_EXCEPTION_CLASS) || sqlState.startsWith(SHUTDOWN_OR_STARTUP_PREFIX));
    }

    private static boolean isRetryable(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return sql instanceof SQLTransientException
                    || sql.getMessage() != null && sql.getMessage().contains(POOL_EXHAUSTED_MESSAGE);
        }
        return RETRYABLE_STATES.contains(state) || state.startsWith(INSUFFICIENT_RESOURCES_CLASS);
    }
}
