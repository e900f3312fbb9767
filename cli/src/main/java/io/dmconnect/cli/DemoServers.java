package io.dmconnect.cli;

import io.dmconnect.harness.HarnessException;
import io.dmconnect.harness.MariaDbServer;
import io.dmconnect.harness.Ports;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo's three MariaDB servers on the fixed ports the example configs name, with private datadirs. */
final class DemoServers implements AutoCloseable {
    static final int SHARD1_PORT = 3307;
    static final int SHARD2_PORT = 3308;
    static final int DOWNSTREAM_PORT = 4000;

    private final List<MariaDbServer> shards;
    private final MariaDbServer downstream;

    private DemoServers(List<MariaDbServer> shards, MariaDbServer downstream) {
        this.shards = shards;
        this.downstream = downstream;
    }

    /** Every port the demo needs and what it is for, in the order they are checked. */
    static Map<Integer, String> ports() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(SHARD1_PORT, "upstream shard 1 (MariaDB)");
        ports.put(SHARD2_PORT, "upstream shard 2 (MariaDB)");
        ports.put(DOWNSTREAM_PORT, "downstream TiDB stand-in (MariaDB)");
        ports.put(EmbeddedCluster.DEFAULT_KAFKA_PORT, "Kafka");
        ports.put(EmbeddedCluster.DEFAULT_REST_PORT, "Connect REST API");
        return ports;
    }

    /** Every busy port at once, each with what the demo wanted it for and how to free it. */
    static void requireFreePorts(Path dataDir) {
        List<String> busy = new ArrayList<>();
        ports().forEach((port, what) -> {
            if (Ports.isListening(port)) {
                busy.add("127.0.0.1:" + port + " (" + what + ") is already in use");
            }
        });
        if (!busy.isEmpty()) {
            throw new HarnessException(String.join("\n", busy) + "\nstop what listens there (a demo left running with --keep "
                    + "stops with: sh " + dataDir.resolve("stop.sh") + "; a bin/dm-connect worker with Ctrl-C) and run the demo again");
        }
    }

    /** {@code keep}: the servers outlive this JVM and keep their folders. */
    static DemoServers start(Path dataDir, boolean keep, PrintStream out) {
        Path base = dataDir.resolve("mariadb");
        List<MariaDbServer> shards = new ArrayList<>();
        MariaDbServer downstream = null;
        try {
            for (int shard = 1; shard <= 2; shard++) {
                int port = shard == 1 ? SHARD1_PORT : SHARD2_PORT;
                out.println("starting upstream shard " + shard + " (MariaDB) on 127.0.0.1:" + port + " ...");
                shards.add(MariaDbServer.builder("shard" + shard).baseDir(base).port(port).serverId(shard).gtidDomainId(shard)
                        .keepData(keep).detached(keep).start());
            }
            out.println("starting the downstream (MariaDB standing in for TiDB) on 127.0.0.1:" + DOWNSTREAM_PORT + " ...");
            downstream = MariaDbServer.builder("downstream").baseDir(base).port(DOWNSTREAM_PORT).serverId(100).binlog(false)
                    .keepData(keep).detached(keep).start();
            return new DemoServers(shards, downstream);
        } catch (RuntimeException e) {
            shards.forEach(MariaDbServer::close);
            throw e;
        }
    }

    List<MariaDbServer> shards() {
        return shards;
    }

    MariaDbServer downstream() {
        return downstream;
    }

    /** How to reach each database with the mariadb client (the admin account can do anything). */
    void printHowToConnect(PrintStream out) {
        String login = " -u " + MariaDbServer.ADMIN.user() + " -p" + MariaDbServer.ADMIN.password();
        out.println("  upstream shard 1  mariadb -h 127.0.0.1 -P " + SHARD1_PORT + login + " shop_01");
        out.println("  upstream shard 2  mariadb -h 127.0.0.1 -P " + SHARD2_PORT + login + " shop_02");
        out.println("  downstream        mariadb -h 127.0.0.1 -P " + DOWNSTREAM_PORT + login + " shop");
    }

    /** A script that stops what --keep left running (the worker first, the databases last) and removes the folder. */
    static Path writeStopScript(Path dataDir, List<Long> pidsInStopOrder) {
        StringBuilder sh = new StringBuilder("#!/bin/sh\n# stops what bin/dm-connect demo --keep left running, then removes "
                + dataDir + "\n");
        for (long pid : pidsInStopOrder) {
            sh.append("kill ").append(pid).append(" 2>/dev/null; while kill -0 ").append(pid)
                    .append(" 2>/dev/null; do sleep 0.5; done\n");
        }
        sh.append("rm -rf '").append(dataDir).append("'\necho 'dm-connect demo stopped and removed'\n");
        Path script = dataDir.resolve("stop.sh");
        try {
            Files.writeString(script, sh);
            script.toFile().setExecutable(true);
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + script, e);
        }
    }

    List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        shards.forEach(s -> pids.add(s.pid()));
        pids.add(downstream.pid());
        return pids;
    }

    @Override
    public void close() {
        if (downstream != null) {
            downstream.close();
        }
        shards.forEach(MariaDbServer::close);
    }
}
