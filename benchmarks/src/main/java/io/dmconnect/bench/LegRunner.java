package io.dmconnect.bench;

import io.dmconnect.harness.ConnectRestClient;
import io.dmconnect.harness.MariaDbServer;
import io.dmconnect.harness.Wait;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one snapshot leg alone into its own empty downstream and times it: from starting the pipe or creating the
 * connectors to the downstream holding every row. The checksum is verified afterwards, outside the time, for every
 * leg alike; a leg whose checksum differs is recorded as failed. Connectors are deleted at the end of their leg, so
 * the next leg has the worker to itself.
 */
final class LegRunner {
    /** The connectors' status is asked every this many probes: REST calls cost the worker CPU too. */
    private static final int STATUS_EVERY = 25;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final BenchEnvironment env;
    private final SnapshotConfig config;
    private final String upstreamChecksum;

    LegRunner(BenchEnvironment env, SnapshotConfig config, String upstreamChecksum) {
        this.env = env;
        this.config = config;
        this.upstreamChecksum = upstreamChecksum;
    }

    LegResult run(SnapshotLeg leg) {
        System.out.println("bench: leg " + leg.label() + " " + leg.key() + " starts");
        MariaDbServer downstream = env.downstream(leg.serverName());
        LegResult result;
        try {
            CpuClocks clocks = CpuClocks.of(env, downstream);
            result = leg == SnapshotLeg.MARIADB_DUMP ? dump(downstream, clocks) : connect(leg, downstream, clocks);
        } catch (RuntimeException e) {
            result = new LegResult.Failed(leg, e.getMessage());
        }
        if (result instanceof LegResult.Measured m) {
            System.out.printf("bench: leg %s %-12s %,d rows in %.2f s (%,.0f rows/s), CPU %.2f s%n", leg.label(),
                    leg.key(), m.rows(), Measurement.seconds(m.elapsed()), m.rowsPerSecond(),
                    Measurement.seconds(m.cpu().total()));
        } else if (result instanceof LegResult.Failed f) {
            System.out.println("bench: leg " + leg.label() + " " + leg.key() + " failed: " + f.reason());
        }
        return result;
    }

    private LegResult dump(MariaDbServer downstream, CpuClocks clocks) {
        LegCpu before = clocks.read();
        long start = System.nanoTime();
        DumpLoad.run(env.upstream(), downstream, downstream.dir(), config.timeout().toSeconds());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return verified(SnapshotLeg.MARIADB_DUMP, downstream, elapsed, clocks.read().since(before));
    }

    private LegResult connect(SnapshotLeg leg, MariaDbServer downstream, CpuClocks clocks) {
        downstream.execute("CREATE DATABASE " + SbTable.SCHEMA, SbTable.createTable());
        env.broker().createTopic(SnapshotConnectors.topic(leg), SnapshotConnectors.partitions(leg, config.dm()));
        MariaDbServer up = env.upstream();
        Map<String, String> source = SnapshotConnectors.source(leg, new Endpoint(up.host(), up.port(), up.sourceUser()),
                env.broker().bootstrapServers(), config.dm(), config.peerProducer());
        source.putAll(SnapshotConnectors.converter(leg, true, config.converter(), env.registryUrl()));
        Map<String, String> sink = SnapshotConnectors.sink(leg,
                new Endpoint(downstream.host(), downstream.port(), downstream.targetUser()), config.dm());
        sink.putAll(SnapshotConnectors.converter(leg, false, config.converter(), env.registryUrl()));
        DownstreamProgress progress = new DownstreamProgress(downstream, config.rows());
        ConnectRestClient rest = env.worker().rest();

        LegCpu before = clocks.read();
        long start = System.nanoTime();
        try {
            rest.createOrUpdate(SnapshotConnectors.sourceName(leg), source);
            rest.createOrUpdate(SnapshotConnectors.sinkName(leg), sink);
            Optional<String> failure = awaitComplete(leg, rest, progress, start);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            LegCpu used = clocks.read().since(before);
            return failure.<LegResult>map(reason -> new LegResult.Failed(leg, reason))
                    .orElseGet(() -> verified(leg, downstream, elapsed, used));
        } finally {
            Connectors.delete(rest, SnapshotConnectors.sinkName(leg), config.timeout());
            Connectors.delete(rest, SnapshotConnectors.sourceName(leg), config.timeout());
        }
    }

    /** Empty when the downstream holds every row; else why the leg failed. */
    private Optional<String> awaitComplete(SnapshotLeg leg, ConnectRestClient rest, DownstreamProgress progress,
            long start) {
        long deadline = start + config.timeout().toNanos();
        long nextReport = start + PROGRESS_EVERY.toNanos();
        for (int probe = 0; !progress.complete(); probe++) {
            if (probe % STATUS_EVERY == 0) {
                for (String name : new String[] {SnapshotConnectors.sourceName(leg), SnapshotConnectors.sinkName(leg)}) {
                    if (Connectors.failed(rest, name)) {
                        return Optional.of("connector failed: " + Connectors.describe(rest, name));
                    }
                }
            }
            long now = System.nanoTime();
            if (now > deadline) {
                return Optional.of("not complete after " + config.timeout().toSeconds() + " s: " + progress.inserted()
                        + " rows inserted downstream of " + config.rows());
            }
            if (now > nextReport) {
                System.out.printf("bench: leg %s %,d of %,d rows inserted downstream after %.0f s%n", leg.key(),
                        progress.inserted(), config.rows(), (now - start) / 1e9);
                nextReport += PROGRESS_EVERY.toNanos();
            }
            Wait.sleep(config.pollInterval());
        }
        return Optional.empty();
    }

    private LegResult verified(SnapshotLeg leg, MariaDbServer downstream, Duration elapsed, LegCpu cpu) {
        String checksum = String.join(" ", downstream.query(SbTable.checksum()).get(0));
        if (!checksum.equals(upstreamChecksum)) {
            return new LegResult.Failed(leg, "downstream checksum " + checksum + " differs from the upstream's "
                    + upstreamChecksum);
        }
        return new LegResult.Measured(leg, config.rows(), elapsed, cpu);
    }
}
