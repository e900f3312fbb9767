package io.dmconnect.bench;

import java.time.Duration;

/**
 * CPU used by the processes of a snapshot run (user + system, every thread): read as clocks at an instant, or, as
 * the difference of two readings, during one leg.
 *
 * @param worker     the Connect worker JVM
 * @param broker     the Kafka broker JVM
 * @param upstream   the upstream mariadbd
 * @param downstream the leg's downstream mariadbd
 * @param clients    client programs the benchmark ran and waited for: mariadb-dump and mariadb in leg (a)
 */
public record LegCpu(Duration worker, Duration broker, Duration upstream, Duration downstream, Duration clients) {

    /** What was used from {@code earlier} to this reading. */
    public LegCpu since(LegCpu earlier) {
        return new LegCpu(worker.minus(earlier.worker), broker.minus(earlier.broker),
                upstream.minus(earlier.upstream), downstream.minus(earlier.downstream),
                clients.minus(earlier.clients));
    }

    public Duration total() {
        return worker.plus(broker).plus(upstream).plus(downstream).plus(clients);
    }
}
