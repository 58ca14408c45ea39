package db.migration;

import java.util.List;
import java.util.Map;
import org.masswork.platform.privacy.EncryptPersonalDataMigration.Columns;
import org.masswork.platform.privacy.EncryptPersonalDataMigration.Hashed;
import org.masswork.platform.privacy.PersonalDataHash.Purpose;
import org.masswork.platform.privacy.ReencryptPersonalDataMigration;

/**
 * Every personal data column of this service, and after a key rotation, every value encrypted again with the current
 * key (see {@link ReencryptPersonalDataMigration}). A new personal data column is added here, with a versioned
 * migration that encrypts what it already holds (as V41 did) before the one that types it personal_ciphertext.
 */
public class R__Reencrypt_personal_data extends ReencryptPersonalDataMigration {

    static final List<Columns> COLUMNS = List.of(
            new Columns("household", List.of("id"), List.of("head_name", "address", "phone")),
            new Columns("cadre", List.of("id"), List.of("phone")),
            new Columns("contact_card_member", List.of("card_id", "position"), List.of("phone")),
            new Columns("brother_pair", List.of("id"), List.of("village_member_name"),
                    Map.of("village_member_name_hash", new Hashed("village_member_name", Purpose.NAME))));

    @Override
    protected List<Columns> columns() {
        return COLUMNS;
    }
}
