package io.dmconnect.sink.tidb.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    /** DM's ExecuteSQL retry: stable 3 s, 100 retries. */
    @ParameterizedTest(name = "retry {0}: {1} ms, allowed {2}")
    @CsvSource({"1, 3000, true", "2, 3000, true", "50, 3000, true", "100, 3000, true", "101, 3000, false"})
    void dmStatementRetryIsStable(int retry, long millis, boolean allowed) {
        assertThat(Backoff.DM_STATEMENT.delay(retry)).isEqualTo(Duration.ofMillis(millis));
        assertThat(Backoff.DM_STATEMENT.allows(retry)).isEqualTo(allowed);
    }

    /** DM's auto-resume: 1 s doubling, capped at backoff-max 5 m, no limit. */
    @ParameterizedTest(name = "retry {0}: {1} ms")
    @CsvSource({"1, 1000", "2, 2000", "3, 4000", "9, 256000", "10, 300000", "40, 300000", "1000000, 300000"})
    void dmAutoResumeDoublesToFiveMinutes(int retry, long millis) {
        assertThat(Backoff.DM_AUTO_RESUME.delay(retry)).isEqualTo(Duration.ofMillis(millis));
        assertThat(Backoff.DM_AUTO_RESUME.allows(retry)).isTrue();
    }

    @ParameterizedTest(name = "retry {0}, random {1}: {2} ms")
    @CsvSource({"1, 0.0, 1000", "1, 0.99, 1000", "3, 0.0, 1000", "3, 0.5, 2500", "10, 0.5, 150500"})
    void jitterSpreadsBetweenTheFirstWaitAndTheDelay(int retry, double random, long millis) {
        assertThat(Backoff.DM_AUTO_RESUME.jittered(retry, random)).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, 2, Duration.ofSeconds(1), 1))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), 2, Duration.ofSeconds(1), 1))
                .hasMessageContaining("below the initial");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1), 1))
                .hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 1, Duration.ofSeconds(1), 0))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> Backoff.DM_STATEMENT.delay(0)).hasMessageContaining("from 1");
        assertThatThrownBy(() -> Backoff.DM_STATEMENT.jittered(1, 1.0)).hasMessageContaining("[0, 1)");
        assertThat(Backoff.DM_STATEMENT.allows(0)).isFalse();
    }

    @Test
    void retryingClassesUseDmsStatementBackoff() {
        assertThat(ErrorClass.RETRY.backoff()).isEqualTo(Backoff.DM_STATEMENT);
        assertThat(ErrorClass.RETRY_IF_IDEMPOTENT.backoff()).isEqualTo(Backoff.DM_STATEMENT);
        assertThat(ErrorClass.FATAL.backoff()).isNull();
        assertThat(ErrorClass.RECORD.backoff()).isNull();
    }
}
