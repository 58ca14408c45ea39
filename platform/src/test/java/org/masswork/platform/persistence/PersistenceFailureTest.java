package org.masswork.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class PersistenceFailureTest {

    @Test
    void shouldSeeAConcurrentUpdateThroughTheTransactionWrappers() {
        RollbackException atCommit = new RollbackException("commit failed");
        atCommit.initCause(new OptimisticLockException(new StaleObjectStateException("Station", "42")));

        assertThat(PersistenceFailure.of(new RuntimeException(atCommit))).isEqualTo(PersistenceFailure.CONCURRENT_UPDATE);
    }

    @Test
    void shouldSeeAUniqueViolationByItsSqlState() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        SQLException foreignKey = new SQLException("violates foreign key constraint", "23503");

        assertThat(PersistenceFailure.of(new IllegalStateException(unique))).isEqualTo(PersistenceFailure.DUPLICATE);
        assertThat(PersistenceFailure.of(new IllegalStateException(foreignKey))).isEqualTo(PersistenceFailure.OTHER);
        assertThat(PersistenceFailure.of(new NullPointerException())).isEqualTo(PersistenceFailure.OTHER);
    }

    @Test
    void shouldSeeADatabaseOutOfReachWhenConnectingOrWhenTheServerShutsDown() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
        SQLException shutdown = new SQLException("terminating connection due to administrator command", "57P01");
        JDBCConnectionException hibernate = new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("An I/O error occurred while sending to the backend", "08006"));

        assertThat(PersistenceFailure.of(new IllegalStateException(refused))).isEqualTo(PersistenceFailure.DATABASE_UNAVAILABLE);
        assertThat(PersistenceFailure.of(new RuntimeException(shutdown))).isEqualTo(PersistenceFailure.DATABASE_UNAVAILABLE);
        assertThat(PersistenceFailure.of(hibernate)).isEqualTo(PersistenceFailure.DATABASE_UNAVAILABLE);
        assertThat(PersistenceFailure.of(new SQLException("syntax error", "42601"))).isEqualTo(PersistenceFailure.OTHER);
    }

    @Test
    void shouldSeeAnAttemptTheDatabaseWouldTakeAgain() {
        SQLException serialization = new SQLException("could not serialize access", "40001");
        SQLException deadlock = new SQLException("deadlock detected", "40P01");
        SQLException tooManyConnections = new SQLException("too many clients already", "53300");
        SQLException poolExhausted = new SQLException("Sorry, acquisition timeout!");

        assertThat(PersistenceFailure.of(new RuntimeException(serialization))).isEqualTo(PersistenceFailure.RETRYABLE);
        assertThat(PersistenceFailure.of(new RuntimeException(deadlock))).isEqualTo(PersistenceFailure.RETRYABLE);
        assertThat(PersistenceFailure.of(tooManyConnections)).isEqualTo(PersistenceFailure.RETRYABLE);
        assertThat(PersistenceFailure.of(new IllegalStateException(poolExhausted))).isEqualTo(PersistenceFailure.RETRYABLE);
        assertThat(PersistenceFailure.RETRYABLE.isTransient()).isTrue();
        assertThat(PersistenceFailure.of(new SQLException("division by zero", "22012")).isTransient()).isFalse();
        assertThat(PersistenceFailure.DUPLICATE.isTransient()).isFalse();
    }

    @Test
    void shouldSeeADatabaseOutOfReachInACommitThatFailed() {
        // Narayana reports the driver's error on commit as a suppressed XAException, not as the cause.
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException xa = new XAException("Error trying to transactionCommit");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        commit.addSuppressed(xa);

        assertThat(PersistenceFailure.of(new RuntimeException("Error invoking subclass method", commit)))
                .isEqualTo(PersistenceFailure.DATABASE_UNAVAILABLE);
    }
}
