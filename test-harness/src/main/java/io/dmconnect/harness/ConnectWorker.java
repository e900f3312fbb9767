package io.dmconnect.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Kafka Connect worker in distributed mode, in its own JVM, REST on 127.0.0.1.
 *
 * <p>Its {@code plugin.path} is a folder of plugins, loaded through Connect's plugin isolation exactly as users
 * run them, with {@code plugin.discovery=service_load} (plugins ship ServiceLoader manifests; scanning costs 11 s).
 * {@link #kill9()} and {@link #restart()} simulate a crash: the restarted worker keeps its REST port, group and
 * internal topics, so it picks up the connectors and offsets the crashed one left.
 */
public final class ConnectWorker implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path dir;
    private final int restPort;
    private final Path config;
    private final boolean deleteOnClose;
    private final boolean detached;
    private final String heap;
    private final int jmxPort;
    private ChildProcess process;

    private ConnectWorker(Builder b, Path dir, int restPort, Path config) {
        this.dir = dir;
        this.restPort = restPort;
        this.config = config;
        this.deleteOnClose = b.deleteOnClose;
        this.detached = b.detached;
        this.heap = b.heap;
        this.jmxPort = b.jmxPort;
    }

    public static Builder builder(String bootstrapServers, Path pluginPath, Path dir) {
        return new Builder(bootstrapServers, pluginPath, dir);
    }

    /** Options for {@link #start()}; {@link #property} overrides or adds any worker property. */
    public static final class Builder {
        private final String bootstrapServers;
        private final Path pluginPath;
        private final Path dir;
        private int restPort = 0;
        private String groupId = "dm-connect";
        private boolean deleteOnClose = true;
        private boolean detached = false;
        private String heap = "1g";
        private int jmxPort = -1;
        private final Map<String, String> overrides = new LinkedHashMap<>();

        private Builder(String bootstrapServers, Path pluginPath, Path dir) {
            this.bootstrapServers = bootstrapServers;
            this.pluginPath = pluginPath;
            this.dir = dir;
        }

        /** 0 (the default) picks a random free port. */
        public Builder restPort(int port) { this.restPort = port; return this; }
        public Builder groupId(String groupId) { this.groupId = groupId; return this; }
        public Builder deleteOnClose(boolean delete) { this.deleteOnClose = delete; return this; }
        public Builder detached(boolean detached) { this.detached = detached; return this; }
        public Builder heap(String heap) { this.heap = heap; return this; }
        public Builder property(String key, String value) { this.overrides.put(key, value); return this; }
        /** Remote JMX on 127.0.0.1:port (0 picks a free port); off unless set. */
        public Builder jmxPort(int port) { this.jmxPort = port; return this; }

        public ConnectWorker start() {
            if (!pluginPath.toFile().isDirectory()) {
                throw new HarnessException("plugin.path " + pluginPath + " is not a folder: build it with mvn -pl distribution -am package");
            }
            Path home = Dirs.create(dir.toAbsolutePath());
            int port = restPort == 0 ? Ports.free() : restPort;
            if (jmxPort == 0) {
                jmxPort = Ports.free();
            }
            Map<String, String> props = workerProperties(bootstrapServers, pluginPath.toAbsolutePath(), groupId, port);
            props.putAll(overrides);
            ConnectWorker worker = new ConnectWorker(this, home, port, Props.write(home.resolve("connect-distributed.properties"), props));
            worker.launch();
            return worker;
        }
    }

    static Map<String, String> workerProperties(String bootstrap, Path pluginPath, String groupId, int restPort) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", groupId);
        p.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        p.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        p.put("config.storage.topic", groupId + "-configs");
        p.put("offset.storage.topic", groupId + "-offsets");
        p.put("status.storage.topic", groupId + "-status");
        p.put("config.storage.replication.factor", "1");
        p.put("offset.storage.replication.factor", "1");
        p.put("status.storage.replication.factor", "1");
        p.put("offset.storage.partitions", "5");
        p.put("status.storage.partitions", "1");
        p.put("offset.flush.interval.ms", "5000");
        p.put("listeners", "http://127.0.0.1:" + restPort);
        p.put("rest.advertised.host.name", "127.0.0.1");
        p.put("rest.advertised.port", String.valueOf(restPort));
        p.put("plugin.path", pluginPath.toString());
        p.put("plugin.discovery", "service_load");
        p.put("connector.client.config.override.policy", "All");
        // a single worker that crashed and came back should get its tasks at once, not after the default 5 minutes
        p.put("scheduled.rebalance.max.delay.ms", "0");
        return p;
    }

    private void launch() {
        process = ChildProcess.start("connect-worker",
                KafkaRuntime.javaCommand(dir, heap, jmxPort > 0 ? KafkaRuntime.jmxOptions(jmxPort) : List.of(),
                        "org.apache.kafka.connect.cli.ConnectDistributed", config.toString()),
                new ChildProcess.Options(dir.resolve("worker.log"), Map.of(), detached));
        try {
            awaitReady();
        } catch (RuntimeException e) {
            process.stop(Duration.ofSeconds(10));
            throw e;
        }
    }

    private void awaitReady() {
        ConnectRestClient rest = rest();
        Wait.until(START_TIMEOUT, Duration.ofMillis(250), () -> {
            if (!process.isAlive()) {
                throw new HarnessException("the Connect worker exited:\n" + process.logTail(60));
            }
            return rest.isReady();
        }, () -> "Connect worker REST on 127.0.0.1:" + restPort + " not ready\n" + process.logTail(60));
    }

    public String url() {
        return "http://127.0.0.1:" + restPort;
    }

    public int restPort() {
        return restPort;
    }

    /** The remote JMX port on 127.0.0.1, or -1 when JMX is off. */
    public int jmxPort() {
        return jmxPort;
    }

    public ConnectRestClient rest() {
        return new ConnectRestClient(url());
    }

    public Path dir() {
        return dir;
    }

    public Path logFile() {
        return dir.resolve("worker.log");
    }

    public long pid() {
        return process.pid();
    }

    public ChildProcess process() {
        return process;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown code runs, uncommitted offsets are lost, as in a real crash. */
    public void kill9() {
        process.kill9();
    }

    /** Starts the worker again with the same configuration (after {@link #kill9()} or {@link #stop()}). */
    public void restart() {
        if (process.isAlive()) {
            throw new HarnessException("the worker (pid " + process.pid() + ") is still running; stop or kill it first");
        }
        launch();
    }

    /** Clean stop: the worker commits offsets and stops its tasks. */
    public void stop() {
        process.stop(Duration.ofSeconds(60));
    }

    @Override
    public void close() {
        stop();
        if (deleteOnClose) {
            Dirs.delete(dir);
        }
    }

    @Override
    public String toString() {
        return "Connect worker at " + url() + " (" + dir + ")";
    }
}
