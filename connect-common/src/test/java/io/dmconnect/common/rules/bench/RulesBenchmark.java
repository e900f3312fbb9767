package io.dmconnect.common.rules.bench;

import io.dmconnect.common.TableId;
import io.dmconnect.common.rules.ba.BaDecision;
import io.dmconnect.common.rules.ba.BlockAllowList;
import io.dmconnect.common.rules.ba.BlockAllowListConfig;
import io.dmconnect.common.rules.route.RouteResult;
import io.dmconnect.common.rules.route.TableRouter;
import io.dmconnect.common.rules.route.TableRouterConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Throughput of block-allow decisions and routing on one thread, over 10 000 distinct tables with a realistic
 * configuration (20 block-allow entries, 10 routes with extract columns). Not a test: run it with
 * {@code mvn -B -q -o -pl connect-common test-compile exec:java
 * -Dexec.mainClass=io.dmconnect.common.rules.bench.RulesBenchmark}. The goal is 1M decisions/s each.
 */
public final class RulesBenchmark {
    private static final long GOAL = 1_000_000;
    private static final int ROUNDS = 5;
    private static final long ROUND_NANOS = 1_000_000_000L;
    private static final String[] FAMILIES = {"shop", "crm", "log", "hr", "tmp"};
    private static final String[] TABLES = {"orders", "users", "events", "audit"};

    /** Defeats dead-code elimination: every result feeds it. */
    private static int sink;

    private RulesBenchmark() {
    }

    public static void main(String[] args) {
        List<TableId> ids = tableIds();
        Map<String, String> props = config();
        BlockAllowList ba = BlockAllowListConfig.parse(props, false);
        TableRouter router = TableRouterConfig.parse(props, false);
        String[] sources = {"mysql-01", "mysql-02"};

        System.out.printf(Locale.ROOT, "RulesBenchmark: %d distinct tables, 20 block-allow entries, %d routes "
                + "(extract columns on %d), 1 thread, Java %s%n", ids.size(), router.rules().size(),
                router.rules().stream().filter(r -> !r.extractColumns().isEmpty()).count(),
                System.getProperty("java.version"));
        printShape(ids, ba, router, sources);

        double baCached = measure(ids, id -> decide(ba, id));
        double routeCached = measure(ids, id -> route(router, id, sources));
        double baCold = cold(ids, props, true, sources);
        double routeCold = cold(ids, props, false, sources);

        report("block-allow decide, cached", baCached);
        report("route, cached", routeCached);
        report("block-allow decide, first sight (uncached)", baCold);
        report("route, first sight (uncached)", routeCold);
        boolean met = baCached >= GOAL && routeCached >= GOAL;
        System.out.printf(Locale.ROOT, "goal %,d decisions/s on the cached path: %s (sink %d)%n", GOAL,
                met ? "met" : "NOT met", sink);
    }

    private static int decide(BlockAllowList ba, TableId id) {
        BaDecision d = ba.decide(id);
        return d.captured() ? 1 : d.reason().length();
    }

    private static int route(TableRouter router, TableId id, String[] sources) {
        RouteResult r = router.route(id, sources[id.table().length() & 1]);
        return r.target().table().length() + r.extractColumns().size();
    }

    /** Median decisions per second over {@link #ROUNDS} rounds, after as many rounds of warm-up. */
    private static double measure(List<TableId> ids, ToIntFunction<TableId> op) {
        double[] rates = new double[ROUNDS];
        for (int round = -ROUNDS; round < ROUNDS; round++) {
            long start = System.nanoTime();
            long decisions = 0;
            int acc = 0;
            while (System.nanoTime() - start < ROUND_NANOS) {
                for (TableId id : ids) {
                    acc += op.applyAsInt(id);
                }
                decisions += ids.size();
            }
            long elapsed = System.nanoTime() - start;
            sink += acc;
            if (round >= 0) {
                rates[round] = decisions * 1e9 / elapsed;
            }
        }
        Arrays.sort(rates);
        return rates[ROUNDS / 2];
    }

    /** Decisions per second when every table is new: a fresh list or router per pass, so each call evaluates. */
    private static double cold(List<TableId> ids, Map<String, String> props, boolean ba, String[] sources) {
        double[] rates = new double[ROUNDS];
        for (int round = -ROUNDS; round < ROUNDS; round++) {
            BlockAllowList list = BlockAllowListConfig.parse(props, false);
            TableRouter router = TableRouterConfig.parse(props, false);
            long start = System.nanoTime();
            int acc = 0;
            for (TableId id : ids) {
                acc += ba ? decide(list, id) : route(router, id, sources);
            }
            long elapsed = System.nanoTime() - start;
            sink += acc;
            if (round >= 0) {
                rates[round] = ids.size() * 1e9 / elapsed;
            }
        }
        Arrays.sort(rates);
        return rates[ROUNDS / 2];
    }

