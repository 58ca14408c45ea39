package org.masswork.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reads a service's database to check what requests and events did, or did not, write there. */
final class Sql {

    private final SystemUnderTest system;

    Sql(SystemUnderTest system) {
        this.system = system;
    }

    long count(String database, String sql, Object... parameters) {
        return Long.parseLong(strings(database, sql, parameters).get(0));
    }

    /** The first column of every row, as text; a collection parameter is bound as an array of its element type. */
    List<String> strings(String database, String sql, Object... parameters) {
        try (Connection db = system.database(database); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof Collection<?> values) {
                    boolean uuids = !values.isEmpty() && values.iterator().next() instanceof UUID;
                    query.setArray(i + 1, db.createArrayOf(uuids ? "uuid" : "varchar", values.toArray()));
                } else {
                    query.setObject(i + 1, parameters[i]);
                }
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql, e);
        }
    }
}
