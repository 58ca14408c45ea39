package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.StackService;
import org.masswork.system.ReadModels.Comparison;
import org.masswork.system.ReadModels.Difference;
import org.masswork.system.ReadModels.Table;

/**
 * Fault drill 4: the same events delivered twice, and out of order across aggregates, leave the read models as a
 * clean run does. A township's work goes through the services' APIs and their consumers build their read models
 * from the live topics: the clean run. Then every record of that work is handed again, each twice and in a seeded
 * random order, to a fresh instance of every consumer (case-service, evaluation-service, cadre-service's village
 * ledger, risk-assessment-service's evidence), on new databases and consumer groups of their own; their read models
 * must equal the originals row by row, and their inboxes hold each event once.
 */
class ReplayedEventsIT {

    /** Another seed replays another order: {@code -Dmasswork.replay.seed=...}. */
    private static final long SEED = Long.getLong("masswork.replay.seed", 20_250_925L);
    private static final String CADRE_EVENTS = "masswork.cadre.events";
    private static final String CASE_EVENTS = "masswork.case.events";
    private static final Duration CATCH_UP = Duration.ofSeconds(90);

    /** A consumer of the drill: the topics it reads and the tables it builds from them, as its code has them. */
    private record Consumer(String service, String database, List<String> topics, List<Table> readModels) {
    }

    private static final List<Consumer> CONSUMERS = List.of(
            new Consumer("case-service", "cases", List.of(CADRE_EVENTS), List.of(
                    new Table("known_station", "station_id"), new Table("station_cadre", "assignment_id"))),
            new Consumer("evaluation-service", "evaluation", List.of(CADRE_EVENTS, CASE_EVENTS), List.of(
                    new Table("known_station", "station_id"), new Table("known_household", "household_id"),
                    new Table("stationing", "assignment_id"), new Table("station_day_attendance", "check_in_id"),
                    new Table("household_visit", "visit_id"), new Table("case_fact", "case_id"))),
            new Consumer("cadre-service", "cadre", List.of(CASE_EVENTS), List.of(new Table("ledger_case", "case_id"))),
            new Consumer("risk-assessment-service", "risk", List.of(CADRE_EVENTS, CASE_EVENTS), List.of(
                    new Table("known_village", "village_id"), new Table("village_case", "case_id"))));

    private static SystemUnderTest system;
    private static Sql sql;
    /** One client for all the polling of consumer groups' offsets. */
    private static KafkaTestClient groupOffsets;
    private static UUID townshipId;
    /** The township's records as the clean run's consumers read them from the live topics. */
    private static List<ConsumerRecord<String, String>> records;

    @BeforeAll
    static void cleanRun() {
        system = SystemUnderTest.get();
        sql = new Sql(system);
        groupOffsets = new KafkaTestClient(system.infrastructure.kafkaBootstrapServers());
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        townshipId = TownshipActivity.run(system).townshipId;
        records = publishedRecords();
        CONSUMERS.forEach(ReplayedEventsIT::awaitConsumedByTheOriginal);
        System.out.printf("[replayed events] clean run: township %s, %d events of %d aggregates on the live topics %s, "
                        + "applied by the original %s%n", townshipId, records.size(), ReplayOrder.byAggregate(records).size(),
                records.stream().collect(Collectors.groupingBy(ConsumerRecord::topic, Collectors.counting())),
                CONSUMERS.stream().map(Consumer::service).toList());
    }

    @AfterAll
    static void closeClient() {
        if (groupOffsets != null) {
            groupOffsets.close();
        }
    }

    @Test
    void shouldRebuildTheSameReadModelsWhenEveryEventComesTwiceAndAggregatesInterleaveAnew() {
        List<ConsumerRecord<String, String>> delivery = ReplayOrder.redelivered(records, new Random(SEED));

        long inversions = ReplayOrder.crossAggregateInversions(delivery);
        assertThat(inversions).as("pairs of aggregates handed over in another order than the clean run's").isPositive();
        replayAndCompare("redelivered", delivery, "cross-aggregate inversions=" + inversions);
    }

