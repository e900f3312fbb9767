package io.dmconnect.cli;

import io.dmconnect.harness.ChildProcess;
import io.dmconnect.harness.ConnectRestClient;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/dm-connect run <connector.properties>...}: validates every connector config through the Connect REST API
 * (nothing is created while any file has an error), creates or updates the connectors, then shows their progress until
 * Ctrl-C. It runs on the embedded Kafka + Connect worker, or on the cluster at {@code --connect-url}.
 */
final class RunCommand implements Command {

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "validate, create and watch connectors from property files (embedded worker or --connect-url)";
    }

    @Override
    public String usage() {
        return """
                usage: bin/dm-connect run <connector.properties>... [options]
                options:
                  --connect-url URL an existing Connect cluster's REST API instead of the embedded worker
                  --jmx HOST:PORT   that cluster's worker JMX, for metrics (without it: REST state only)
                """ + EmbeddedCluster.Settings.usage()
                + "exit code: 2 when a file or a configuration has errors (every one is printed, nothing is created)\n";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("connect-url", "jmx", "rest-port", "kafka-port", "data-dir", "plugin-path");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws InterruptedException {
        if (args.positional().isEmpty()) {
            throw new Args.UsageException("give at least one connector property file");
        }
        List<ConnectorFile> files;
        try {
            files = ConnectorFile.loadAll(args.positional().stream().map(Path::of).toList());
        } catch (ConnectorFile.BadFileException e) {
            err.println("dm-connect run: " + e.getMessage());
            return 2;
        }
        String url = args.get("connect-url", null);
        if (url == null) {
            return runEmbedded(EmbeddedCluster.Settings.from(args, 0), files, out, err);
        }
        return runExternal(url, args.get("jmx", null), files, out, err);
    }

    private static int runEmbedded(EmbeddedCluster.Settings settings, List<ConnectorFile> files, PrintStream out, PrintStream err)
            throws InterruptedException {
        EmbeddedCluster cluster = EmbeddedCluster.start(settings, out);
        cluster.printWhereEverythingIs(out);
        ConnectRestClient rest = cluster.worker().rest();
        if (!deploy(rest, files, out, err)) {
            cluster.close();
            return 2;
        }
        JmxMetrics jmx = jmx("127.0.0.1:" + cluster.worker().jmxPort(), err);
        LiveProgress live = new LiveProgress(rest, files, jmx,
                new ProgressView(cluster.worker().url(), cluster.worker().logFile().toString()), out, isTerminal());
        CountDownLatch stopped = onCtrlC(() -> {
            out.println("stopping the Connect worker and Kafka (the connectors resume from here next time) ...");
            cluster.close();
            out.println("stopped; data in " + settings.dataDir());
        });
        out.println("Press Ctrl-C to stop.");
        return showUntilStopped(live, stopped, cluster, err);
    }

    private static int runExternal(String url, String jmxAddress, List<ConnectorFile> files, PrintStream out, PrintStream err)
            throws InterruptedException {
        ConnectRestClient rest = new ConnectRestClient(url);
        if (!deploy(rest, files, out, err)) {
            return 2;
        }
        JmxMetrics jmx = jmxAddress == null ? null : jmx(jmxAddress, err);
        if (jmxAddress == null) {
            out.println("no --jmx HOST:PORT given: showing the connectors' REST state only (no snapshot or rate metrics)");
        }
        LiveProgress live = new LiveProgress(rest, files, jmx, new ProgressView(url, null), out, isTerminal());
        CountDownLatch stopped = onCtrlC(() -> leaveOrDelete(rest, files, out));
        out.println("Press Ctrl-C to stop watching.");
        return showUntilStopped(live, stopped, null, err);
    }

    /** Validates every file, then creates or updates every connector; false (after printing why) when any is invalid. */
    static boolean deploy(ConnectRestClient rest, List<ConnectorFile> files, PrintStream out, PrintStream err) {
        out.println("validating " + files.size() + (files.size() == 1 ? " connector" : " connectors") + " ...");
        Map<ConnectorFile, List<ConfigValidation.ConfigError>> problems = ConfigValidation.validate(rest, files);
        if (!problems.isEmpty()) {
            ConfigValidation.print(problems, err);
            return false;
        }
        List<String> existing = rest.connectors();
        for (ConnectorFile file : files) {
            rest.createOrUpdate(file.name(), file.config());
            out.println((existing.contains(file.name()) ? "updated " : "created ") + file.name() + " from " + file.file());
        }
        return true;
    }

    static JmxMetrics jmx(String hostPort, PrintStream err) {
        try {
            return JmxMetrics.connect(hostPort);
        } catch (IOException e) {
            err.println("cannot read JMX at " + hostPort + " (" + e.getMessage() + "): showing REST state only");
            return null;
        }
    }

    /** Ctrl-C and SIGTERM run the JVM's shutdown hooks; this one runs {@code action} and then counts down. */
    private static CountDownLatch onCtrlC(Runnable action) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                action.run();
            } finally {
                stopped.countDown();
            }
        }, "dm-connect-run-stop"));
        return stopped;
    }

    /** Until Ctrl-C; 1 when the embedded broker or worker died on its own. */
    private static int showUntilStopped(LiveProgress live, CountDownLatch stopped, EmbeddedCluster cluster, PrintStream err)
            throws InterruptedException {
        ChildProcess[] dead = new ChildProcess[1];
        live.showUntil(() -> stopped.getCount() == 0 || (cluster != null && (dead[0] = cluster.deadProcess()) != null));
        if (dead[0] != null) {
            err.println(dead[0].name() + " exited unexpectedly; the end of " + dead[0].logFile() + ":\n" + dead[0].logTail(40));
            return 1;
        }
        stopped.await(5, TimeUnit.MINUTES);
        return 0;
    }

    /** An external cluster keeps the connectors unless the user at the terminal says otherwise. */
    private static void leaveOrDelete(ConnectRestClient rest, List<ConnectorFile> files, PrintStream out) {
        Console console = System.console();
        if (console == null) {
            out.println("no terminal to ask: the connectors keep running on the cluster");
            return;
        }
        String answer = console.readLine("%nleave the connectors running? [Y/n] ");
        if (answer != null && answer.trim().equalsIgnoreCase("n")) {
            for (ConnectorFile file : files) {
                rest.deleteConnector(file.name());
                out.println("deleted " + file.name());
            }
        } else {
            out.println("the connectors keep running on the cluster");
        }
    }

    static boolean isTerminal() {
        return System.console() != null;
    }
}
