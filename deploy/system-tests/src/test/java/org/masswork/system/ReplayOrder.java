package org.masswork.system;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Orders in which a consumer may be handed the records of some topics again: every record twice, and the
 * aggregates (a topic's key) interleaved in a seeded random order unlike the one they were written in.
 */
final class ReplayOrder {

    private ReplayOrder() {
    }

    /**
     * Each aggregate's records in the order Kafka keeps them, twice, as after a consumer rewound: up to a random
     * point, then all of them again, then the rest once more.
     */
    static List<ConsumerRecord<String, String>> redelivered(List<ConsumerRecord<String, String>> records, Random random) {
        return interleave(records, random, (events, r) -> {
            int rewoundAt = r.nextInt(events.size() + 1);
            List<ConsumerRecord<String, String>> delivered = new ArrayList<>(events.subList(0, rewoundAt));
            delivered.addAll(events);
            delivered.addAll(events.subList(rewoundAt, events.size()));
            return delivered;
        });
    }

    /** Each aggregate's records latest first, then all again in a random order: later events before earlier ones. */
    static List<ConsumerRecord<String, String>> laterFirst(List<ConsumerRecord<String, String>> records, Random random) {
        return interleave(records, random, (events, r) -> {
            List<ConsumerRecord<String, String>> delivered = new ArrayList<>(events);
            Collections.reverse(delivered);
            List<ConsumerRecord<String, String>> again = new ArrayList<>(events);
            Collections.shuffle(again, r);
            delivered.addAll(again);
            return delivered;
        });
    }

    /** The records of each aggregate, oldest first. */
    static Map<String, List<ConsumerRecord<String, String>>> byAggregate(List<ConsumerRecord<String, String>> records) {
        Map<String, List<ConsumerRecord<String, String>>> aggregates = new LinkedHashMap<>();
        records.stream().sorted(Comparator.comparingLong(ConsumerRecord::timestamp))
                .forEach(record -> aggregates.computeIfAbsent(aggregate(record), a -> new ArrayList<>()).add(record));
        aggregates.values().forEach(events -> events.sort(Comparator.comparingInt(ConsumerRecord<String, String>::partition)
                .thenComparingLong(ConsumerRecord::offset)));
        return aggregates;
    }

    /**
     * Pairs of records of different aggregates handed over in the opposite order of their writing (only the
     * first delivery of each record counts): how far the replay is from the clean run's order.
     */
    static long crossAggregateInversions(List<ConsumerRecord<String, String>> delivered) {
        List<ConsumerRecord<String, String>> firsts = delivered.stream().distinct().toList();
        long inversions = 0;
        for (int i = 0; i < firsts.size(); i++) {
            for (int j = i + 1; j < firsts.size(); j++) {
                boolean otherAggregate = !aggregate(firsts.get(i)).equals(aggregate(firsts.get(j)));
                if (otherAggregate && firsts.get(i).timestamp() > firsts.get(j).timestamp()) {
                    inversions++;
                }
            }
        }
        return inversions;
    }

    /** Aggregates with more than one record whose latest record is handed over before its first. */
    static long aggregatesLatestFirst(List<ConsumerRecord<String, String>> delivered) {
        Map<String, List<ConsumerRecord<String, String>>> aggregates = byAggregate(delivered.stream().distinct().toList());
        return aggregates.values().stream().filter(events -> events.size() > 1)
                .filter(events -> delivered.indexOf(events.get(events.size() - 1)) < delivered.indexOf(events.get(0)))
                .count();
    }

    static String aggregate(ConsumerRecord<String, String> record) {
        return record.topic() + "/" + record.key();
    }

    /**
     * Each aggregate's own sequence, merged with the others by a seeded shuffle of which aggregate delivers
     * next, so each sequence is kept and the aggregates are interleaved at random.
     */
    private static List<ConsumerRecord<String, String>> interleave(
            List<ConsumerRecord<String, String>> records, Random random,
            BiFunction<List<ConsumerRecord<String, String>>, Random, List<ConsumerRecord<String, String>>> sequence) {
        List<Deque<ConsumerRecord<String, String>>> sequences = new ArrayList<>();
        List<Integer> turns = new ArrayList<>();
        for (List<ConsumerRecord<String, String>> events : byAggregate(records).values()) {
            List<ConsumerRecord<String, String>> delivered = sequence.apply(events, random);
            for (int i = 0; i < delivered.size(); i++) {
                turns.add(sequences.size());
            }
            sequences.add(new ArrayDeque<>(delivered));
        }
        Collections.shuffle(turns, random);
        return turns.stream().map(turn -> sequences.get(turn).removeFirst()).toList();
    }
}
