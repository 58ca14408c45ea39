package org.masswork.system;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.masswork.infra.Await;

/** Row counts of a service's tables, to check that a refused request wrote nothing. */
final class RowCounts {

    private final Sql sql;
    /** By database: one query counting the rows of each of its tables, built from its schema once. */
    private final Map<String, String> queries = new HashMap<>();

    RowCounts(Sql sql) {
        this.sql = sql;
    }

    /** Row counts of every table but the inbox (events from earlier tests may still be arriving). */
    Map<String, Long> of(String database) {
        Map<String, Long> counts = new LinkedHashMap<>();
        sql.strings(database, queries.computeIfAbsent(database, this::countQuery)).forEach(row -> {
            String[] parts = row.split("=");
            counts.put(parts[0], Long.parseLong(parts[1]));
        });
        return counts;
    }

    /** The tables whose counts differ, with their counts before and after. */
    static Map<String, String> changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + count);
            }
        });
        return changed;
    }

    /**
     * Until no service has events left to publish and the consumers have stopped applying them, so row counts
     * move only by what the requests do.
     */
    void awaitQuiet() {
        Await.until("every outbox published and consumed", Duration.ofSeconds(60), () -> {
            boolean published = ServiceDocuments.DATABASES.values().stream()
                    .allMatch(db -> sql.count(db, "select count(*) from outbox_event where published_at is null") == 0);
            long inboxes = inboxRows();
            WriteLoad.sleep(500);
            return published && inboxRows() == inboxes;
        });
    }

    private long inboxRows() {
        return ServiceDocuments.DATABASES.values().stream().mapToLong(db -> sql.count(db, "select count(*) from inbox_event")).sum();
    }

    private String countQuery(String database) {
        List<String> tables = sql.strings(database, "select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'inbox_event' order by 1");
        return String.join(" union all ", tables.stream()
                .map(table -> "select '" + table + "' || '=' || count(*) from \"" + table + "\"").toList());
    }
}
