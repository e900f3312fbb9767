package io.dmconnect.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft Kafka broker (combined broker + controller) in its own JVM, on 127.0.0.1.
 *
 * <p>A data folder that already holds a formatted log is reused as is (the launcher's data survives restarts);
 * an empty one is formatted with a new cluster id.
 */
public final class KafkaBroker implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path dir;
    private final int port;
    private final boolean deleteOnClose;
    private final ChildProcess process;

    private KafkaBroker(Path dir, int port, boolean deleteOnClose, ChildProcess process) {
        this.dir = dir;
        this.port = port;
        this.deleteOnClose = deleteOnClose;
        this.process = process;
    }

    public static Builder builder(Path dir) {
        return new Builder(dir);
    }

    /** Options for {@link #start()}. */
    public static final class Builder {
        private final Path dir;
        private int port = 0;
        private int controllerPort = 0;
        private boolean deleteOnClose = true;
        private boolean detached = false;
        private String heap = "1g";

        private Builder(Path dir) {
            this.dir = dir;
        }

        /** 0 (the default) picks a random free port. */
        public Builder port(int port) { this.port = port; return this; }
        public Builder controllerPort(int port) { this.controllerPort = port; return this; }
        public Builder deleteOnClose(boolean delete) { this.deleteOnClose = delete; return this; }
        public Builder detached(boolean detached) { this.detached = detached; return this; }
        public Builder heap(String heap) { this.heap = heap; return this; }

        public KafkaBroker start() {
            return KafkaBroker.start(this);
        }
    }

    private static KafkaBroker start(Builder b) {
        Path dir = Dirs.create(b.dir.toAbsolutePath());
        int port = b.port == 0 ? Ports.free() : b.port;
        int controllerPort = b.controllerPort == 0 ? Ports.free() : b.controllerPort;
        Path config = Props.write(dir.resolve("server.properties"), serverProperties(dir, port, controllerPort));
        if (!Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
            format(dir, config);
        }
        ChildProcess process = ChildProcess.start("kafka-broker",
                KafkaRuntime.javaCommand(dir, b.heap, "kafka.Kafka", config.toString()),
                new ChildProcess.Options(dir.resolve("broker.log"), Map.of(), b.detached));
        KafkaBroker broker = new KafkaBroker(dir, port, b.deleteOnClose, process);
        try {
            broker.awaitReady();
            return broker;
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    static Map<String, String> serverProperties(Path dir, int port, int controllerPort) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.put("log.dirs", dir.resolve("logs").toString());
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    private static void format(Path dir, Path config) {
        List<String> cmd = KafkaRuntime.javaCommand(dir, "256m", "kafka.tools.StorageTool",
                "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString());
        Path log = dir.resolve("format.log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new HarnessException("formatting the Kafka log folder failed:\n" + Logs.tail(log, 30));
            }
        } catch (java.io.IOException e) {
            throw new HarnessException("cannot run Kafka's StorageTool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted while formatting Kafka's log folder", e);
        }
    }

    private void awaitReady() {
        Wait.until(START_TIMEOUT, Duration.ofMillis(200), () -> {
            if (!process.isAlive()) {
                throw new HarnessException("the Kafka broker exited:\n" + process.logTail(40));
            }
            return Ports.isListening(port) && clusterAnswers();
        }, () -> "Kafka broker on 127.0.0.1:" + port + " not ready\n" + process.logTail(40));
    }

    private boolean clusterAnswers() {
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    public String bootstrapServers() {
        return Ports.LOOPBACK + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path dir() {
        return dir;
    }

    public long pid() {
        return process.pid();
    }

    public ChildProcess process() {
        return process;
    }

    /** An admin client for this broker; the caller closes it. */
    public Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        return Admin.create(props);
    }

    public void createTopic(String name, int partitions) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new HarnessException("cannot create topic " + name + ": " + e.getMessage(), e);
        }
    }

    /** Stops the broker cleanly (SIGTERM runs Kafka's controlled shutdown) and removes its data unless kept. */
    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
        if (deleteOnClose) {
            Dirs.delete(dir);
        }
    }

    @Override
    public String toString() {
        return "Kafka broker at " + bootstrapServers() + " (" + dir + ")";
    }
}
