package org.masswork.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.platform.county.Counties;

/**
 * Rows written before counties (V11) are the default county's, in every table that holds a county's rows; from then
 * on a row must name its county.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class CountyMigrationTest {

    private static final String MATTER = "00000000-0000-0000-0000-000000000001";
    private static final String SQL_ONLY = "filesystem:src/main/resources/db/migration";
    private static final List<String> COUNTY_TABLES = List.of("known_village", "village_case", "matter", "matter_decision",
            "mitigation_measure", "opinion_meeting", "village_survey", "risk_alert");

    @Test
    void shouldPutEveryRowWrittenBeforeCountiesInTheDefaultCountyAndRequireACountyAfter() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("risk_counties_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").target("10").load().migrate();
        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            sql.execute("insert into known_village values (gen_random_uuid(), 'V-1', '东沟村', gen_random_uuid(),"
                    + " gen_random_uuid(), '城关镇')");
            sql.execute("insert into village_case values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'DISPUTE',"
                    + " 'LAND', false, true, now(), now())");
            sql.execute("insert into matter (id, kind, title, department, status, households_affected, planned_decision_on,"
                    + " version, recorded_at, received_at) values ('" + MATTER + "', 'POLICY', '水价调整', '县水利局',"
                    + " 'MONITORING', 40, current_date, 0, now(), now())");
            sql.execute("insert into matter_decision values (gen_random_uuid(), '" + MATTER + "', 'APPROVE', 'LOW', now())");
            sql.execute("insert into mitigation_measure values (gen_random_uuid(), '" + MATTER + "', '公示', null, null)");
            sql.execute("insert into opinion_meeting values (gen_random_uuid(), '" + MATTER + "', 'HEARING', current_date, null,"
                    + " gen_random_uuid(), '村委会会议室', 0, now(), now())");
            sql.execute("insert into village_survey (id, matter_id, village_id, method, households_reached, support, oppose,"
                    + " support_with_conditions, version, recorded_at, received_at) values (gen_random_uuid(), '" + MATTER + "',"
                    + " gen_random_uuid(), 'DOOR_TO_DOOR', 10, 5, 1, 1, 0, now(), now())");
            sql.execute("insert into risk_alert (id, matter_id, raised_at, new_cases, threshold, weighted_total, multiple)"
                    + " values (gen_random_uuid(), '" + MATTER + "', now(), 12, 30, 36, 1)");
        }

        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations(SQL_ONLY, "classpath:db/platform").load().migrate();

        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            for (String table : COUNTY_TABLES) {
                ResultSet counties = sql.executeQuery("select county_id, count(*) from " + table + " group by county_id");
                assertThat(counties.next()).as(table).isTrue();
                assertThat(counties.getString(1)).as(table).isEqualTo(Counties.DEFAULT_ID.toString());
                assertThat(counties.getLong(2)).as(table).isEqualTo(1);
                assertThat(counties.next()).as(table + ": one county").isFalse();
            }
            assertThatThrownBy(() -> sql.execute("insert into matter (id, kind, title, department, status, households_affected,"
                    + " planned_decision_on, version, recorded_at, received_at) values (gen_random_uuid(), 'POLICY', '新事项',"
                    + " '县水利局', 'REGISTERED', 1, current_date, 0, now(), now())"))
                    .as("a new row names its county").isInstanceOf(SQLException.class).hasMessageContaining("county_id");
        }
    }
}
