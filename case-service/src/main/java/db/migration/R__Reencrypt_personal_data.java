package db.migration;

import java.util.List;
import org.masswork.platform.privacy.EncryptPersonalDataMigration.Columns;
import org.masswork.platform.privacy.ReencryptPersonalDataMigration;

/**
 * Every personal data column of this service, and after a key rotation, every value encrypted again with the current
 * key (see {@link ReencryptPersonalDataMigration}). A new personal data column is added here, with a versioned
 * migration that encrypts what it already holds (as V11 did) before the one that types it personal_ciphertext.
 */
public class R__Reencrypt_personal_data extends ReencryptPersonalDataMigration {

    static final List<Columns> COLUMNS = List.of(new Columns("case_file", List.of("id"),
            List.of("villager_name", "villager_phone", "villager_address", "consent_given_by")));

    @Override
    protected List<Columns> columns() {
        return COLUMNS;
    }
}
