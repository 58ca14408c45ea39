package org.masswork.platform.privacy;

import java.util.Objects;
import org.masswork.platform.privacy.PersonalDataHash.Purpose;

/**
 * The rotation of the personal data keys: encrypts again with the current key every value written with an older
 * one, and computes every hash again with the current hash key. A service subclasses it as the repeatable Flyway
 * migration {@code R__Reencrypt_personal_data} in its {@code db.migration} package. Its checksum is the current
 * key id and a fingerprint of the hash key, so Flyway runs it at the first start after either changed: once,
 * under Flyway's lock, whatever the number of replicas, in the migration transaction (a row that cannot be
 * decrypted fails the start, naming its key id). Until then, and for values another replica still writes with the
 * old key during a rolling restart, the old key must stay configured: {@code deploy/privacy-check.sh} counts the
 * values per key.
 */
public abstract class ReencryptPersonalDataMigration extends EncryptPersonalDataMigration {

    @Override
    protected boolean reencrypt() {
        return true;
    }

    @Override
    public Integer getChecksum() {
        PersonalDataKeys keys = keys();
        return Objects.hash(keys.cipher().currentKeyId(), keys.hash().of(Purpose.NAME, "checksum"));
    }
}
