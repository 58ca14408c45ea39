package org.masswork.risk;

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
 * A database written by the version before personal data was encrypted (migrated up to V3, participants in plain
 * text) is migrated: every value is encrypted, and plain text is refused from then on.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class PersonalDataMigrationTest {

    private static final String MATTER = "00000000-0000-0000-0000-000000000001";
    private static final String MEETING = "00000000-0000-0000-0000-000000000002";

    /** The service's SQL migrations without its Java ones, which would run as a repeatable migration whatever the target. */
    private static final String SQL_ONLY = "filesystem:src/main/resources/db/migration";

    @Inject
    PersonalDataCipher cipher;

    @Test
    void shouldEncryptWhatTheVersionBeforeStoredInPlainText() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("risk_upgrade_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").target("3").load().migrate();
        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            sql.execute("insert into matter (id, kind, title, department, status, households_affected, planned_decision_on,"
                    + " version, recorded_at, received_at) values ('" + MATTER + "', 'POLICY', '水价调整', '县水利局',"
                    + " 'GATHERING_OPINION', 40, current_date, 0, now(), now())");
            sql.execute("insert into opinion_meeting values ('" + MEETING + "', '" + MATTER + "', 'HEARING', current_date, null,"
                    + " gen_random_uuid(), '村委会会议室', 0, now(), now())");
            sql.execute("insert into meeting_participant values ('" + MEETING + "', 0, '张三丰', '13812345678', null),"
                    + " ('" + MEETING + "', 1, '李四', null, null)");
        }

        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations("classpath:db/migration", "classpath:db/platform").load().migrate();

        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password())) {
            assertThat(decrypted(db, "name", 0)).isEqualTo("张三丰");
            assertThat(decrypted(db, "phone", 0)).isEqualTo("13812345678");
            assertThat(decrypted(db, "name", 1)).isEqualTo("李四");
            assertThat(StoredPersonalData.raw(db, "select phone from meeting_participant where position = 1")).isNull();
            assertThat(StoredPersonalData.columnsHolding(db, List.of("张三丰", "13812345678", "李四"))).isEmpty();
            try (Statement sql = db.createStatement()) {
                assertThatThrownBy(() -> sql.execute("update meeting_participant set phone = '13800000000'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("personal_ciphertext");
            }
        }
    }

    private String decrypted(Connection db, String column, int position) {
        String stored = StoredPersonalData.raw(db, "select " + column + " from meeting_participant where position = ?", position);
        assertThat(stored).startsWith("v1:" + MassWorkTestResource.CURRENT_PRIVACY_KEY + ":");
        return cipher.decrypt(stored);
    }
}