    @Test
    void shouldRebuildTheSameReadModelsWhenLaterEventsOfAnAggregateComeFirst() {
        List<ConsumerRecord<String, String>> delivery = ReplayOrder.laterFirst(records, new Random(SEED));

        long latestFirst = ReplayOrder.aggregatesLatestFirst(delivery);
        long multiEvent = ReplayOrder.byAggregate(records).values().stream().filter(events -> events.size() > 1).count();
        assertThat(latestFirst).as("aggregates whose latest event comes before their first").isEqualTo(multiEvent).isPositive();
        assertThat(endedBeforeAssigned(delivery)).as("an AssignmentEnded handed over before its CadreAssigned").isTrue();
        replayAndCompare("later-first", delivery, "aggregates latest first=" + latestFirst + "/" + multiEvent);
    }

    /**
     * Sends the delivery to a one-partition topic, so the consumers get it in exactly this order, starts a fresh
     * instance of each consumer on it, and compares what they built with the clean run's.
     */
    private static void replayAndCompare(String variant, List<ConsumerRecord<String, String>> delivery, String orderFigure) {
        assertThat(delivery.stream().collect(Collectors.groupingBy(record -> record, Collectors.counting())))
                .as("each of the clean run's records handed over twice").hasSize(records.size()).containsOnlyKeys(records)
                .allSatisfy((record, times) -> assertThat(times).isEqualTo(2));
        String topic = "masswork.replay." + variant;
        try (KafkaTestClient kafka = new KafkaTestClient(system.infrastructure.kafkaBootstrapServers())) {
            kafka.createTopic(topic, 1);
            delivery.forEach(record -> kafka.send(topic, record.key(), record.value()));
        }
        Set<String> eventIds = eventIds(records);
        List<String> failures = new ArrayList<>();
        List<StackService> instances = startFreshInstances(variant, topic);
        try {
            for (int i = 0; i < CONSUMERS.size(); i++) {
                failures.addAll(compare(CONSUMERS.get(i), instances.get(i), variant, topic, delivery, eventIds, orderFigure));
            }
        } finally {
            instances.forEach(instance -> system.stack.stop(instance.name()));
        }
        assertThat(failures).as("read models after the %s replay (seed %d) against the clean run", variant, SEED).isEmpty();
    }