    private static void report(String what, double rate) {
        System.out.printf(Locale.ROOT, "%-45s %,14.0f decisions/s%n", what, rate);
    }

    private static void printShape(List<TableId> ids, BlockAllowList ba, TableRouter router, String[] sources) {
        long captured = ids.stream().filter(id -> ba.decide(id).captured()).count();
        long routed = ids.stream().filter(id -> router.route(id, sources[0]).routed()).count();
        System.out.printf(Locale.ROOT, "captured %d of %d tables; %d routed by a rule%n", captured, ids.size(), routed);
    }

    /** 5 schema families x 20 schemas x 4 table families x 25 tables = 10 000 tables. */
    private static List<TableId> tableIds() {
        List<TableId> ids = new ArrayList<>();
        for (String family : FAMILIES) {
            for (int s = 0; s < 20; s++) {
                for (String table : TABLES) {
                    for (int t = 0; t < 25; t++) {
                        ids.add(new TableId(String.format(Locale.ROOT, "%s_%02d", family, s),
                                String.format(Locale.ROOT, "%s_%02d", table, t)));
                    }
                }
            }
        }
        return ids;
    }

    private static Map<String, String> config() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("block.allow.ignore.dbs", "tmp_1*, ~^test, bak_*, `~^old_\\d+$`");
        p.put("block.allow.do.tables", "shop_*.orders_*, shop_*.users_*, crm_*.*, log_*.`~^events_\\d+$`, "
                + "hr_??.users_*, `~^tmp_`.*, `~^app_\\d+$`.*, `my.db`.orders");
        p.put("block.allow.ignore.tables", "shop_*.orders_2?, crm_*.audit_*, log_1?.*, hr_*.users_9?, "
                + "tmp_*.audit_*, shop_0?.users_1[0-4], `~.*`.`~_bak$`, crm_0[!0-4].events_*");
        p.put("routes", "shop-orders, shop-users, shop, crm-merged, crm, log-events, log, hr-users, hr, tmp");
        table(p, "shop-orders", "shop_*", "orders_*", "shop", "orders", "orders_(\\d+)", "shop_(\\d+)", "(.*)");
        table(p, "shop-users", "shop_*", "users_*", "shop", "users", "users_(\\d+)", "shop_(\\d+)", "(.*)");
        table(p, "crm-merged", "crm_*", "~^(users|orders)_\\d+$", "crm", "merged", "^(\\w+)_(\\d+)$", "crm_(\\d+)", null);
        table(p, "log-events", "log_*", "events_*", "logs", "events", "events_(\\d+)", "log_(\\d+)", "mysql-(\\d+)");
        table(p, "hr-users", "hr_??", "users_0?", "hr", "users", "users_(\\d+)", null, null);
        schema(p, "shop", "shop_*", "shop");
        schema(p, "crm", "crm_*", "crm");
        schema(p, "log", "log_*", "logs");
        schema(p, "hr", "hr_*", "hr");
        schema(p, "tmp", "~^tmp_", "scratch");
        return p;
    }

    private static void table(Map<String, String> p, String name, String schema, String table, String targetSchema,
            String targetTable, String tableRe, String schemaRe, String sourceRe) {
        schema(p, name, schema, targetSchema);
        p.put(TableRouterConfig.key(name, TableRouterConfig.TABLE_PATTERN), table);
        p.put(TableRouterConfig.key(name, TableRouterConfig.TARGET_TABLE), targetTable);
        extract(p, name, TableRouterConfig.EXTRACT_TABLE_REGEXP, TableRouterConfig.EXTRACT_TABLE_COLUMN, tableRe, "c_table");
        extract(p, name, TableRouterConfig.EXTRACT_SCHEMA_REGEXP, TableRouterConfig.EXTRACT_SCHEMA_COLUMN, schemaRe,
                "c_schema");
        extract(p, name, TableRouterConfig.EXTRACT_SOURCE_REGEXP, TableRouterConfig.EXTRACT_SOURCE_COLUMN, sourceRe,
                "c_source");
    }

    private static void schema(Map<String, String> p, String name, String schema, String targetSchema) {
        p.put(TableRouterConfig.key(name, TableRouterConfig.SCHEMA_PATTERN), schema);
        p.put(TableRouterConfig.key(name, TableRouterConfig.TARGET_SCHEMA), targetSchema);
    }

    private static void extract(Map<String, String> p, String name, String regexpKey, String columnKey, String regexp,
            String column) {
        if (regexp != null) {
            p.put(TableRouterConfig.key(name, regexpKey), regexp);
            p.put(TableRouterConfig.key(name, columnKey), column);
        }
    }
}
