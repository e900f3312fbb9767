package io.dmconnect.common.rules.ba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundedCacheTest {

    @ParameterizedTest(name = "max {0}, {1} keys")
    @CsvSource({"1, 10", "10, 10", "10, 1000", "100, 50"})
    void neverHoldsMoreThanItsBoundAndAlwaysAnswersRight(int max, int keys) {
        BoundedCache<Integer, String> cache = new BoundedCache<>(max);

        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < keys; k++) {
                assertThat(cache.get(k, String::valueOf)).isEqualTo(String.valueOf(k));
                assertThat(cache.size()).isLessThanOrEqualTo(max);
            }
        }
        assertThat(cache.size()).isEqualTo(Math.min(max, keys));
    }

    @Test
    void computesOncePerCachedKey() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(10);
        AtomicInteger calls = new AtomicInteger();

        cache.get("a", k -> calls.incrementAndGet());
        cache.get("a", k -> calls.incrementAndGet());

        assertThat(calls).hasValue(1);
    }

    @Test
    void aFailedComputationCachesNothing() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(10);

        assertThatThrownBy(() -> cache.get("a", k -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(cache.size()).isZero();
        assertThat(cache.get("a", k -> 7)).isEqualTo(7);
    }

    @Test
    void rejectsAnEmptyBound() {
        assertThatThrownBy(() -> new BoundedCache<>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
