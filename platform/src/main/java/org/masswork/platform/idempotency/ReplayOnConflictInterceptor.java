package org.masswork.platform.idempotency;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import org.masswork.platform.persistence.PersistenceFailure;

/**
 * Runs a {@link ReplayedOnConflict} create a second time, reading its key's record first, when the first run took the
 * key unread and broke a unique constraint. Outside the transaction (its priority is below the transaction
 * interceptor's), so the second run has a transaction of its own and sees what the other request committed. A create
 * called inside a caller's transaction (Open311's intake) commits with the caller's, where no second run is possible:
 * it reads its key first, as any create.
 */
@ReplayedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ReplayOnConflictInterceptor {

    private final TransactionManager transactions;

    ReplayOnConflictInterceptor(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object run(InvocationContext invocation) throws Exception {
        if (KeyReading.armed() || transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        KeyReading.arm();
        try {
            return invocation.proceed();
        } catch (Exception e) {
            if (!KeyReading.takenUnread() || PersistenceFailure.of(e) != PersistenceFailure.DUPLICATE) {
                throw e;
            }
            KeyReading.readFirst();
            return invocation.proceed();
        } finally {
            KeyReading.disarm();
        }
    }
}
