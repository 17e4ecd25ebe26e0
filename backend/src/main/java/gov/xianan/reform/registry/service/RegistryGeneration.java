package gov.xianan.reform.registry.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The registry's generation (migration V3_1): a counter that every transaction writing workers,
 * employments or enterprises raises once, at its commit. Answers that depend only on those tables
 * — the workforce aggregate, the number of matches of a worker filter — are kept per generation,
 * so the dashboard and the paging of a list cost one primary-key lookup until the registry
 * changes. Several API instances stay correct: each reads the generation from the database.
 *
 * <p>The generation is read before the answer is computed, so an answer kept under a generation
 * never holds older data than that generation. The workforce statistics read it on the read
 * datasource, in the same snapshot as their aggregate: a replica replays the primary's commits in
 * order, so the generation it shows always belongs to the rows it shows, and equal generations
 * mean equal registry tables on any server.
 */
@ApplicationScoped
public class RegistryGeneration {

    private static final String CURRENT = "select sum(n) from registry_generation";

    @Inject
    EntityManager em;

    /** The current generation, through the ORM's connection. */
    public long current() {
        return ((Number) em.createNativeQuery(CURRENT).getSingleResult()).longValue();
    }

    /** The current generation, on a JDBC connection the caller holds. */
    public static long current(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CURRENT); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /** A bounded LRU of answers, each valid for the generation it was computed at. */
    public static final class Cache<K, V> {
        private record Key<K>(long generation, K key) {
        }

        private final Map<Key<K>, V> entries;

        public Cache(int capacity) {
            entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key<K>, V> eldest) {
                    return size() > capacity;
                }
            });
        }

        /** The answer for {@code key} at {@code generation}, computed by {@code compute} when not kept. */
        public V get(long generation, K key, Supplier<V> compute) {
            Key<K> k = new Key<>(generation, key);
            V value = entries.get(k);
            if (value == null) {
                value = compute.get();
                entries.put(k, value);
            }
            return value;
        }
    }
}
