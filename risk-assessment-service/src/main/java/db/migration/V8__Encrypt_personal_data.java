package db.migration;

import java.util.List;
import org.masswork.platform.privacy.EncryptPersonalDataMigration;

/** Encrypts the personal data stored in plain text before V7, and fills the hashes beside it (see V7 and V9). */
public class V8__Encrypt_personal_data extends EncryptPersonalDataMigration {

    @Override
    protected List<Columns> columns() {
        return R__Reencrypt_personal_data.COLUMNS;
    }
}
