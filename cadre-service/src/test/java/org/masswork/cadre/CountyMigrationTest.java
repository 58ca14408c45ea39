package org.masswork.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.platform.county.Counties;

/**
 * A database of the single-county version (migrated up to V48, before counties) is migrated: the default county
 * exists with the configured zone, every row written before is in it, and from then on every row must name its county.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class CountyMigrationTest {

    /** The Flyway placeholders the service sets from its configuration (application.properties). */
    static final Map<String, String> PLACEHOLDERS = Map.of("county_zone", "Asia/Shanghai");

    private static final String TOWNSHIP = "00000000-0000-0000-0000-000000000011";
    private static final String VILLAGE = "00000000-0000-0000-0000-000000000012";
    private static final String STATION = "00000000-0000-0000-0000-000000000013";
    private static final String DEPARTMENT = "00000000-0000-0000-0000-000000000014";
    /** Every table holding a county's rows (V49, V50). */
    private static final List<String> COUNTY_TABLES = List.of("township", "village", "station", "department", "cadre",
            "assignment", "check_in", "household", "contact_card", "visit", "diary_note", "ledger_case", "monthly_report",
            "five_role_month", "station_handover", "village_type_change", "sister_pair", "brother_pair", "cadre_evaluation");

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "masswork.cadre.zone", defaultValue = "Asia/Shanghai")
    String configuredZone;

    @Test
    void shouldPutEveryRowOfTheSingleCountyVersionInTheDefaultCounty() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("cadre_counties_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations("classpath:db/migration", "classpath:db/platform").target("48").load().migrate();
        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            sql.execute("insert into township values ('" + TOWNSHIP + "', 'T1', '城关镇', 0, now(), now())");
            sql.execute("insert into village values ('" + VILLAGE + "', '" + TOWNSHIP + "', 'V1', '东沟村', 'VILLAGE', 'POOR', 0, now(), now())");
            sql.execute("insert into station values ('" + STATION + "', '" + VILLAGE + "', '" + TOWNSHIP + "', '东沟村群众工作站', null, 0, now(), now())");
            sql.execute("insert into department values ('" + DEPARTMENT + "', '县财政局', 'ECONOMIC', 'COUNTY', null, 0, now(), now())");
        }

        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations("classpath:db/migration", "classpath:db/platform").placeholders(PLACEHOLDERS).load().migrate();

        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            try (ResultSet county = sql.executeQuery("select id, code, name, zone from county")) {
                assertThat(county.next()).isTrue();
                assertThat(county.getObject("id")).isEqualTo(Counties.DEFAULT_ID);
                assertThat(county.getString("code")).isEqualTo("default");
                assertThat(county.getString("name")).isEqualTo("本县");
                assertThat(county.getString("zone")).isEqualTo("Asia/Shanghai");
                assertThat(county.next()).as("one county").isFalse();
            }
            for (String[] row : List.of(new String[] {"township", TOWNSHIP}, new String[] {"village", VILLAGE},
                    new String[] {"station", STATION}, new String[] {"department", DEPARTMENT})) {
                try (ResultSet found = sql.executeQuery("select county_id from " + row[0] + " where id = '" + row[1] + "'")) {
                    assertThat(found.next()).as(row[0]).isTrue();
                    assertThat(found.getObject(1)).as(row[0]).isEqualTo(Counties.DEFAULT_ID);
                }
            }
            for (String table : COUNTY_TABLES) {
                try (ResultSet column = sql.executeQuery("select is_nullable, column_default from information_schema.columns"
                        + " where table_name = '" + table + "' and column_name = 'county_id'")) {
                    assertThat(column.next()).as(table + " has county_id").isTrue();
                    assertThat(column.getString("is_nullable")).as(table).isEqualTo("NO");
                    assertThat(column.getString("column_default")).as(table + ": a new row must name its county").isNull();
                }
            }
            assertThatThrownBy(() -> sql.execute("insert into township (id, code, name, version, recorded_at, received_at)"
                    + " values ('" + UUID.randomUUID() + "', 'T2', '新镇', 0, now(), now())"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("county_id");

            // A township's code is the county's own: another county may use it, the same county not again.
            UUID other = UUID.randomUUID();
            sql.execute("insert into county values ('" + other + "', 'other', '青山县', 'Asia/Shanghai', 0, now(), now())");
            sql.execute("insert into township (id, code, name, version, recorded_at, received_at, county_id)"
                    + " values ('" + UUID.randomUUID() + "', 'T1', '城关镇', 0, now(), now(), '" + other + "')");
            assertThatThrownBy(() -> sql.execute("insert into township (id, code, name, version, recorded_at, received_at, county_id)"
                    + " values ('" + UUID.randomUUID() + "', 'T1', '城关镇', 0, now(), now(), '" + other + "')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("township_code_per_county");
        }
    }

    @Test
    void shouldGiveTheDefaultCountyTheZoneTheServiceIsConfiguredWith() throws Exception {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
             ResultSet zone = sql.executeQuery("select zone from county where id = '" + Counties.DEFAULT_ID + "'")) {
            assertThat(zone.next()).isTrue();
            assertThat(zone.getString(1)).isEqualTo(configuredZone);
        }
    }
}
