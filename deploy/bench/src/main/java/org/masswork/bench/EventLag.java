package org.masswork.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Time from an event's commit in the producer's outbox to its effect in a consumer (the inbox row is
 * committed with the handler's change), per event id. Both databases live on the same PostgreSQL
 * server, so both times come from one clock. The outbox's {@code created_at} is taken just before the
 * producer's commit, so the figure slightly overstates the lag.
 *
 * @param produced events the producer wrote in the window of the types this consumer handles (the types in its inbox)
 * @param lags     milliseconds, sorted, one per such event the consumer has applied
 */
record EventLag(String producer, String consumer, long produced, long[] lags) {

    long applied() {
        return lags.length;
    }

    long percentile(double p) {
        return LoadRunner.percentile(lags, p);
    }

    static EventLag measure(Connection producer, Connection consumer, Instant from, Instant to) throws SQLException {
        Set<String> handled = handledTypes(consumer);
        Map<UUID, Instant> created = new HashMap<>();
        try (PreparedStatement query = producer.prepareStatement(
                "select event_id, created_at, event_type from outbox_event where created_at >= ? and created_at < ?")) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (handled.contains(rows.getString(3))) {
                        created.put(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant());
                    }
                }
            }
        }
        List<Long> lags = new ArrayList<>();
        try (PreparedStatement query = consumer.prepareStatement(
                "select event_id, processed_at from inbox_event where processed_at >= ?")) {
            query.setTimestamp(1, Timestamp.from(from));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant createdAt = created.get(rows.getObject(1, UUID.class));
                    if (createdAt != null) {
                        lags.add(Math.max(0, rows.getTimestamp(2).toInstant().toEpochMilli() - createdAt.toEpochMilli()));
                    }
                }
            }
        }
        return new EventLag(producer.getCatalog(), consumer.getCatalog(), created.size(),
                lags.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    private static Set<String> handledTypes(Connection consumer) throws SQLException {
        Set<String> types = new HashSet<>();
        try (PreparedStatement query = consumer.prepareStatement("select distinct event_type from inbox_event");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                types.add(rows.getString(1));
            }
        }
        return types;
    }
}
