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
 * refuses plain text) and constrains the hashes.
 *
 * <p>Safe with several replicas: Flyway runs it once, under its lock, and {@code quarkus.flyway.group=true}
 * applies the three in one transaction, whose {@code alter table}s lock the tables until the end, so no
 * plain row can be written in between. Values already encrypted are left as they are, so running it on
 * data that is partly encrypted is harmless. The keys are the service's own ({@link PersonalDataKeys}).
 * It also encrypts the stored responses of idempotent creates, which copy the personal data they returned.
 */
public abstract class EncryptPersonalDataMigration extends BaseJavaMigration implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(EncryptPersonalDataMigration.class);
    private static final int BATCH = 500;

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

    /** What this service stored in plain text before this migration. */
    protected abstract List<Columns> columns();

    @Override
    public void migrate(Context context) throws SQLException {
        PersonalDataKeys keys = Arc.container().instance(PersonalDataKeys.class).get();
        PersonalDataCipher cipher = keys.cipher();
        PersonalDataHash hash = keys.hash();
        Connection connection = context.getConnection();
        for (Columns table : columns()) {
            long rows = encrypt(connection, table, cipher, hash);
            LOG.infof("Encrypted the personal data of %d rows of %s (%s) with key '%s'", rows, table.table(),
                    String.join(", ", table.encrypted()), cipher.currentKeyId());
        }
        if (tableExists(connection, "idempotency_record")) {
            long rows = encrypt(connection, new Columns("idempotency_record", List.of("operation", "idempotency_key"),
                    List.of("response")), cipher, hash);
            LOG.infof("Encrypted %d stored responses of idempotent creates", rows);
        }
    }

    private static long encrypt(Connection connection, Columns table, PersonalDataCipher cipher, PersonalDataHash hash)
            throws SQLException {
        List<String> read = new ArrayList<>(table.key());
        read.addAll(table.encrypted());
        List<String> written = new ArrayList<>(table.encrypted());
        written.addAll(table.hashes().keySet());
        String select = "select " + String.join(", ", read) + " from " + table.table();
        String update = "update " + table.table() + " set " + String.join(", ", written.stream().map(c -> c + " = ?").toList())
                + " where " + String.join(" and ", table.key().stream().map(c -> c + " = ?").toList());
        long count = 0;
        try (Statement query = connection.createStatement();
             PreparedStatement change = connection.prepareStatement(update)) {
            query.setFetchSize(BATCH);
            try (ResultSet rows = query.executeQuery(select)) {
                int pending = 0;
                while (rows.next()) {
                    int parameter = 1;
                    for (String column : table.encrypted()) {
                        String value = rows.getString(column);
                        change.setString(parameter++, PersonalDataCipher.isCiphertext(value) ? value : cipher.encrypt(value));
                    }
                    for (Hashed hashed : table.hashes().values()) {
                        String value = rows.getString(hashed.column());
                        change.setString(parameter++, hash.of(hashed.purpose(),
                                PersonalDataCipher.isCiphertext(value) ? cipher.decrypt(value) : value));
                    }
                    for (String column : table.key()) {
                        change.setObject(parameter++, rows.getObject(column));
                    }
                    change.addBatch();
                    count++;
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
        return count;
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null")) {
            query.setString(1, table);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
