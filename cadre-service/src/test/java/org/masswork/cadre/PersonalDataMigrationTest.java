package org.masswork.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import db.migration.R__Reencrypt_personal_data;
import db.migration.V41__Encrypt_personal_data;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.StoredPersonalData;
import org.masswork.platform.county.Counties;
import org.masswork.platform.privacy.PersonalDataCipher;
import org.masswork.platform.privacy.PersonalDataHash;
import org.masswork.platform.privacy.PersonalDataHash.Purpose;

/**
 * A database written by the version before personal data was encrypted (migrated up to V24, rows in plain text)
 * is migrated: every value is encrypted, the hashes are filled in, and plain text is refused from then on.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class PersonalDataMigrationTest {

    private static final String TOWNSHIP = "00000000-0000-0000-0000-000000000001";
    private static final String VILLAGE = "00000000-0000-0000-0000-000000000002";
    private static final String STATION = "00000000-0000-0000-0000-000000000003";
    private static final String DEPARTMENT = "00000000-0000-0000-0000-000000000004";
    private static final String CADRE = "00000000-0000-0000-0000-000000000005";
    private static final String HOUSEHOLD = "00000000-0000-0000-0000-000000000006";
    private static final String WITHOUT_PHONE = "00000000-0000-0000-0000-000000000007";
    private static final String CARD = "00000000-0000-0000-0000-000000000008";
    private static final String PAIR = "00000000-0000-0000-0000-000000000009";

    /** The service's SQL migrations without its Java ones, which would run as a repeatable migration whatever the target. */
    private static final String SQL_ONLY = "filesystem:src/main/resources/db/migration";

    @Inject
    PersonalDataCipher cipher;

    @Inject
    PersonalDataHash hash;

    @ConfigProperty(name = "masswork.privacy.keys." + MassWorkTestResource.OLD_PRIVACY_KEY)
    String oldKey;

    @Inject
    Flyway flyway;

    @Test
    void shouldApplyAnUpgradesMigrationsInOneTransaction() {
        assertThat(flyway.getConfiguration().isGroup()).as("the service's Flyway groups pending migrations").isTrue();
    }

    @Test
    void shouldEncryptWhatTheVersionBeforeStoredInPlainTextAndFillTheHashes() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("cadre_upgrade_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").target("24").load().migrate();
        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            sql.execute("insert into township values ('" + TOWNSHIP + "', 'T1', '城关镇', 0, now(), now())");
            sql.execute("insert into village values ('" + VILLAGE + "', '" + TOWNSHIP + "', 'V1', '东沟村', 'VILLAGE', 'POOR', 0, now(), now())");
            sql.execute("insert into station values ('" + STATION + "', '" + VILLAGE + "', '" + TOWNSHIP + "', '东沟村群众工作站', null, 0, now(), now())");
            sql.execute("insert into department values ('" + DEPARTMENT + "', '县财政局', 'ECONOMIC', 'COUNTY', null, 0, now(), now())");
            sql.execute("insert into cadre values ('" + CADRE + "', '张伟', '13812345678', '" + DEPARTMENT
                    + "', 'GENERAL', false, true, 0, now(), now())");
            sql.execute("insert into household (id, village_id, station_id, township_id, head_name, address, phone, member_count,"
                    + " version, recorded_at, received_at) values ('" + HOUSEHOLD + "', '" + VILLAGE + "', '" + STATION + "', '"
                    + TOWNSHIP + "', '王秀英', '东沟村三组12号', '13912345678', 3, 0, now(), now()), ('" + WITHOUT_PHONE + "', '"
                    + VILLAGE + "', '" + STATION + "', '" + TOWNSHIP + "', '李四', '东沟村一组1号', null, 1, 0, now(), now())");
            sql.execute("insert into contact_card (id, household_id, station_id, village_id, township_id, issued_at, issued_by,"
                    + " current, team_signature, code_salt, code_count, version, recorded_at, received_at) values ('" + CARD
                    + "', '" + HOUSEHOLD + "', '" + STATION + "', '" + VILLAGE + "', '" + TOWNSHIP
                    + "', now(), 'cadre', true, 'signature', 'salt', 10, 0, now(), now())");
            sql.execute("insert into contact_card_member values ('" + CARD + "', '" + CADRE + "', '张伟', '13812345678', true, 0)");
            sql.execute("insert into brother_pair values ('" + PAIR + "', '" + CADRE + "', '王建国', '" + VILLAGE + "', '"
                    + TOWNSHIP + "', current_date, 0, now(), now())");
            // The idempotency records as the versions before issue 15 kept them: the first response, in plain text.
            sql.execute("drop table idempotency_record");
            sql.execute("create table idempotency_record (operation varchar(100), idempotency_key varchar(100),"
                    + " request_hash varchar(64), response text, created_at timestamptz, primary key (operation, idempotency_key))");
            sql.execute("insert into idempotency_record values ('register-household', 'key-0001', 'hash',"
                    + " '{\"headName\":\"王秀英\"}', now())");
        }

        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations("classpath:db/migration", "classpath:db/platform").placeholders(CountyMigrationTest.PLACEHOLDERS)
                .load().migrate();

        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password())) {
            assertThat(decrypted(db, "select head_name from household where id = ?", HOUSEHOLD)).isEqualTo("王秀英");
            assertThat(decrypted(db, "select address from household where id = ?", HOUSEHOLD)).isEqualTo("东沟村三组12号");
            assertThat(decrypted(db, "select phone from household where id = ?", HOUSEHOLD)).isEqualTo("13912345678");
            assertThat(StoredPersonalData.raw(db, "select phone from household where id = ?", UUID.fromString(WITHOUT_PHONE)))
                    .isNull();
            assertThat(decrypted(db, "select phone from cadre where id = ?", CADRE)).isEqualTo("13812345678");
            assertThat(decrypted(db, "select phone from contact_card_member where card_id = ?", CARD)).isEqualTo("13812345678");
            assertThat(decrypted(db, "select village_member_name from brother_pair where id = ?", PAIR)).isEqualTo("王建国");
            assertThat(StoredPersonalData.raw(db, "select village_member_name_hash from brother_pair where id = ?",
                    UUID.fromString(PAIR))).isEqualTo(hash.of(Purpose.NAME, "王建国"));
            assertThat(cipher.decrypt(StoredPersonalData.raw(db,
                    "select response from idempotency_record where idempotency_key = 'key-0001'"))).contains("王秀英");
            assertThat(StoredPersonalData.columnsHolding(db, List.of("王秀英", "东沟村三组", "13912345678",
                    "13812345678", "王建国"))).isEmpty();

            String before = StoredPersonalData.raw(db, "select head_name from household where id = ?", UUID.fromString(HOUSEHOLD));
            new V41__Encrypt_personal_data().migrate(context(db));
            assertThat(StoredPersonalData.raw(db, "select head_name from household where id = ?", UUID.fromString(HOUSEHOLD)))
                    .as("run again, it leaves what is encrypted").isEqualTo(before);

            try (Statement sql = db.createStatement()) {
                assertThatThrownBy(() -> sql.execute("update cadre set phone = '13800000000' where id = '" + CADRE + "'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("personal_ciphertext");
            }
        }
    }

    @Test
    void shouldEncryptAgainWithTheCurrentKeyWhatAnOlderKeyWroteAndLeaveTheRest() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("cadre_rotation_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations("classpath:db/migration", "classpath:db/platform").placeholders(CountyMigrationTest.PLACEHOLDERS)
                .load().migrate();
        PersonalDataCipher old = PersonalDataCipher.fromBase64(Map.of(MassWorkTestResource.OLD_PRIVACY_KEY, oldKey),
                MassWorkTestResource.OLD_PRIVACY_KEY);
        String current = cipher.encrypt("14700000000");
        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            String county = "'" + Counties.DEFAULT_ID + "'";
            sql.execute("insert into department values ('" + DEPARTMENT + "', '县财政局', 'ECONOMIC', 'COUNTY', null, 0, now(), now(), "
                    + county + ")");
            sql.execute("insert into cadre values ('" + CADRE + "', '张伟', '" + old.encrypt("13812345678") + "', '" + DEPARTMENT
                    + "', 'GENERAL', false, true, 0, now(), now(), " + county + "), ('" + PAIR + "', '李明', '" + current + "', '"
                    + DEPARTMENT + "', 'GENERAL', false, true, 0, now(), now(), " + county + ")");

            new R__Reencrypt_personal_data().migrate(context(db));

            assertThat(decrypted(db, "select phone from cadre where id = ?", CADRE)).isEqualTo("13812345678");
            assertThat(StoredPersonalData.raw(db, "select phone from cadre where id = ?", UUID.fromString(PAIR)))
                    .as("a value of the current key is left as it is").isEqualTo(current);
        }
    }

    private String decrypted(Connection db, String sql, String id) {
        String stored = StoredPersonalData.raw(db, sql, UUID.fromString(id));
        assertThat(stored).startsWith("v1:" + MassWorkTestResource.CURRENT_PRIVACY_KEY + ":");
        return cipher.decrypt(stored);
    }

    private static Context context(Connection db) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return db;
            }
        };
    }
}
