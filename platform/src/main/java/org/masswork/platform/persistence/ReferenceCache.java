package org.masswork.platform.persistence;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reference data a hot write reads on every request (stations, who serves which station) kept in memory instead of
 * asked from the database each time. Fresh by two means: the event handler that changes the data clears the cache when
 * its transaction commits ({@link #clearAfterCommit}), which is immediate on the replica that applied the event; and
 * an entry is never older than its time to live, which bounds how long another replica can answer from the old data.
 * Only found values are kept: a miss is asked again.
 */
public final class ReferenceCache<K, V> {

    private final Duration timeToLive;
    private final int maxEntries;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public ReferenceCache(Duration timeToLive, int maxEntries) {
        this.timeToLive = timeToLive;
        this.maxEntries = maxEntries;
    }

    public Optional<V> get(K key, Supplier<Optional<V>> load) {
        long now = System.nanoTime();
        Optional<V> kept = fresh(key, now);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<V> loaded = load.get();
        if (loaded.isPresent()) {
            makeRoomFor(1);
            entries.put(key, new Entry<>(loaded.get(), now));
        } else {
            entries.remove(key);
        }
        return loaded;
    }

    /**
     * As {@link #get}, but a miss loads the key's whole group (say, every station of its county) in one query and keeps
     * every member, so that the group's other keys are found without asking the database.
     */
    public Optional<V> getWithGroup(K key, Supplier<List<V>> loadGroup, Function<V, K> keyOf) {
        long now = System.nanoTime();
        Optional<V> kept = fresh(key, now);
        if (kept.isPresent()) {
            return kept;
        }
        List<V> group = loadGroup.get();
        makeRoomFor(group.size());
        Optional<V> found = Optional.empty();
        for (V member : group) {
            K memberKey = keyOf.apply(member);
            entries.put(memberKey, new Entry<>(member, now));
            if (memberKey.equals(key)) {
                found = Optional.of(member);
            }
        }
        if (found.isEmpty()) {
            entries.remove(key);
        }
        return found;
    }

    private Optional<V> fresh(K key, long now) {
        Entry<V> entry = entries.get(key);
        return entry != null && now - entry.loadedAt < timeToLive.toNanos() ? Optional.of(entry.value) : Optional.empty();
    }

    private void makeRoomFor(int count) {
        if (entries.size() + count > maxEntries) {
            entries.clear();
        }
    }

    public void clear() {
        entries.clear();
    }

    /** Clears the cache once the current transaction committed, so no request reloads the data it is changing. */
    public void clearAfterCommit(TransactionSynchronizationRegistry transactions) {
        AfterCommit.run(transactions, this::clear);
    }

    private record Entry<V>(V value, long loadedAt) {
    }
}
