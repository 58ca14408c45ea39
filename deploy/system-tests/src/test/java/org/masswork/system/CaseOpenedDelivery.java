package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.masswork.infra.Await;
import org.masswork.infra.KafkaTestClient;

/**
 * Follows acknowledged case filings to their end: each case stored, its CaseOpened published once and applied
 * once by every consumer of case events (cadre-service's ledger, evaluation-service's facts, risk's evidence).
 */
final class CaseOpenedDelivery {

    /** Each consumer's database and the read model one CaseOpened adds a row to, keyed by case_id. */
    private static final Map<String, String> CONSUMERS = Map.of(
            "cadre", "ledger_case", "evaluation", "case_fact", "risk", "village_case");

    private final SystemUnderTest system;
    private final Sql sql;

    CaseOpenedDelivery(SystemUnderTest system) {
        this.system = system;
        this.sql = new Sql(system);
    }

    /** Waits until every consumer has applied every acknowledged case's CaseOpened, then checks and prints the counts. */
    void assertDeliveredOnce(String drill, WriteLoad load, Duration catchUp) {
        Set<UUID> cases = load.acknowledged().stream().map(UUID::fromString).collect(Collectors.toSet());
        long started = System.nanoTime();
        Await.until(drill + ": every consumer applied every acknowledged case", catchUp, () ->
                CONSUMERS.entrySet().stream().allMatch(c -> applied(c.getKey(), c.getValue(), cases) >= cases.size()));
        Duration caughtUp = Duration.ofNanos(System.nanoTime() - started);

        long stored = sql.count("cases", "select count(*) from case_file where id = any(?)", cases);
        List<String> eventIds = sql.strings("cases",
                "select event_id from outbox_event where event_type = 'CaseOpened' and published_at is not null and event_key = any(?)",
                cases.stream().map(UUID::toString).toList());
        List<ConsumerRecord<String, String>> records;
        try (KafkaTestClient kafka = new KafkaTestClient(system.infrastructure.kafkaBootstrapServers())) {
            records = kafka.readAll("masswork.case.events").stream()
                    .filter(r -> r.key() != null && load.acknowledged().contains(r.key())
                            && "CaseOpened".equals(CaseFiling.envelope(r).path("type").asText()))
                    .toList();
        }
        long delivered = records.stream().map(ConsumerRecord::key).distinct().count();
        Map<String, Long> applied = new LinkedHashMap<>();
        Map<String, Long> inboxed = new LinkedHashMap<>();
        CONSUMERS.forEach((database, table) -> {
            applied.put(database, applied(database, table, cases));
            inboxed.put(database, sql.count(database, "select count(*) from inbox_event where event_id = any(?)",
                    eventIds.stream().map(UUID::fromString).toList()));
        });
        long lost = cases.size() - Math.min(stored, Math.min(delivered, applied.values().stream().min(Long::compare).orElse(0L)));
        // Applied twice would show as more rows than cases; a record sent twice (the relay retries a send the broker
        // had taken) is absorbed by the consumers' inbox, and counted apart.
        long duplicates = Math.max(0, eventIds.size() - cases.size())
                + applied.values().stream().mapToLong(count -> Math.max(0, count - cases.size())).sum()
                + inboxed.values().stream().mapToLong(count -> Math.max(0, count - eventIds.size())).sum();
        long redelivered = records.size() - delivered;

        System.out.printf("[%s] sent=%d acknowledged=%d other outcomes=%s | stored=%d published=%d delivered=%d "
                        + "(topic records %d, redelivered %d) | applied %s, inbox %s | caught up in %.1f s | lost=%d duplicates=%d%n",
                drill, load.sent(), cases.size(), withoutAcknowledged(load.statuses()), stored, eventIds.size(), delivered,
                records.size(), redelivered, applied, inboxed, caughtUp.toMillis() / 1000.0, lost, duplicates);
        assertThat(lost).as("acknowledged writes lost").isZero();
        assertThat(duplicates).as("events stored or applied twice").isZero();
        assertThat(stored).isEqualTo(cases.size());
        assertThat(eventIds).hasSize(cases.size());
        assertThat(applied).allSatisfy((database, count) -> assertThat(count).as(database).isEqualTo(cases.size()));
        assertThat(inboxed).allSatisfy((database, count) -> assertThat(count).as(database + " inbox").isEqualTo(cases.size()));
    }

    private long applied(String database, String table, Set<UUID> cases) {
        return sql.count(database, "select count(*) from " + table + " where case_id = any(?)", cases);
    }

    private static Map<Integer, Integer> withoutAcknowledged(Map<Integer, Integer> statuses) {
        Map<Integer, Integer> others = new LinkedHashMap<>(statuses);
        others.keySet().removeIf(status -> status / 100 == 2);
        return others;
    }
}
