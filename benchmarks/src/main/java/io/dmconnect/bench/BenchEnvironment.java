package io.dmconnect.bench;

import io.dmconnect.harness.ApicurioRegistry;
import io.dmconnect.harness.ConnectWorker;
import io.dmconnect.harness.Dirs;
import io.dmconnect.harness.KafkaBroker;
import io.dmconnect.harness.MariaDbServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;

/**
 * The servers of one run, all child processes on 127.0.0.1 through the test harness: an upstream MariaDB with a ROW
 * binlog, the named downstream MariaDB servers (no binlog), a KRaft broker, an Apicurio Registry (converter=avro only)
 * and one Connect worker whose plugin.path holds dm-connect's plugin folder and the peers'. {@link #close()} stops them
 * in reverse order and removes their data.
 */
public final class BenchEnvironment implements AutoCloseable {
    private final List<AutoCloseable> started = new ArrayList<>();
    private Path work;
    private MariaDbServer upstream;
    private final Map<String, MariaDbServer> downstreams = new LinkedHashMap<>();
    private KafkaBroker broker;
    private ApicurioRegistry registry;
    private ConnectWorker worker;

    private BenchEnvironment() {
    }

    /** Starts every server; on a failure stops those already started and rethrows. */
    public static BenchEnvironment start(EnvironmentSpec spec) {
        BenchEnvironment env = new BenchEnvironment();
        try {
            env.startAll(spec);
            return env;
        } catch (RuntimeException e) {
            env.close();
            throw e;
        }
    }

    private void startAll(EnvironmentSpec spec) {
        work = spec.workDir().resolve("run-" + ProcessHandle.current().pid());
        // the registry is the slowest to start: it comes up while the rest does
        CompletableFuture<ApicurioRegistry> registryStart = spec.converter() == ConverterChoice.AVRO
                ? CompletableFuture.supplyAsync(() -> ApicurioRegistry.builder(spec.apicurioAppDir(),
                        work.resolve("registry")).start())
                : CompletableFuture.completedFuture(null);
        try {
            upstream = track(MariaDbServer.builder("bench-up").baseDir(work).serverId(201).start());
            for (String name : spec.downstreams()) {
                downstreams.put(name, track(MariaDbServer.builder(name).baseDir(work)
                        .serverId(202 + downstreams.size()).binlog(false).start()));
            }
            broker = track(KafkaBroker.builder(work.resolve("kafka")).start());
        } finally {
            registry = registryStart.join();
            if (registry != null) {
                started.add(registry);
            }
        }
        worker = track(ConnectWorker.builder(broker.bootstrapServers(), spec.pluginPath().get(0), work.resolve("connect"))
                .heap(spec.workerHeap())
                .property("plugin.path", spec.pluginPath().stream().map(Path::toString).collect(Collectors.joining(",")))
                .start());
    }

    private <T extends AutoCloseable> T track(T server) {
        started.add(server);
        return server;
    }

    public MariaDbServer upstream() {
        return upstream;
    }

    /** @throws IllegalArgumentException for a name the spec did not list */
    public MariaDbServer downstream(String name) {
        MariaDbServer server = downstreams.get(name);
        if (server == null) {
            throw new IllegalArgumentException("no downstream named " + name + "; started: " + downstreams.keySet());
        }
        return server;
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
