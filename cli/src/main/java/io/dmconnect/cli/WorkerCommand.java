package io.dmconnect.cli;

import io.dmconnect.harness.ChildProcess;
import io.dmconnect.harness.ConnectWorker;
import io.dmconnect.harness.HarnessException;
import io.dmconnect.harness.KafkaBroker;
import io.dmconnect.harness.Ports;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/dm-connect worker}: an embedded single-node Kafka (KRaft) and a Connect distributed worker with the
 * dm-connect plugin loaded, until Ctrl-C. Data lives in one folder and survives restarts: connectors, offsets and
 * topics are still there next time; deleting the folder starts from scratch.
 */
final class WorkerCommand implements Command {
    static final int DEFAULT_REST_PORT = 8083;
    static final int DEFAULT_KAFKA_PORT = 9092;

    @Override
    public String name() {
        return "worker";
    }

    @Override
    public String summary() {
        return "start an embedded Kafka broker and a Connect worker with the dm-connect plugins";
    }

    @Override
    public String usage() {
        return """
                options:
                  --rest-port N     Connect REST API port on 127.0.0.1 (default 8083)
                  --kafka-port N    Kafka listener port on 127.0.0.1 (default 9092)
                  --data-dir DIR    broker and worker data; delete it to start from scratch (default ./dm-connect-data)
                  --plugin-path DIR Connect plugin.path (default: the plugin folder this checkout builds)
                """;
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("rest-port", "kafka-port", "data-dir", "plugin-path");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws InterruptedException {
        int restPort = args.port("rest-port", DEFAULT_REST_PORT);
        int kafkaPort = args.port("kafka-port", DEFAULT_KAFKA_PORT);
        Path dataDir = Path.of(args.get("data-dir", "dm-connect-data")).toAbsolutePath().normalize();
        Path pluginPath = Path.of(args.get("plugin-path", System.getProperty("dmconnect.plugin.dir", "plugins")))
                .toAbsolutePath().normalize();
        requireFree(restPort, "rest-port");
        requireFree(kafkaPort, "kafka-port");

        out.println("starting Kafka on 127.0.0.1:" + kafkaPort + " ...");
        KafkaBroker broker = KafkaBroker.builder(dataDir.resolve("kafka")).port(kafkaPort).deleteOnClose(false).start();
        out.println("starting the Connect worker on 127.0.0.1:" + restPort + " ...");
        ConnectWorker worker = ConnectWorker.builder(broker.bootstrapServers(), pluginPath, dataDir.resolve("connect"))
                .restPort(restPort).deleteOnClose(false).start();
        printWhereEverythingIs(out, broker, worker, pluginPath, dataDir);
        return awaitShutdown(out, err, broker, worker);
    }

    private static void requireFree(int port, String option) {
        if (Ports.isListening(port)) {
            throw new HarnessException("127.0.0.1:" + port + " is already in use (another worker?): stop it or pass --"
                    + option + " with a free port");
        }
    }

    private static void printWhereEverythingIs(PrintStream out, KafkaBroker broker, ConnectWorker worker, Path pluginPath, Path dataDir) {
        out.println();
        out.println("dm-connect worker is up");
        out.println("  Connect REST API  " + worker.url() + "   (try: curl -s " + worker.url() + "/connector-plugins)");
        out.println("  Kafka bootstrap   " + broker.bootstrapServers());
        out.println("  plugin.path       " + pluginPath);
        worker.rest().get("/connector-plugins").forEach(p -> {
            if (p.path("class").asText().startsWith("io.dmconnect.")) {
                out.println("  plugin            " + p.path("class").asText() + " " + p.path("version").asText());
            }
        });
        out.println("  data              " + dataDir + "   (delete it to start from scratch)");
        out.println("  logs              " + broker.dir().resolve("broker.log") + ", " + worker.logFile());
        out.println("Press Ctrl-C to stop.");
    }

    /**
     * Ctrl-C (SIGINT) and SIGTERM run the JVM's shutdown hooks: the worker stops first, then the broker. A server
     * that dies on its own ends the command with its log tail and exit code 1.
     */
    private static int awaitShutdown(PrintStream out, PrintStream err, KafkaBroker broker, ConnectWorker worker)
            throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("stopping the Connect worker and Kafka ...");
            worker.close();
            broker.close();
            out.println("stopped");
            stopped.countDown();
        }, "dm-connect-worker-stop"));
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            ChildProcess dead = !worker.isAlive() ? worker.process() : !broker.process().isAlive() ? broker.process() : null;
            if (dead != null) {
                err.println(dead.name() + " exited unexpectedly; the end of " + dead.logFile() + ":\n" + dead.logTail(40));
                return 1;
            }
        }
        return 0;
    }
}
