package io.dmconnect.cli;

import io.dmconnect.harness.ChildProcess;
import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/dm-connect worker}: an embedded single-node Kafka (KRaft) and a Connect distributed worker with the
 * dm-connect plugin loaded, until Ctrl-C. Data lives in one folder and survives restarts (see {@link EmbeddedCluster}).
 */
final class WorkerCommand implements Command {

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
        return "options:\n" + EmbeddedCluster.Settings.usage();
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("rest-port", "kafka-port", "data-dir", "plugin-path");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws InterruptedException {
        EmbeddedCluster cluster = EmbeddedCluster.start(EmbeddedCluster.Settings.from(args, -1), out);
        out.println();
        out.println("dm-connect worker is up");
        cluster.printWhereEverythingIs(out);
        out.println("Press Ctrl-C to stop.");
        return awaitShutdown(out, err, cluster);
    }

    /**
     * Ctrl-C (SIGINT) and SIGTERM run the JVM's shutdown hooks: the worker stops first, then the broker. A server
     * that dies on its own ends the command with its log tail and exit code 1.
     */
    static int awaitShutdown(PrintStream out, PrintStream err, EmbeddedCluster cluster) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("stopping the Connect worker and Kafka ...");
            cluster.close();
            out.println("stopped");
            stopped.countDown();
        }, "dm-connect-worker-stop"));
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            ChildProcess dead = cluster.deadProcess();
            if (dead != null) {
                err.println(dead.name() + " exited unexpectedly; the end of " + dead.logFile() + ":\n" + dead.logTail(40));
                return 1;
            }
        }
        return 0;
    }
}
