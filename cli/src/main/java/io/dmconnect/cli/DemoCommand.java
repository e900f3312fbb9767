package io.dmconnect.cli;

import io.dmconnect.harness.ConnectRestClient;
import io.dmconnect.harness.Dirs;
import io.dmconnect.harness.HarnessException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code bin/dm-connect demo}: a whole migration on this machine. Two upstream MariaDB shards with existing rows, one
 * downstream standing in for TiDB, the embedded Kafka + Connect worker, the shard-merge example configs from
 * {@code config/} (snapshot, then a live workload), and a checksum diff of upstream against downstream at the end.
 * Exit code 0 only when every table matched.
 */
final class DemoCommand implements Command {
    static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(180);
    static final List<String> CONFIGS = List.of("source-shard1.properties", "source-shard2.properties", "sink-shard-merge.properties");
    private static final String MARKER = ".dm-connect-demo";

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "a complete migration on this machine: two MariaDB shards merged into one table, checked row by row";
    }

    @Override
    public String usage() {
        return """
                options:
                  --keep            leave everything running at the end and print how to reach it (and how to stop it)
                  --data-dir DIR    the demo's databases, Kafka and worker (default ./dm-connect-demo; replaced on each run)
                ports (fixed, as the example configs in config/ name them): upstream shards 3307 and 3308, downstream 4000,
                Kafka 9092, Connect REST 8083
                """;
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("data-dir");
    }

    @Override
    public Set<String> flags() {
        return Set.of("keep");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        boolean keep = args.flag("keep");
        Path dataDir = Path.of(args.get("data-dir", "dm-connect-demo")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("dmconnect.home", ".")).toAbsolutePath();
        List<ConnectorFile> files = ConnectorFile.loadAll(CONFIGS.stream().map(c -> home.resolve("config").resolve(c)).toList());
        DemoServers.requireFreePorts(dataDir);
        freshDataDir(dataDir);
        long started = System.nanoTime();
        DemoServers servers = DemoServers.start(dataDir, keep, out);
        EmbeddedCluster cluster = null;
        try {
            cluster = EmbeddedCluster.start(new EmbeddedCluster.Settings(EmbeddedCluster.DEFAULT_REST_PORT,
                    EmbeddedCluster.DEFAULT_KAFKA_PORT, 0, dataDir, pluginPath(), keep), out);
            boolean matched = migrate(servers, cluster, files, out, err);
            out.printf("demo took %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
            if (keep) {
                printKept(servers, cluster, dataDir, out);
            }
            return matched ? 0 : 1;
        } finally {
            if (!keep) {
                out.println("stopping the worker, Kafka and the databases, removing " + dataDir + " ...");
                if (cluster != null) {
                    cluster.close();
                }
                servers.close();
                Dirs.delete(dataDir);
            }
        }
    }

    private static boolean migrate(DemoServers servers, EmbeddedCluster cluster, List<ConnectorFile> files, PrintStream out,
                                   PrintStream err) throws InterruptedException {
        ConnectRestClient rest = cluster.worker().rest();
        for (int shard = 1; shard <= 2; shard++) {
            DemoData.createShard(servers.shards().get(shard - 1), shard);
        }
        DemoData.createDownstream(servers.downstream());
        seed(servers, out); // existing rows: the sources' snapshot copies them, then streams what the workload does
        if (!RunCommand.deploy(rest, files, out, err)) {
            throw new HarnessException("the example configs in config/ do not validate (see above)");
        }
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> workload = startWorkload(servers, stop, out);
        LiveProgress live = new LiveProgress(rest, files, RunCommand.jmx("127.0.0.1:" + cluster.worker().jmxPort(), err),
                new ProgressView(cluster.worker().url(), cluster.worker().logFile().toString()), out, RunCommand.isTerminal());
        CatchUp catchUp = new CatchUp(servers, rest, files, workload);
        live.showUntil(catchUp::done);
        stop.set(true);
        for (Thread t : workload) {
            t.join();
        }
        live.show();
        return report(servers, catchUp, out);
    }

    private static void seed(DemoServers servers, PrintStream out) {
        out.println("writing " + DemoData.ROWS_PER_TABLE * DemoData.TABLES.size() + " orders into each shard ...");
        for (int shard = 1; shard <= 2; shard++) {
            DemoData.seed(servers.shards().get(shard - 1), shard);
        }
    }

    private static List<Thread> startWorkload(DemoServers servers, AtomicBoolean stop, PrintStream out) {
        out.println("live workload on both shards: new orders, updates, deletes and a primary-key change every round");
        List<Thread> threads = new ArrayList<>();
        for (int shard = 1; shard <= 2; shard++) {
            int s = shard;
            Thread t = new Thread(() -> {
                try {
                    DemoData.workload(servers.shards().get(s - 1), s, 25, Duration.ofMillis(400), stop);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "demo-workload-shard" + s);
            t.start();
            threads.add(t);
        }
        return threads;
    }

    /** Done when the workload ended and the downstream equals the upstream, a connector failed, or time ran out. */
    private static final class CatchUp {
        private final DemoServers servers;
        private final ConnectRestClient rest;
        private final List<ConnectorFile> files;
        private final List<Thread> workload;
        private final long deadline = System.nanoTime() + CATCH_UP_TIMEOUT.toNanos();
        private long nextCheck;
        private ChecksumDiff.Line last;
        private String failed;

        CatchUp(DemoServers servers, ConnectRestClient rest, List<ConnectorFile> files, List<Thread> workload) {
            this.servers = servers;
            this.rest = rest;
            this.files = files;
            this.workload = workload;
        }

        boolean done() {
            if (workload.stream().anyMatch(Thread::isAlive) || System.nanoTime() < nextCheck) {
                return false;
            }
            nextCheck = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            for (ConnectorFile f : files) {
                ConnectRestClient.ConnectorStatus s = rest.status(f.name());
                if (s.anyFailed()) {
                    failed = s.describe();
                    return true;
                }
            }
            last = DemoChecksums.merged(servers.shards(), servers.downstream());
            return last.matches() || System.nanoTime() > deadline;
        }
    }

    private static boolean report(DemoServers servers, CatchUp catchUp, PrintStream out) {
        ChecksumDiff.Line merged = DemoChecksums.merged(servers.shards(), servers.downstream());
        long blocked = DemoChecksums.blockedRowsDownstream(servers.downstream());
        out.println();
        out.println("upstream (shop_01 on shard 1 + shop_02 on shard 2, with extract columns) vs downstream:");
        out.print(ChecksumDiff.format(List.of(merged)));
        out.println("block list: rows of shop_0[12]." + DemoData.IGNORED_TABLE + " downstream: " + blocked
                + (blocked == 0 ? " (left behind, as configured)" : " (SHOULD BE 0)"));
        if (catchUp.failed != null) {
            out.println("a connector failed:\n" + catchUp.failed);
        }
        boolean ok = merged.matches() && blocked == 0 && catchUp.failed == null;
        out.println(ok ? "RESULT: every table matched" : "RESULT: the downstream differs from the upstream");
        return ok;
    }

    private static void printKept(DemoServers servers, EmbeddedCluster cluster, Path dataDir, PrintStream out) {
        List<Long> pids = new ArrayList<>(List.of(cluster.worker().pid(), cluster.broker().pid()));
        pids.addAll(servers.pids());
        Path stop = DemoServers.writeStopScript(dataDir, pids);
        out.println();
        out.println("everything keeps running (--keep):");
        servers.printHowToConnect(out);
        out.println("  Connect REST API  curl -s '" + cluster.worker().url() + "/connectors?expand=status'");
        out.println("  live progress     bin/dm-connect run " + String.join(" ", CONFIGS.stream().map(c -> "config/" + c).toList())
                + " --connect-url " + cluster.worker().url() + " --jmx 127.0.0.1:" + cluster.worker().jmxPort());
        out.println("  logs              " + cluster.worker().logFile() + ", " + cluster.broker().dir().resolve("broker.log"));
        out.println("  stop and remove   sh " + stop);
    }

    private static Path pluginPath() {
        return Path.of(System.getProperty("dmconnect.plugin.dir", "plugins")).toAbsolutePath().normalize();
    }

    /** The demo starts from nothing; a folder that is not an earlier demo's is never deleted. */
    private static void freshDataDir(Path dataDir) throws java.io.IOException {
        if (Files.isDirectory(dataDir)) {
            boolean empty;
            try (var entries = Files.list(dataDir)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(dataDir.resolve(MARKER))) {
                throw new HarnessException(dataDir + " exists and is not a dm-connect demo folder: pass --data-dir with "
                        + "a new or empty folder");
            }
            Dirs.delete(dataDir);
        }
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve(MARKER), "bin/dm-connect demo: deleted and re-created by every run\n");
    }
}
