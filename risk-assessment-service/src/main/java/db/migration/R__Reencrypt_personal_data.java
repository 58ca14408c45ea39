package db.migration;

import java.util.List;
import org.masswork.platform.privacy.EncryptPersonalDataMigration.Columns;
import org.masswork.platform.privacy.ReencryptPersonalDataMigration;

/**
 * Every personal data column of this service, and after a key rotation, every value encrypted again with the current
 * key (see {@link ReencryptPersonalDataMigration}). A new personal data column is added here, with a versioned
 * migration that encrypts what it already holds (as V5 did) before the one that types it personal_ciphertext.
 */
public class R__Reencrypt_personal_data extends ReencryptPersonalDataMigration {

    static final List<Columns> COLUMNS = List.of(
            new Columns("meeting_participant", List.of("meeting_id", "position"), List.of("name", "phone")));

    @Override
    protected List<Columns> columns() {
        return COLUMNS;
    }
}
