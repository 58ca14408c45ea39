package org.masswork.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.MassWorkTestResource;

/**
 * Reasons stored before they were worded in each language (V10): one mixed text, English with the Chinese name of a
 * criterion or level in brackets. It stays the Chinese wording; the English one is it without the bracketed Chinese.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class ReasonsMigrationTest {

    private static final String MATTER = "00000000-0000-0000-0000-000000000001";
    private static final String DECISION = "00000000-0000-0000-0000-000000000002";
    private static final String SQL_ONLY = "filesystem:src/main/resources/db/migration";
    private static final String BUDGET = "budget 400,000 yuan per affected household (20,000,000 yuan for 50 households): "
            + "from 200,000 feasibility (可行性) must be at least 4, scored 2";

    @Test
    void shouldKeepAStoredReasonAsItsChineseWordingAndItWithoutTheBracketedChineseAsItsEnglish() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("risk_reasons_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").target("9").load().migrate();
        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            sql.execute("insert into matter (id, kind, title, department, status, households_affected, planned_decision_on,"
                    + " proposal_reasons, version, recorded_at, received_at) values ('" + MATTER + "', 'MAJOR_DECISION', '县城供水改造',"
                    + " '县水利局', 'COLLECTIVE_DECISION', 50, current_date, 'feasibility (可行性) scored 2 of 5\n"
                    + "risk factor ''征地补偿'' scores 12 (likelihood 3 x impact 4)', 0, now(), now())");
            sql.execute("insert into matter_decision values ('" + DECISION + "', '" + MATTER + "', 'VETO', 'HIGH', now())");
            sql.execute("insert into matter_decision_check values ('" + DECISION + "', 0, 'OBVIOUS_STABILITY_RISK', 'RISK_LEVEL', null,"
                    + " 'IS_HIGH', null, true, 'risk level HIGH (高风险): obvious stability risk'), ('" + DECISION + "', 1,"
                    + " 'WASTEFUL_WORK', 'BUDGET_PER_HOUSEHOLD', 400000, 'AT_LEAST', 200000, true, '" + BUDGET + "')");
        }

        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").load().migrate();

        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            ResultSet checks = sql.executeQuery("select reason_zh, reason_en from matter_decision_check order by position");
            assertThat(checks.next()).isTrue();
            assertThat(checks.getString(1)).isEqualTo("risk level HIGH (高风险): obvious stability risk");
            assertThat(checks.getString(2)).isEqualTo("risk level HIGH: obvious stability risk");
            assertThat(checks.next()).isTrue();
            assertThat(checks.getString(1)).isEqualTo(BUDGET);
            assertThat(checks.getString(2)).isEqualTo("budget 400,000 yuan per affected household (20,000,000 yuan for 50 "
                    + "households): from 200,000 feasibility must be at least 4, scored 2");
            ResultSet matter = sql.executeQuery("select proposal_reasons_zh, proposal_reasons_en from matter");
            assertThat(matter.next()).isTrue();
            assertThat(matter.getString(1)).startsWith("feasibility (可行性) scored 2 of 5\n");
            assertThat(matter.getString(2)).isEqualTo("feasibility scored 2 of 5\nrisk factor '征地补偿' scores 12 (likelihood 3 x impact 4)");
        }
    }
}
