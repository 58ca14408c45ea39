package org.masswork.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The tables a service builds from other services' events, read from two databases and compared row by row on
 * their domain columns: when it processed or received something is not the state, and neither is a surrogate id.
 */
final class ReadModels {

    /** A read-model table and the column that identifies a row (the id of what the events are about). */
    record Table(String name, String key) {
    }

    /** One row that differs: null on the side that lacks it. */
    record Difference(String table, String key, Map<String, String> original, Map<String, String> replayed) {

        @Override
        public String toString() {
            return table + " " + key + ":\n    original: " + original + "\n    replayed: " + replayed;
        }
    }

    /** What comparing one table came to. */
    record Comparison(Table table, int originalRows, int replayedRows, List<Difference> differences) {
    }

    private static final Set<String> NOT_STATE = Set.of("id", "processed_at", "received_at");

    private final SystemUnderTest system;

    ReadModels(SystemUnderTest system) {
        this.system = system;
    }

    /**
     * The original's rows of the given townships against every row of the replayed database, which was only
     * ever given those townships' events.
     */
    Comparison compare(Table table, String originalDatabase, String replayedDatabase, Collection<UUID> townships) {
        Map<String, Map<String, String>> original = rows(originalDatabase,
                "select * from " + table.name() + " where township_id = any(?)", table, townships);
        Map<String, Map<String, String>> replayed = rows(replayedDatabase, "select * from " + table.name(), table, null);
        List<Difference> differences = new ArrayList<>();
        Set<String> keys = new TreeSet<>(original.keySet());
        keys.addAll(replayed.keySet());
        for (String key : keys) {
            if (!Objects.equals(original.get(key), replayed.get(key))) {
                differences.add(new Difference(table.name(), key, original.get(key), replayed.get(key)));
            }
        }
        return new Comparison(table, original.size(), replayed.size(), differences);
    }

    private Map<String, Map<String, String>> rows(String database, String sql, Table table, Collection<UUID> townships) {
        try (Connection db = system.database(database); PreparedStatement query = db.prepareStatement(sql)) {
            if (townships != null) {
                query.setArray(1, db.createArrayOf("uuid", townships.toArray()));
            }
            Map<String, Map<String, String>> rows = new TreeMap<>();
            try (ResultSet result = query.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        if (!NOT_STATE.contains(columns.getColumnName(i))) {
                            row.put(columns.getColumnName(i), result.getString(i));
                        }
                    }
                    rows.put(result.getString(table.key()), row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql, e);
        }
    }
}