    private static List<StackService> startFreshInstances(String variant, String topic) {
        List<CompletableFuture<StackService>> starting = CONSUMERS.stream().map(consumer -> CompletableFuture.supplyAsync(() ->
                system.startInstance(consumer.service(), "replay-" + variant, Map.of(
                        "MASSWORK_EVENTS_CONSUMER_GROUP", group(consumer, variant),
                        "MASSWORK_EVENTS_CONSUMER_TOPICS", topic,
                        // whatever it might publish stays off the live topics
                        "MASSWORK_EVENTS_TOPIC", topic + "." + consumer.service())),
                runnable -> new Thread(runnable, "replay-instance").start())).toList();
        CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).exceptionally(error -> null).join();
        List<StackService> started = starting.stream().filter(start -> !start.isCompletedExceptionally())
                .map(CompletableFuture::join).toList();
        if (started.size() < starting.size()) {
            started.forEach(instance -> system.stack.stop(instance.name()));
            starting.forEach(CompletableFuture::join);
        }
        return started;
    }

    private static List<String> compare(Consumer consumer, StackService instance, String variant, String topic,
                                        List<ConsumerRecord<String, String>> delivery, Set<String> eventIds, String orderFigure) {
        String group = group(consumer, variant);
        Await.until(instance.name() + " through the replay", CATCH_UP, () -> offsets(group, topic).getOrDefault(0, 0L) == delivery.size());

        String database = instance.database();
        List<Comparison> comparisons = consumer.readModels().stream()
                .map(table -> new ReadModels(system).compare(table, consumer.database(), database, List.of(townshipId))).toList();
        Set<String> appliedOriginally = new HashSet<>(sql.strings(consumer.database(),
                "select event_id::text from inbox_event where event_id = any(?)", eventIds.stream().map(UUID::fromString).toList()));
        List<String> inbox = sql.strings(database, "select event_id::text from inbox_event");
        long parked = sql.count(database, "select count(*) from parked_event");
        List<Difference> differences = comparisons.stream().flatMap(c -> c.differences().stream()).toList();

        System.out.printf("[replayed events] %s -> fresh %s (seed %d): records sent=%d, events=%d, duplicates=%d, %s; "
                        + "applied=%d (each once: %s), not handled=%d, parked=%d; rows compared %s; differences=%d%n",
                variant, consumer.service(), SEED, delivery.size(), eventIds.size(), delivery.size() - eventIds.size(), orderFigure,
                inbox.size(), inbox.size() == new HashSet<>(inbox).size(), eventIds.size() - inbox.size(), parked,
                comparisons.stream().map(c -> c.table().name() + "=" + c.originalRows() + "/" + c.replayedRows())
                        .collect(Collectors.joining(", ", "(original/replayed): ", "")),
                differences.size());
        differences.forEach(difference -> System.out.println("[replayed events]   " + difference));

        List<String> failures = new ArrayList<>();
        differences.forEach(difference -> failures.add(consumer.service() + ": " + difference));
        comparisons.stream().filter(c -> c.originalRows() == 0).forEach(c ->
                failures.add(consumer.service() + ": the clean run built no " + c.table().name() + " row to compare"));
        if (!new HashSet<>(inbox).equals(appliedOriginally) || inbox.size() != appliedOriginally.size()) {
            failures.add(consumer.service() + ": inbox holds " + inbox.size() + " events, the clean run applied "
                    + appliedOriginally.size() + " of them");
        }
        if (parked > 0) {
            failures.add(consumer.service() + ": " + parked + " records parked");
        }
        return failures;
    }

    /** Waits until the outbox has published the township's events, and reads them back from the live topics. */
    private static List<ConsumerRecord<String, String>> publishedRecords() {
        String township = "%" + townshipId + "%";
        Await.until("the township's events published", CATCH_UP, () -> Stream.of("cadre", "cases").mapToLong(database ->
                sql.count(database, "select count(*) from outbox_event where envelope like ? and published_at is null", township)).sum() == 0);
        long written = Stream.of("cadre", "cases").mapToLong(database ->
                sql.count(database, "select count(*) from outbox_event where envelope like ?", township)).sum();
        try (KafkaTestClient kafka = new KafkaTestClient(system.infrastructure.kafkaBootstrapServers())) {
            List<ConsumerRecord<String, String>> published = Stream.of(CADRE_EVENTS, CASE_EVENTS)
                    .flatMap(topic -> kafka.readAll(topic).stream())
                    .filter(record -> record.value() != null && record.value().contains(townshipId.toString()))
                    .toList();
            assertThat(eventIds(published)).as("every event the outbox wrote is on the topics").hasSize((int) written);
            return published;
        }
    }

    /** The clean run: the service's own consumer group has committed past every record of the township. */
    private static void awaitConsumedByTheOriginal(Consumer consumer) {
        for (String topic : consumer.topics()) {
            Map<Integer, Long> last = records.stream().filter(record -> record.topic().equals(topic))
                    .collect(Collectors.toMap(ConsumerRecord::partition, ConsumerRecord::offset, Math::max));
            Await.until(consumer.service() + " through " + topic, CATCH_UP, () -> {
                Map<Integer, Long> committed = offsets(consumer.service(), topic);
                return last.entrySet().stream().allMatch(e -> committed.getOrDefault(e.getKey(), 0L) > e.getValue());
            });
        }
        assertThat(sql.count(consumer.database(), "select count(*) from parked_event where record_key = any(?)",
                records.stream().map(ConsumerRecord::key).distinct().toList())).as("%s parked none of them", consumer.service()).isZero();
    }

    private static boolean endedBeforeAssigned(List<ConsumerRecord<String, String>> delivery) {
        Map<String, String> firstTypeOfAggregate = new HashMap<>();
        delivery.forEach(record ->
                firstTypeOfAggregate.putIfAbsent(record.key(), CaseFiling.envelope(record).path("type").asText()));
        Set<String> assigned = delivery.stream().filter(r -> "CadreAssigned".equals(CaseFiling.envelope(r).path("type").asText()))
                .map(ConsumerRecord::key).collect(Collectors.toSet());
        return assigned.stream().anyMatch(key -> "AssignmentEnded".equals(firstTypeOfAggregate.get(key)));
    }

    private static Map<Integer, Long> offsets(String group, String topic) {
        return groupOffsets.committedOffsets(group, topic);
    }

    private static String group(Consumer consumer, String variant) {
        return "replay-" + variant + "-" + consumer.service();
    }

    private static Set<String> eventIds(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> CaseFiling.envelope(record).path("id").asText()).collect(Collectors.toSet());
    }
}
