package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.stratum.runtime.security.OperationClass;
import dev.stratum.runtime.security.RateLimit;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The in-memory buckets on a hand-driven clock: refill, the headers' numbers, and the bound on memory. */
class RateLimitBucketsTest {

    private static final RateLimit TWO_PER_MINUTE = RateLimit.perMinute(OperationClass.WRITE, 2);

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aSpentBudgetRefillsOverItsPeriod() {
        RateLimitBuckets buckets = new RateLimitBuckets(10, now::get);

        RateLimitBuckets.Consumption first = buckets.consume("a", TWO_PER_MINUTE);
        RateLimitBuckets.Consumption second = buckets.consume("a", TWO_PER_MINUTE);
        RateLimitBuckets.Consumption refused = buckets.consume("a", TWO_PER_MINUTE);

        assertThat(first).isEqualTo(new RateLimitBuckets.Consumption(true, 2, 1, 30, 0));
        assertThat(second).isEqualTo(new RateLimitBuckets.Consumption(true, 2, 0, 60, 0));
        assertThat(refused).isEqualTo(new RateLimitBuckets.Consumption(false, 2, 0, 60, 30));
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(buckets.consume("a", TWO_PER_MINUTE).allowed()).isTrue();
        assertThat(buckets.consume("b", TWO_PER_MINUTE).remaining()).as("another caller").isEqualTo(1);
    }

    @Test
    void idleBucketsGoFirstWhenTheMapIsFull() {
        RateLimitBuckets buckets = new RateLimitBuckets(3, now::get);
        buckets.consume("idle", TWO_PER_MINUTE);
        now.addAndGet(Duration.ofMinutes(2).toNanos());
        buckets.consume("busy-1", TWO_PER_MINUTE);
        buckets.consume("busy-1", TWO_PER_MINUTE);
        buckets.consume("busy-2", TWO_PER_MINUTE);

        buckets.consume("new", TWO_PER_MINUTE);

        assertThat(buckets.size()).isEqualTo(3);
        assertThat(buckets.consume("busy-1", TWO_PER_MINUTE).allowed()).as("busy-1 kept its spent budget").isFalse();
    }

    @Test
    void theMapNeverGrowsBeyondItsBound() {
        RateLimitBuckets buckets = new RateLimitBuckets(20, now::get);
        for (int caller = 0; caller < 1000; caller++) {
            now.incrementAndGet();
            buckets.consume("caller-" + caller, TWO_PER_MINUTE);
            assertThat(buckets.size()).isLessThanOrEqualTo(20);
        }
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitBuckets(0, now::get));
    }
}
