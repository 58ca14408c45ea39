package org.masswork.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.platform.county.Counties;
import org.masswork.platform.privacy.PersonalDataCipher;

/**
 * A database from before the card figures' counts (migrated up to V51) is migrated: the counts of the households and
 * cards already there are the station and county rows, equal to what the count queries they replace give, and the
 * writes from then on append their deltas.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class CardFiguresMigrationTest {

    private static final UUID OTHER_COUNTY = UUID.randomUUID();

    /** The columns of personal data take ciphertext only (V42), which the migrations read again (R__). */
    @Inject
    PersonalDataCipher cipher;

    @Test
    void shouldCountTheHouseholdsAndCardsWrittenBeforeAndTheWritesAfter() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        String url = infrastructure.jdbcUrl("cadre_card_figures_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations("classpath:db/migration", "classpath:db/platform").placeholders(CountyMigrationTest.PLACEHOLDERS)
                .target("51").load().migrate();
        UUID a;
        UUID b;
        UUID c;
        UUID householdOfB;
        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            sql.execute("insert into county (id, code, name, zone, version, recorded_at, received_at) values ('" + OTHER_COUNTY
                    + "', 'other', '青山县', 'Asia/Shanghai', 0, now(), now())");
            UUID township = township(sql, Counties.DEFAULT_ID);
            a = station(sql, Counties.DEFAULT_ID, township);
            b = station(sql, Counties.DEFAULT_ID, township);
            station(sql, Counties.DEFAULT_ID, township);
            c = station(sql, OTHER_COUNTY, township(sql, OTHER_COUNTY));
            // A: three households, one with a retired card and its current one, one with a card, one without.
            UUID reissued = household(sql, a);
            card(sql, reissued, false);
            card(sql, reissued, true);
            card(sql, household(sql, a), true);
            household(sql, a);
            householdOfB = household(sql, b);
            card(sql, household(sql, c), true);
        }

        Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations("classpath:db/migration", "classpath:db/platform").placeholders(CountyMigrationTest.PLACEHOLDERS)
                .load().migrate();

        try (Connection db = DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
             Statement sql = db.createStatement()) {
            assertThat(rows(sql, "select station_id::text, households, covered, cards from card_figures_station"))
                    .containsExactlyInAnyOrderElementsOf(rows(sql, "select id::text, households, covered, cards from ("
                            + "select s.id, (select count(*) from household h where h.station_id = s.id) as households,"
                            + " (select count(*) from contact_card c where c.station_id = s.id and c.current) as covered,"
                            + " (select count(*) from contact_card c where c.station_id = s.id) as cards from station s) counted"
                            + " where households > 0 or cards > 0"))
                    .containsExactlyInAnyOrder(a + " 3 2 3", b + " 1 0 0", c + " 1 1 1");
            assertThat(rows(sql, "select county_id::text, households, covered, cards from card_figures_county"))
                    .containsExactlyInAnyOrder(Counties.DEFAULT_ID + " 4 2 3", OTHER_COUNTY + " 1 1 1");
            assertThat(rows(sql, "select station_id::text, households, covered, cards from card_figures_delta")).isEmpty();

            // From now on each write appends what it counts for: a card for B's household, a household at A.
            card(sql, householdOfB, true);
            household(sql, a);
            assertThat(rows(sql, "select station_id::text, households, covered, cards from card_figures_delta"))
                    .containsExactlyInAnyOrder(b + " 0 1 1", a + " 1 0 0");
            assertThat(rows(sql, "select county_id::text, sum(households), sum(covered), sum(cards)"
                    + " from card_figures_county_and_delta group by county_id"))
                    .containsExactlyInAnyOrder(Counties.DEFAULT_ID + " 5 3 4", OTHER_COUNTY + " 1 1 1");
        }
    }

    private static UUID township(Statement sql, UUID county) throws SQLException {
        UUID id = UUID.randomUUID();
        sql.execute("insert into township (id, county_id, code, name, version, recorded_at, received_at) values ('" + id
                + "', '" + county + "', '" + id.toString().substring(0, 8) + "', '城关镇', 0, now(), now())");
        return id;
    }

    /** A station of a new village of the township's county. */
    private static UUID station(Statement sql, UUID county, UUID township) throws SQLException {
        UUID village = UUID.randomUUID();
        UUID station = UUID.randomUUID();
        sql.execute("insert into village (id, county_id, township_id, code, name, kind, type, version, recorded_at, received_at)"
                + " values ('" + village + "', '" + county + "', '" + township + "', '" + village.toString().substring(0, 8)
                + "', '东沟村', 'VILLAGE', 'POOR', 0, now(), now())");
        sql.execute("insert into station (id, county_id, village_id, township_id, name, address, version, recorded_at, received_at)"
                + " values ('" + station + "', '" + county + "', '" + village + "', '" + township + "', '东沟村群众工作站', null, 0, now(), now())");
        return station;
    }

    private UUID household(Statement sql, UUID station) throws SQLException {
        UUID id = UUID.randomUUID();
        String ciphertext = "'" + cipher.encrypt("王秀英") + "'";
        sql.execute("insert into household (id, county_id, village_id, station_id, township_id, head_name, address, phone,"
                + " member_count, version, recorded_at, received_at)"
                + " select '" + id + "', county_id, village_id, id, township_id, " + ciphertext + ", " + ciphertext
                + ", null, 3, 0, now(), now() from station where id = '" + station + "'");
        return id;
    }

    /** A card of the household: its current one retires the one it held before, as a re-issue does. */
    private static void card(Statement sql, UUID household, boolean current) throws SQLException {
        if (current) {
            sql.execute("update contact_card set current = false where household_id = '" + household + "' and current");
        }
        sql.execute("insert into contact_card (id, county_id, household_id, station_id, village_id, township_id, issued_at,"
                + " issued_by, current, team_signature, code_salt, code_count, version, recorded_at, received_at)"
                + " select '" + UUID.randomUUID() + "', county_id, id, station_id, village_id, township_id, now(), 'admin', "
                + current + ", 'sig', 'salt', 12, 0, now(), now() from household where id = '" + household + "'");
    }

    /** Each row as its values joined by spaces. */
    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet found = sql.executeQuery(query)) {
            int columns = found.getMetaData().getColumnCount();
            while (found.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(found.getString(i));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
