package org.masswork.cases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.StoredPersonalData;

/** What the figures rollups' migration tests do on their own database: file a case as a version before did, compare. */
final class RollupMigrationSql {

    private RollupMigrationSql() {
    }

    /** A case received at the station as the version before wrote it; returns its id. */
    static String fileCase(Statement sql, String county, String station, String kind, String recordedAt) throws SQLException {
        String id = UUID.randomUUID().toString();
        sql.execute("insert into case_file (id, kind, channel, category, status, level, station_id, village_id, township_id,"
                + " county_id, villager_name, description, opened_by, version, recorded_at, received_at) values ('" + id
                + "', '" + kind + "', 'HOUSEHOLD_VISIT', 'WATER', 'RECEIVED', 'STATION', '" + station + "', gen_random_uuid(),"
                + " gen_random_uuid(), '" + county + "', 'v1:k1:AAAA', '水管冻裂', 'cadre', 0, '" + recordedAt + "', now())");
        return id;
    }

    /** Rows of one query not in the other, both ways. */
    static long differences(Connection db, String one, String other) throws SQLException {
        return count(db, "select count(*) from ((" + one + " except all " + other + ") union all (" + other
                + " except all " + one + ")) d");
    }

    static long count(Connection db, String query) throws SQLException {
        return Long.parseLong(StoredPersonalData.raw(db, query));
    }

    static Connection connect(String url, Infrastructure infrastructure) throws SQLException {
        return DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
    }
}
