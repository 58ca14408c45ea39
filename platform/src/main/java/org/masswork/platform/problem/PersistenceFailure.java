package org.masswork.platform.problem;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/** What a persistence exception, however deeply wrapped, means for the client. */
enum PersistenceFailure {
    CONCURRENT_UPDATE, DUPLICATE, DATABASE_UNAVAILABLE, OTHER;

    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE class 08 (connection exception) and 57P0x (server shutting down, or starting: cannot connect now). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String SHUTDOWN_OR_STARTUP_PREFIX = "57P0";

    static PersistenceFailure of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
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
            if (t.getCause() == t) {
                break;
            }
        }
        return OTHER;
    }

    private static boolean isConnectionState(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith(CONNECTION_EXCEPTION_CLASS) || sqlState.startsWith(SHUTDOWN_OR_STARTUP_PREFIX));
    }
}
