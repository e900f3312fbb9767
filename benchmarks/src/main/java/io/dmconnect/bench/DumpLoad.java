package io.dmconnect.bench;

import io.dmconnect.harness.Binaries;
import io.dmconnect.harness.HarnessException;
import io.dmconnect.harness.MariaDbServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Leg (a): {@code mariadb-dump --single-transaction --quick --databases sbtest | mariadb} from the upstream into the
 * leg's empty downstream, as an operator would copy a database: the dump's defaults (extended inserts, DISABLE KEYS,
 * table locks on the load side) are kept. The password travels in {@code MYSQL_PWD}, not on the command line.
 */
final class DumpLoad {
    private DumpLoad() {
    }

    /** The two commands of the pipe. */
    static List<List<String>> commands(Path dump, Path client, Endpoint upstream, Endpoint downstream) {
        List<String> dumpCommand = new ArrayList<>(connection(dump, upstream));
        dumpCommand.addAll(List.of("--single-transaction", "--quick", "--databases", SbTable.SCHEMA));
        return List.of(dumpCommand, connection(client, downstream));
    }

    private static List<String> connection(Path program, Endpoint endpoint) {
        return List.of(program.toString(), "--no-defaults", "--protocol=TCP", "--host=" + endpoint.host(),
                "--port=" + endpoint.port(), "--user=" + endpoint.account().user());
    }

    /**
     * Runs the pipe and waits for both ends; both use the admin account, whose password is the same on every server
     * of the harness.
     *
     * @throws HarnessException when either end fails or the pipe outlives {@code timeoutSeconds}
     */
    static void run(MariaDbServer upstream, MariaDbServer downstream, Path logDir, long timeoutSeconds) {
        Endpoint from = new Endpoint(upstream.host(), upstream.port(), upstream.admin());
        Endpoint to = new Endpoint(downstream.host(), downstream.port(), downstream.admin());
        List<List<String>> commands = commands(Binaries.require("mariadb-dump"), Binaries.require("mariadb"), from, to);
        Path dumpLog = logDir.resolve("mariadb-dump.err");
        Path loadLog = logDir.resolve("mariadb-load.out");
        ProcessBuilder dump = new ProcessBuilder(commands.get(0)).redirectError(dumpLog.toFile());
        ProcessBuilder load = new ProcessBuilder(commands.get(1)).redirectErrorStream(true)
                .redirectOutput(loadLog.toFile());
        for (ProcessBuilder b : List.of(dump, load)) {
            b.environment().put("MYSQL_PWD", upstream.admin().password());
        }
        try {
            List<Process> pipe = ProcessBuilder.startPipeline(List.of(dump, load));
            for (Process p : pipe) {
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    pipe.forEach(Process::destroyForcibly);
                    throw new HarnessException("mariadb-dump | mariadb did not finish in " + timeoutSeconds + " s");
                }
            }
            check(pipe.get(0), "mariadb-dump", dumpLog);
            check(pipe.get(1), "mariadb", loadLog);
        } catch (IOException e) {
            throw new HarnessException("cannot run mariadb-dump | mariadb: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted during mariadb-dump | mariadb", e);
        }
    }

    private static void check(Process p, String name, Path log) {
        if (p.exitValue() != 0) {
            throw new HarnessException(name + " exited with " + p.exitValue() + ": " + lastLines(log, 10));
        }
    }

    private static String lastLines(Path log, int count) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" / ", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
