package io.dmconnect.sink.tidb.error;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before each retry: {@code initial × multiplier^(retry-1)}, capped at {@code max}, for at most
 * {@code maxAttempts} retries. Pure and deterministic; {@link #jittered} spreads a delay with a caller-supplied
 * random number, the way DM's auto-resume does.
 *
 * @param initial     the wait before the first retry
 * @param multiplier  growth per retry; 1 gives a stable backoff
 * @param max         the cap
 * @param maxAttempts how many retries are allowed ({@link Integer#MAX_VALUE}: no limit)
 */
public record Backoff(Duration initial, double multiplier, Duration max, int maxAttempts) {
    /**
     * DM's statement retry ({@code dm/syncer/dbconn/db.go ExecuteSQLWithIgnore}): 100 retries, a stable 3 s apart,
     * so a transient error is given 5 minutes.
     */
    public static final Backoff DM_STATEMENT = new Backoff(Duration.ofSeconds(3), 1.0, Duration.ofSeconds(3), 100);
    /**
     * DM's auto-resume of a paused task ({@code dm/config/checker_config.go}): from 1 s, doubling, capped at
     * 5 minutes ({@code backoff-max}), with jitter, without a limit.
     */
    public static final Backoff DM_AUTO_RESUME = new Backoff(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5),
            Integer.MAX_VALUE);

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial backoff must be positive: " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max backoff " + max + " is below the initial " + initial);
        }
        if (multiplier < 1.0 || Double.isNaN(multiplier)) {
            throw new IllegalArgumentException("multiplier must be at least 1: " + multiplier);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
    }

    /** Whether retry number {@code retry} (1-based) is still allowed. */
    public boolean allows(int retry) {
        return retry >= 1 && retry <= maxAttempts;
    }

    /** The wait before retry number {@code retry} (1-based). */
    public Duration delay(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries are numbered from 1: " + retry);
        }
        double millis = initial.toMillis() * Math.pow(multiplier, retry - 1);
        return millis >= max.toMillis() ? max : Duration.ofMillis(Math.round(millis));
    }

    /**
     * The wait before retry {@code retry} spread uniformly between {@code initial} and {@link #delay(int)}, as
     * DM's jittered backoff does; {@code random} is in [0, 1).
     */
    public Duration jittered(int retry, double random) {
        if (random < 0 || random >= 1) {
            throw new IllegalArgumentException("random must be in [0, 1): " + random);
        }
        long low = initial.toMillis();
        long high = delay(retry).toMillis();
        return Duration.ofMillis(low + Math.round(random * (high - low)));
    }
}
