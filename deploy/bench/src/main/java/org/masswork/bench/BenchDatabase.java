package org.masswork.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The local stack's PostgreSQL, one database per service, as the benchmarks and the seeding reach it. */
final class BenchDatabase {

    private BenchDatabase() {
    }

    /** @param database a service's database, e.g. cadre or cases */
    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:"
                + System.getenv().getOrDefault("MASSWORK_POSTGRES_PORT", "15432") + "/" + database, "postgres", "postgres");
    }

    /** The single number a query like {@code select count(*) ...} answers. */
    static long count(Connection db, String sql) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
