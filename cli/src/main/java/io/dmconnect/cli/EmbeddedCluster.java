package io.dmconnect.cli;

import io.dmconnect.harness.ChildProcess;
import io.dmconnect.harness.ConnectWorker;
import io.dmconnect.harness.HarnessException;
import io.dmconnect.harness.KafkaBroker;
import io.dmconnect.harness.Ports;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The embedded single-node Kafka (KRaft) and Connect distributed worker that {@code worker}, {@code run} and
 * {@code demo} start. Data lives in one folder and survives restarts: connectors, offsets and topics are still
 * there next time; deleting the folder starts from scratch.
 */
final class EmbeddedCluster implements AutoCloseable {
    static final int DEFAULT_REST_PORT = 8083;
    static final int DEFAULT_KAFKA_PORT = 9092;

    /** Where and how to start; {@code jmxPort} 0 picks a free port, -1 leaves JMX off. */
    record Settings(int restPort, int kafkaPort, int jmxPort, Path dataDir, Path pluginPath, boolean detached) {
        /** The options {@code worker} and {@code run} share; defaults as {@link #usage()} says. */
        static Settings from(Args args, int jmxPort) {
            return new Settings(args.port("rest-port", DEFAULT_REST_PORT), args.port("kafka-port", DEFAULT_KAFKA_PORT),
                    jmxPort, Path.of(args.get("data-dir", "dm-connect-data")).toAbsolutePath().normalize(),
                    Path.of(args.get("plugin-path", System.getProperty("dmconnect.plugin.dir", "plugins")))
                            .toAbsolutePath().normalize(), false);
        }

        Settings detached(boolean detached) {
            return new Settings(restPort, kafkaPort, jmxPort, dataDir, pluginPath, detached);
        }

        static String usage() {
            return """
                      --rest-port N     Connect REST API port on 127.0.0.1 (default 8083)
                      --kafka-port N    Kafka listener port on 127.0.0.1 (default 9092)
                      --data-dir DIR    broker and worker data; delete it to start from scratch (default ./dm-connect-data)
                      --plugin-path DIR Connect plugin.path (default: the plugin folder this checkout builds)
                    """;
        }
    }

    private final Settings settings;
    private final KafkaBroker broker;
    private final ConnectWorker worker;

    private EmbeddedCluster(Settings settings, KafkaBroker broker, ConnectWorker worker) {
        this.settings = settings;
        this.broker = broker;
        this.worker = worker;
    }

    /** Refuses busy ports before anything starts, so a second launcher never half-starts next to the first. */
    static EmbeddedCluster start(Settings s, PrintStream out) {
        requireFree(s.restPort(), "rest-port");
        requireFree(s.kafkaPort(), "kafka-port");
        out.println("starting Kafka on 127.0.0.1:" + s.kafkaPort() + " ...");
        KafkaBroker broker = KafkaBroker.builder(s.dataDir().resolve("kafka")).port(s.kafkaPort())
                .deleteOnClose(false).detached(s.detached()).start();
        out.println("starting the Connect worker on 127.0.0.1:" + s.restPort() + " ...");
        try {
            ConnectWorker worker = ConnectWorker.builder(broker.bootstrapServers(), s.pluginPath(), s.dataDir().resolve("connect"))
                    .restPort(s.restPort()).jmxPort(s.jmxPort()).deleteOnClose(false).detached(s.detached()).start();
            return new EmbeddedCluster(s, broker, worker);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    static void requireFree(int port, String option) {
        if (Ports.isListening(port)) {
            throw new HarnessException("127.0.0.1:" + port + " is already in use (another worker?): stop it or pass --"
                    + option + " with a free port");
        }
    }

    KafkaBroker broker() {
        return broker;
    }

    ConnectWorker worker() {
        return worker;
    }

    Settings settings() {
        return settings;
    }

    /** The broker's or the worker's process when it died on its own, else null. */
    ChildProcess deadProcess() {
        return !worker.isAlive() ? worker.process() : !broker.process().isAlive() ? broker.process() : null;
    }

    void printWhereEverythingIs(PrintStream out) {
        out.println("  Connect REST API  " + worker.url() + "   (try: curl -s " + worker.url() + "/connector-plugins)");
        out.println("  Kafka bootstrap   " + broker.bootstrapServers());
        if (worker.jmxPort() > 0) {
            out.println("  worker JMX        127.0.0.1:" + worker.jmxPort());
        }
        out.println("  plugin.path       " + settings.pluginPath());
        worker.rest().get("/connector-plugins").forEach(p -> {
            if (p.path("class").asText().startsWith("io.dmconnect.")) {
                out.println("  plugin            " + p.path("class").asText() + " " + p.path("version").asText());
            }
        });
        out.println("  data              " + settings.dataDir() + "   (delete it to start from scratch)");
        out.println("  logs              " + broker.dir().resolve("broker.log") + ", " + worker.logFile());
    }

    /** The worker first (it commits offsets and stops its tasks), then the broker it needs; the data stays. */
    @Override
    public void close() {
        worker.close();
        broker.close();
    }
}
