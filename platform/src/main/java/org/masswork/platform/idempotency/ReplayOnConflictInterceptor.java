package org.masswork.platform.idempotency;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.masswork.platform.persistence.PersistenceFailure;

/**
 * Runs a {@link ReplayedOnConflict} create a second time, reading its key's record first, when the first run took the
 * key unread and broke a unique constraint. Outside the transaction (its priority is below the transaction
 * interceptor's), so the second run has a transaction of its own and sees what the other request committed.
 */
@ReplayedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ReplayOnConflictInterceptor {

    @AroundInvoke
    Object run(InvocationContext invocation) throws Exception {
        if (KeyReading.armed()) {
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
