package io.dmconnect.bench;

import io.dmconnect.harness.ConnectRestClient;
import io.dmconnect.harness.MariaDbServer;
import io.dmconnect.harness.Wait;
import java.util.Map;

/**
 * Measures one sink on one workload, alone: recreates the target table (empty, the upstream's DDL) in the sink's
 * downstream, creates the connector, probes the downstream every poll interval until its checksum equals the
 * upstream's, then deletes the connector. Each probe reads the worker's and the downstream's CPU clocks just before
 * it queries, so time and CPU describe the same instants.
 */
final class SinkRun {
    /** The connector's status is asked every this many probes: REST calls cost the worker CPU too. */
    private static final int STATUS_EVERY = 10;

    private final BenchEnvironment env;
    private final BenchmarkConfig config;
    private final ProcessCpu workerCpu;

    SinkRun(BenchEnvironment env, BenchmarkConfig config) {
        this.env = env;
        this.config = config;
        this.workerCpu = ProcessCpu.of(env.worker().pid(), "java");
    }

    SinkResult run(SinkUnderTest sink, Workload workload, String upstreamChecksum) {
        MariaDbServer downstream = env.downstream(sink.downstream().serverName());
        ProcessCpu downstreamCpu = ProcessCpu.of(downstream.pid(), "mariadbd");
        String table = workload.table();
        downstream.execute("CREATE DATABASE IF NOT EXISTS " + BenchTable.SCHEMA,
                "DROP TABLE IF EXISTS " + BenchTable.SCHEMA + "." + table, BenchTable.createTable(table));
        String name = "bench-" + sink.key() + "-" + table;
        Map<String, String> connector = sink.connectorConfig(SourcePhase.topic(table),
                new Endpoint(downstream.host(), downstream.port(), downstream.targetUser()));
        connector.putAll(config.converter().connectorSettings(env.registryUrl()));
        ConnectRestClient rest = env.worker().rest();

        Sample created = sample(downstreamCpu);
        ApplyTimer timer = new ApplyTimer(sink, workload.kind(), workload.changeEvents(), created);
        rest.createOrUpdate(name, connector);
        try {
            return probeUntilConverged(rest, name, timer, downstream, downstreamCpu, workload, upstreamChecksum);
        } finally {
            Connectors.delete(rest, name, config.timeout());
        }
    }

    private SinkResult probeUntilConverged(ConnectRestClient rest, String name, ApplyTimer timer,
            MariaDbServer downstream, ProcessCpu downstreamCpu, Workload workload, String upstreamChecksum) {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        String table = workload.table();
        for (int probe = 0; !timer.done(); probe++) {
            if (probe % STATUS_EVERY == 0 && Connectors.failed(rest, name)) {
                return failed(timer, workload, "connector failed: " + Connectors.describe(rest, name));
            }
            if (System.nanoTime() > deadline) {
                return failed(timer, workload, "not converged after " + config.timeout().toSeconds() + " s: downstream "
                        + checksum(downstream, table) + ", upstream " + upstreamChecksum);
            }
            Sample sample = sample(downstreamCpu);
            timer.observe(sample, state(downstream, workload, upstreamChecksum));
            if (!timer.done()) {
                Wait.sleep(config.pollInterval());
            }
        }
        Measurement m = timer.measurement();
        System.out.printf("bench: sink %-17s %-11s %,9d rows in %6.2f s (%,.0f/s), worker CPU %.2f s, start-up %.2f s%n",
                m.sink().key(), workload.table(), m.events(), Measurement.seconds(m.apply()), m.rowsPerSecond(),
                Measurement.seconds(m.workerCpu()), Measurement.seconds(m.startup()));
        return new SinkResult.Measured(m);
    }

    /** A count first (an index scan); the full checksum only once the count is the upstream's. */
    private static DownstreamState state(MariaDbServer downstream, Workload workload, String upstreamChecksum) {
        long count = Long.parseLong(downstream.queryValue(BenchTable.countRows(workload.table())));
        if (count == 0) {
            return DownstreamState.UNCHANGED;
        }
        if (count != workload.finalRows()) {
            return DownstreamState.CHANGED;
        }
        return checksum(downstream, workload.table()).equals(upstreamChecksum)
                ? DownstreamState.CONVERGED : DownstreamState.CHANGED;
    }

    private static String checksum(MariaDbServer db, String table) {
        return String.join(" ", db.query(BenchTable.checksum(table)).get(0));
    }

    private Sample sample(ProcessCpu downstreamCpu) {
        return new Sample(System.nanoTime(), workerCpu.used(), downstreamCpu.used());
    }

    private static SinkResult failed(ApplyTimer timer, Workload workload, String reason) {
        System.out.println("bench: " + reason);
        return new SinkResult.Failed(timer.sink(), workload.kind(), reason);
    }
}
