package io.dmconnect.source.mysql.precheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * DM's source precheck (dm-semantics §2.17, the items a binlog-reading source needs), as a pure function over
 * {@link ServerFacts}. Each check is a row of {@link #CHECKS}: its DM item name and a function that returns the
 * failure, or null. Items listed in {@code precheck.ignore.items} are not run.
 */
public final class Precheck {
    static final String HOST = "database.hostname";
    static final String USER = "database.user";
    static final String SERVER_ID = "database.server.id";

    /** What the checks read besides the server: our replica server id and whether a GTID start was asked for. */
    public record Request(long ourServerId, boolean gtidRequested) {
    }

    private record Check(String item, BiFunction<ServerFacts, Request, CheckResult> run) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check("binlog_enable", (f, r) -> on(f.variable("log_bin")) ? null : fail("binlog_enable", HOST,
                    "the binlog is off (log_bin=OFF): start the server with --log-bin (and --server-id) and restart it")),
            new Check("binlog_format", (f, r) -> f.variable("binlog_format").equalsIgnoreCase("ROW") ? null
                    : fail("binlog_format", HOST, "binlog_format is " + f.variable("binlog_format")
                    + ": run SET GLOBAL binlog_format=ROW and set binlog_format=ROW in the server's configuration")),
            new Check("binlog_row_image", (f, r) -> f.variable("binlog_row_image").isEmpty()
                    || f.variable("binlog_row_image").equalsIgnoreCase("FULL") ? null
                    : fail("binlog_row_image", HOST, "binlog_row_image is " + f.variable("binlog_row_image")
                    + ": run SET GLOBAL binlog_row_image=FULL and set it in the server's configuration")),
            new Check("server_id", (f, r) -> !f.variable("server_id").isEmpty() && !f.variable("server_id").equals("0") ? null
                    : fail("server_id", HOST, "the server has no server_id: set server_id to a unique non-zero value and restart it")),
            new Check("server_id_unique", Precheck::uniqueServerId),
            new Check("log_bin_compress", (f, r) -> !on(f.variable("log_bin_compress")) ? null
                    : fail("log_bin_compress", HOST, "log_bin_compress=ON writes compressed events the binlog client "
                    + "cannot read: run SET GLOBAL log_bin_compress=OFF")),
            new Check("replication_privilege", (f, r) -> f.has("REPLICATION SLAVE") && replicationClient(f) ? null
                    : fail("replication_privilege", USER, "the account lacks REPLICATION SLAVE and/or REPLICATION CLIENT: "
                    + "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO <user>")),
            new Check("dump_privilege", (f, r) -> f.has("SELECT") ? null
                    : fail("dump_privilege", USER, "the account lacks SELECT: GRANT SELECT, RELOAD, LOCK TABLES ON *.* TO <user>")),
            new Check("gtid_mode", (f, r) -> !r.gtidRequested() || f.mariaDb() || on(f.variable("gtid_mode")) ? null
                    : fail("gtid_mode", "binlog.start.gtid", "binlog.start.gtid is set but gtid_mode is "
                    + f.variable("gtid_mode") + ": enable GTIDs (gtid_mode=ON, enforce_gtid_consistency=ON) or start by file/position")));

    private Precheck() {
    }

    /** DM's item names, for docs and for validating {@code precheck.ignore.items}. */
    public static List<String> items() {
        return CHECKS.stream().map(Check::item).toList();
    }

    public static List<CheckResult> run(ServerFacts facts, Request request, Set<String> ignored) {
        List<CheckResult> failures = new ArrayList<>();
        for (Check check : CHECKS) {
            if (!ignored.contains(check.item())) {
                CheckResult result = check.run().apply(facts, request);
                if (result != null) {
                    failures.add(result);
                }
            }
        }
        return failures;
    }

    private static CheckResult uniqueServerId(ServerFacts f, Request r) {
        String own = f.variable("server_id");
        if (own.equals(String.valueOf(r.ourServerId()))) {
            return fail("server_id_unique", SERVER_ID, "database.server.id " + r.ourServerId()
                    + " is the upstream server's own server_id: pick another value");
        }
        if (f.replicaServerIds().contains(r.ourServerId())) {
            return fail("server_id_unique", SERVER_ID, "database.server.id " + r.ourServerId()
                    + " is already used by a replica of this server: pick a value no replica uses");
        }
        return null;
    }

    /** MariaDB 10.5+ renamed REPLICATION CLIENT to BINLOG MONITOR (the old name is an alias). */
    private static boolean replicationClient(ServerFacts f) {
        return f.has("REPLICATION CLIENT") || f.has("BINLOG MONITOR");
    }

    private static boolean on(String value) {
        String v = value.toUpperCase(Locale.ROOT);
        return v.equals("ON") || v.equals("1") || v.equals("TRUE");
    }

    private static CheckResult fail(String item, String key, String message) {
        return new CheckResult(item, key, message + " (precheck item " + item + ")");
    }
}
