package gov.xianan.reform.common.observability;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * A family of gauges (one series per tag set) whose values a periodic database query sets. Reading
 * the database instead of counting in memory makes every replica report the same truth, also after
 * a restart; a series the latest query no longer returns reads 0 rather than its last value.
 * Scrapes read the cached values and never touch the database.
 */
public final class DatabaseGauge {

    private final MeterRegistry registry;
    private final String name;
    private final String description;
    private final String baseUnit;
    private final Map<Tags, AtomicLong> cells = new ConcurrentHashMap<>();

    public DatabaseGauge(MeterRegistry registry, String name, String description, String baseUnit) {
        this.registry = registry;
        this.name = name;
        this.description = description;
        this.baseUnit = baseUnit;
    }

    /** Registers a series at 0, so that dashboards and alerts see it before the first query. */
    public DatabaseGauge preset(Tags tags) {
        cell(tags);
        return this;
    }

    /** The values of the latest query: every known series not among them goes to 0. */
    public void set(Map<Tags, ? extends Number> values) {
        Map<Tags, Double> all = new HashMap<>();
        cells.keySet().forEach(t -> all.put(t, 0d));
        values.forEach((t, v) -> all.put(t, v.doubleValue()));
        all.forEach((t, v) -> cell(t).set(Double.doubleToRawLongBits(v)));
    }

    private AtomicLong cell(Tags tags) {
        return cells.computeIfAbsent(tags, t -> {
            AtomicLong value = new AtomicLong(Double.doubleToRawLongBits(0d));
            Gauge.builder(name, value, v -> Double.longBitsToDouble(v.get()))
                    .description(description)
                    .baseUnit(baseUnit)
                    .tags(t)
                    .strongReference(true)
                    .register(registry);
            return value;
        });
    }
}
