package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.port.Metric;
import com.secureexchanges.portal.core.port.Metrics;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Keeps every record, for assertions on what was counted. Thread-safe. */
public final class InMemoryMetrics implements Metrics {

    private final List<Map<Metric, Integer>> records = new ArrayList<>();

    @Override
    public synchronized void record(Map<Metric, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        records.add(new EnumMap<>(counts));
    }

    /** The sum of {@code metric} over every record. */
    public synchronized int total(Metric metric) {
        return records.stream().mapToInt(r -> r.getOrDefault(metric, 0)).sum();
    }

    /** Every record so far, oldest first. */
    public synchronized List<Map<Metric, Integer>> records() {
        return List.copyOf(records);
    }

    public synchronized void clear() {
        records.clear();
    }
}
