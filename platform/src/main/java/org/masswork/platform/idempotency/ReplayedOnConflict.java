package org.masswork.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a transactional create whose work is only its own database writes (so running it twice changes nothing the first
 * run did not roll back): its {@link IdempotentCreates#once} takes the Idempotency-Key without reading the key's record
 * first. A replay, or a second request with the same key at the same moment, then breaks a unique constraint at the
 * commit (the key's record, or the record's own such as one check-in a day); the create is rolled back and run once
 * more, reading the key's record first this time, so it answers the first result as before. A hot create saves the
 * read on every request and pays a second run only on a replay.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReplayedOnConflict {
}
