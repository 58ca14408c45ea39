package org.masswork.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.StoredPersonalData;
import org.masswork.platform.privacy.PersonalDataCipher;

/**
 * A database written by the version before personal data was encrypted (migrated up to V9, cases in plain text)
 * is migrated: every value is encrypted, the figures are untouched, and plain text is refused from then on.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class PersonalDataMigrationTest {

    private static final UUID ERRAND = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID ANONYMOUS = UUID.fromString("00000000-0000-0000-0000-000000000002");

    /** The service's SQL migrations without its Java ones, which would run as a repeatable migration whatever the target. */
    private static final String SQL_ONLY = "filesystem:src/main/resources/db/migration";

    @Inject
    PersonalDataCipher cipher;

    @Test
    void shouldEncryptWhatTheVersionBeforeStoredInPlainText() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("cases_upgrade_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").target("9").load().migrate();
        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            sql.execute(insertCase(ERRAND, "'张三丰'", "'13812345678'", "'城关镇东沟村三组12号'", "'张三丰'"));
            sql.execute(insertCase(ANONYMOUS, "'匿名'", "null", "null", "null"));
            // The idempotency records as the versions before issue 15 kept them: the first response, in plain text.
            sql.execute("drop table idempotency_record");
            sql.execute("create table idempotency_record (operation varchar(100), idempotency_key varchar(100),"
                    + " request_hash varchar(64), response text, created_at timestamptz, primary key (operation, idempotency_key))");
            sql.execute("insert into idempotency_record values ('open-case', 'key-0001', 'hash',"
                    + " '{\"villager\":{\"name\":\"张三丰\"}}', now())");
        }
        long figures = figures(url, infrastructure);

        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations("classpath:db/migration", "classpath:db/platform").load().migrate();

        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password())) {
            assertThat(decrypted(db, "villager_name", ERRAND)).isEqualTo("张三丰");
            assertThat(decrypted(db, "villager_phone", ERRAND)).isEqualTo("13812345678");
            assertThat(decrypted(db, "villager_address", ERRAND)).isEqualTo("城关镇东沟村三组12号");
            assertThat(decrypted(db, "consent_given_by", ERRAND)).isEqualTo("张三丰");
            assertThat(decrypted(db, "villager_name", ANONYMOUS)).isEqualTo("匿名");
            assertThat(StoredPersonalData.raw(db, "select villager_phone from case_file where id = ?", ANONYMOUS)).isNull();
            assertThat(cipher.decrypt(StoredPersonalData.raw(db,
                    "select response from idempotency_record where idempotency_key = 'key-0001'"))).contains("张三丰");
            assertThat(StoredPersonalData.columnsHolding(db, List.of("张三丰", "13812345678", "东沟村三组", "匿名"))).isEmpty();
            try (Statement sql = db.createStatement()) {
                assertThatThrownBy(() -> sql.execute("update case_file set villager_name = '李四' where id = '" + ERRAND + "'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("personal_ciphertext");
            }
        }
        assertThat(figures(url, infrastructure)).as("the figures rollup is not touched").isEqualTo(figures);
    }

    private static String insertCase(UUID id, String name, String phone, String address, String consentGivenBy) {
        return "insert into case_file (id, kind, channel, category, status, level, station_id, village_id, township_id,"
                + " villager_name, villager_phone, villager_address, description, consent_given_by, consent_given_at,"
                + " consent_entrusted, consent_recorded_by, opened_by, version, recorded_at, received_at) values ('" + id
                + "', 'ERRAND', 'HOUSEHOLD_VISIT', 'SOCIAL_SECURITY', 'RECEIVED', 'STATION', gen_random_uuid(),"
                + " gen_random_uuid(), gen_random_uuid(), " + name + ", " + phone + ", " + address + ", '代办低保年审', "
                + consentGivenBy + ", now(), '代办低保年审材料', 'cadre', 'cadre', 0, now(), now())";
    }

    private static long figures(String url, Infrastructure infrastructure) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password())) {
            return Long.parseLong(StoredPersonalData.raw(db, "select coalesce(sum(cases), 0) * 1000 + count(*) from case_figures_month"));
        }
    }

    private String decrypted(Connection db, String column, UUID id) {
        String stored = StoredPersonalData.raw(db, "select " + column + " from case_file where id = ?", id);
        assertThat(stored).startsWith("v1:" + MassWorkTestResource.CURRENT_PRIVACY_KEY + ":");
        return cipher.decrypt(stored);
    }
}
