package io.dmconnect.bench;

import java.time.Duration;

/** One probe during a sink's run: when ({@link System#nanoTime()}), and CPU used so far by the worker and the downstream. */
public record Sample(long nanos, Duration workerCpu, Duration downstreamCpu) {
}
