package io.dmconnect.bench;

import io.dmconnect.harness.ApicurioRegistry;
import io.dmconnect.harness.ConnectWorker;
import io.dmconnect.harness.Dirs;
import io.dmconnect.harness.KafkaBroker;
import io.dmconnect.harness.MariaDbServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The servers of one run, all child processes on 127.0.0.1 through the test harness: an upstream MariaDB with a ROW
 * binlog, one downstream MariaDB per sink family, a KRaft broker, an Apicurio Registry (converter=avro only) and one
 * Connect worker whose plugin.path holds dm-connect's plugin folder and the peer's. {@link #close()} stops them in
 * reverse order and removes their data.
 */
public final class BenchEnvironment implements AutoCloseable {
    private final List<AutoCloseable> started = new ArrayList<>();
    private Path work;
    private MariaDbServer upstream;
    private final Map<Downstream, MariaDbServer> downstreams = new EnumMap<>(Downstream.class);
    private KafkaBroker broker;
    private ApicurioRegistry registry;
    private ConnectWorker worker;

    private BenchEnvironment() {
    }

    /** Starts every server; on a failure stops those already started and rethrows. */
    public static BenchEnvironment start(BenchmarkConfig config) {
        BenchEnvironment env = new BenchEnvironment();
        try {
            env.startAll(config);
            return env;
        } catch (RuntimeException e) {
            env.close();
            throw e;
        }
    }

    private void startAll(BenchmarkConfig config) {
        work = config.paths().workDir().resolve("run-" + ProcessHandle.current().pid());
        BenchPaths paths = config.paths();
        // the registry is the slowest to start: it comes up while the rest does
        CompletableFuture<ApicurioRegistry> registryStart = config.converter() == ConverterChoice.AVRO
                ? CompletableFuture.supplyAsync(() -> ApicurioRegistry.builder(paths.apicurioAppDir(),
                        work.resolve("registry")).start())
                : CompletableFuture.completedFuture(null);
        try {
            upstream = track(MariaDbServer.builder("bench-up").baseDir(work).serverId(201).start());
            for (Downstream d : Downstream.values()) {
                downstreams.put(d, track(MariaDbServer.builder(d.serverName()).baseDir(work).serverId(202 + d.ordinal())
                        .binlog(false).start()));
            }
            broker = track(KafkaBroker.builder(work.resolve("kafka")).start());
        } finally {
            registry = registryStart.join();
            if (registry != null) {
                started.add(registry);
            }
        }
        worker = track(ConnectWorker.builder(broker.bootstrapServers(), paths.pluginDir(), work.resolve("connect"))
                .heap(config.workerHeap())
                .property("plugin.path", pluginPath(config))
                .start());
    }

    private static String pluginPath(BenchmarkConfig config) {
        List<String> entries = new ArrayList<>(List.of(config.paths().pluginDir().toString()));
        if (config.sinks().contains(SinkUnderTest.DEBEZIUM_JDBC)) {
            entries.add(config.paths().peerPluginDir().toString());
        }
        if (config.converter() == ConverterChoice.AVRO) {
            entries.add(config.paths().avroPluginDir().toString());
        }
        return String.join(",", entries);
    }

    private <T extends AutoCloseable> T track(T server) {
        started.add(server);
        return server;
    }

    public MariaDbServer upstream() {
        return upstream;
    }

    public MariaDbServer downstream(Downstream which) {
        return downstreams.get(which);
    }

    public KafkaBroker broker() {
        return broker;
    }

    public ConnectWorker worker() {
        return worker;
    }

    /** The v2 API of the registry, or null without one (converter=json). */
    public String registryUrl() {
        return registry == null ? null : registry.url();
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("bench: could not stop " + started.get(i) + ": " + e.getMessage());
            }
        }
        started.clear();
        if (work != null) {
            Dirs.delete(work); // the servers removed their own folders; this drops the run's empty parent
        }
    }
}
