package db.migration;

import java.util.List;
import org.masswork.platform.privacy.EncryptPersonalDataMigration;

/** Encrypts the personal data stored in plain text before V40, and fills the hashes beside it (see V40 and V42). */
public class V41__Encrypt_personal_data extends EncryptPersonalDataMigration {

    @Override
    protected List<Columns> columns() {
        return R__Reencrypt_personal_data.COLUMNS;
    }
}
