package io.dmconnect.harness;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes. */
public final class Wait {
    private Wait() {
    }

    /** Polls every {@code interval}; on timeout throws with the message {@code why} supplies (called once, at the end). */
    public static void until(Duration timeout, Duration interval, BooleanSupplier condition, Supplier<String> why) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new HarnessException("timed out after " + timeout.toSeconds() + " s: " + why.get());
            }
            sleep(interval);
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted while waiting", e);
        }
    }
}
