package dev.stratum.runtime.spring;

import dev.stratum.runtime.security.RateLimit;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Bucket4j token buckets in memory, one per caller and budget, at most {@code maxBuckets} of them. A bucket unused for
 * its whole period has refilled completely and is no different from a new one, so dropping it loses nothing; those go
 * first when the map is full. Only when every bucket is in use are the least recently used dropped as well, which
 * gives their callers a fresh budget rather than letting memory grow without bound.
 */
final class RateLimitBuckets implements RateLimitStore {

    private static final class Entry {

        private final Bucket bucket;
        private final long periodNanos;
        private volatile long lastUsed;

        Entry(RateLimit limit, TimeMeter clock, long now) {
            this.bucket = Bucket.builder()
                    .withCustomTimePrecision(clock)
                    .addLimit(Bandwidth.builder().capacity(limit.requests())
                            .refillGreedy(limit.requests(), limit.period()).build())
                    .build();
            this.periodNanos = limit.period().toNanos();
            this.lastUsed = now;
        }

        boolean idleSince(long now) {
            return now - lastUsed >= periodNanos;
        }
    }

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final int maxBuckets;
    private final TimeMeter clock;

    /** @param nanoTime a monotonic clock in nanoseconds, such as {@link System#nanoTime()} */
    RateLimitBuckets(int maxBuckets, LongSupplier nanoTime) {
        if (maxBuckets < 1) {
            throw new IllegalArgumentException("stratum.rate-limit.max-buckets must be at least 1, not " + maxBuckets);
        }
        this.maxBuckets = maxBuckets;
        this.clock = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoTime.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }

    @Override
    public Consumption consume(String key, RateLimit limit) {
        long now = clock.currentTimeNanos();
        Entry entry = buckets.get(key);
        if (entry == null) {
            if (buckets.size() >= maxBuckets) {
                makeRoom(now);
            }
            entry = buckets.computeIfAbsent(key, unused -> new Entry(limit, clock, now));
        }
        entry.lastUsed = now;
        return Consumption.of(entry.bucket.tryConsumeAndReturnRemaining(1), limit);
    }

    int size() {
        return buckets.size();
    }

    // Synchronized so that concurrent callers do not all sweep the same full map.
    private synchronized void makeRoom(long now) {
        if (buckets.size() < maxBuckets) {
            return;
        }
        buckets.values().removeIf(entry -> entry.idleSince(now));
        int target = maxBuckets - Math.max(1, maxBuckets / 10);
        if (buckets.size() > target) {
            buckets.entrySet().stream()
                    .sorted(Comparator.comparingLong(bucket -> bucket.getValue().lastUsed))
                    .limit(buckets.size() - (long) target)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(buckets::remove);
        }
    }
}
