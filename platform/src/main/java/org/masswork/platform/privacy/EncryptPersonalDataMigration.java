package org.masswork.platform.privacy;

import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jboss.logging.Logger;
import org.masswork.platform.privacy.PersonalDataHash.Purpose;

/**
 * A Flyway Java migration that encrypts the personal data a service stored in plain text, and fills the
 * hash columns beside them. A service subclasses it in its {@code db.migration} package
 * ({@code V41__Encrypt_personal_data}) and lists its columns; the SQL migration before it widens the columns
 * to {@code text} and adds the hash columns, the one after it types them {@code personal_ciphertext} (which
 * refuses plain text) and constrains the hashes. {@link ReencryptPersonalDataMigration} does the same for a
 * key rotation.
 *
 * <p>Safe with several replicas: Flyway runs it once, under its lock, and {@code MigrationsInOneTransaction}
 * applies the three in one transaction, whose {@code alter table}s lock the tables until the end, so no
 * plain row can be written in between. Values already encrypted are left as they are, so running it on
 * data that is partly encrypted is harmless. The keys are the service's own ({@link PersonalDataKeys}).
 * It also encrypts the responses idempotent creates stored before they kept only the created resource's id: they copy
 * the personal data they returned, and stay until the platform's tables are next applied ({@code R__platform_tables}
 * drops them).
 */
public abstract class EncryptPersonalDataMigration extends BaseJavaMigration implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(EncryptPersonalDataMigration.class);
    private static final int BATCH = 500;
    private static final Columns IDEMPOTENT_RESPONSES = new Columns("idempotency_record",
            List.of("operation", "idempotency_key"), List.of("response"));

    /**
     * The personal data of one table.
     *
     * @param key       the columns that identify a row
     * @param encrypted the columns to encrypt
     * @param hashes    hash column → the column (of {@code encrypted}) it is the hash of, and how it is normalised
     */
    public record Columns(String table, List<String> key, List<String> encrypted, Map<String, Hashed> hashes) {
        public Columns(String table, List<String> key, List<String> encrypted) {
            this(table, key, encrypted, Map.of());
        }
    }

    public record Hashed(String column, Purpose purpose) {
    }

    /** What this service stores encrypted. */
    protected abstract List<Columns> columns();

    /** Whether values written with a key other than the current one are encrypted again with the current one. */
    protected boolean reencrypt() {
        return false;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        PersonalDataKeys keys = keys();
        PersonalDataCipher cipher = keys.cipher();
        PersonalDataHash hash = keys.hash();
        Connection connection = context.getConnection();
        List<Columns> tables = new ArrayList<>(columns());
        if (storedResponsesExist(connection)) {
            tables.add(IDEMPOTENT_RESPONSES);
        }
        for (Columns table : tables) {
            long[] counts = encrypt(connection, table, cipher, hash);
            LOG.infof("%s: %d of %d rows written again (%s) with personal data key '%s'", table.table(), counts[1], counts[0],
                    String.join(", ", table.encrypted()), cipher.currentKeyId());
        }
    }

    static PersonalDataKeys keys() {
        return Arc.container().instance(PersonalDataKeys.class).get();
    }

    /** Returns the rows read and the rows written. */
    private long[] encrypt(Connection connection, Columns table, PersonalDataCipher cipher, PersonalDataHash hash)
            throws SQLException {
        List<String> hashColumns = List.copyOf(table.hashes().keySet());
        List<String> read = new ArrayList<>(table.key());
        read.addAll(table.encrypted());
        read.addAll(hashColumns);
        List<String> written = new ArrayList<>(table.encrypted());
        written.addAll(hashColumns);
        String select = "select " + String.join(", ", read) + " from " + table.table();
        String update = "update " + table.table() + " set " + String.join(", ", written.stream().map(c -> c + " = ?").toList())
                + " where " + String.join(" and ", table.key().stream().map(c -> c + " = ?").toList());
        long rowsRead = 0;
        long rowsWritten = 0;
        try (Statement query = connection.createStatement();
             PreparedStatement change = connection.prepareStatement(update)) {
            query.setFetchSize(BATCH);
            try (ResultSet rows = query.executeQuery(select)) {
                int pending = 0;
                while (rows.next()) {
                    rowsRead++;
                    List<String> values = new ArrayList<>();
                    boolean changed = false;
                    for (String column : table.encrypted()) {
                        String stored = rows.getString(column);
                        String value = stored == null ? null : storedValue(stored, cipher);
                        changed |= !Objects.equals(stored, value);
                        values.add(value);
                    }
                    for (String column : hashColumns) {
                        Hashed hashed = table.hashes().get(column);
                        String source = rows.getString(hashed.column());
                        String value = hash.of(hashed.purpose(),
                                source == null || !PersonalDataCipher.isCiphertext(source) ? source : cipher.decrypt(source));
                        changed |= !Objects.equals(rows.getString(column), value);
                        values.add(value);
                    }
                    if (!changed) {
                        continue;
                    }
                    int parameter = 1;
                    for (String value : values) {
                        change.setString(parameter++, value);
                    }
                    for (String column : table.key()) {
                        change.setObject(parameter++, rows.getObject(column));
                    }
                    change.addBatch();
                    rowsWritten++;
                    if (++pending == BATCH) {
                        change.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    change.executeBatch();
                }
            }
        }
        return new long[] {rowsRead, rowsWritten};
    }

    /** Plain text encrypted; ciphertext of another key encrypted again when re-encrypting; anything else as it is. */
    private String storedValue(String stored, PersonalDataCipher cipher) {
        if (!PersonalDataCipher.isCiphertext(stored)) {
            return cipher.encrypt(stored);
        }
        if (reencrypt() && !PersonalDataCipher.keyIdOf(stored).equals(cipher.currentKeyId())) {
            return cipher.encrypt(cipher.decrypt(stored));
        }
        return stored;
    }

    private static boolean storedResponsesExist(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select exists (select 1 from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? and column_name = 'response')")) {
            query.setString(1, IDEMPOTENT_RESPONSES.table());
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
