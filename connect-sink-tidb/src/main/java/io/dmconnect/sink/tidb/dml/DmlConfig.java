package io.dmconnect.sink.tidb.dml;

import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * The sink's DML apply keys, DM's {@code syncers} options: {@code worker.count} (DM {@code worker-count}),
 * {@code batch.size} ({@code batch}), {@code multiple.rows} ({@code multiple-rows}), {@code compact} and
 * {@code batch.linger.ms} (no DM key: how long rows wait to fill a batch; read by the sink assembly). Declares
 * them into a {@link ConfigDef} and parses them, reporting every problem on its exact key.
 */
public record DmlConfig(int workerCount, int batchSize, boolean multipleRows, boolean compact) {
    public static final String WORKER_COUNT = "worker.count";
    public static final String BATCH_SIZE = "batch.size";
    public static final String MULTIPLE_ROWS = "multiple.rows";
    public static final String COMPACT = "compact";
    public static final String BATCH_LINGER_MS = "batch.linger.ms";
    public static final long DEFAULT_BATCH_LINGER_MS = 100;
    public static final String GROUP = "DML apply";

    public static final int DEFAULT_WORKER_COUNT = 16;
    public static final int DEFAULT_BATCH_SIZE = 100;
    /** Each worker holds one downstream connection; more than this is a typo rather than a plan. */
    public static final int MAX_WORKER_COUNT = 1024;

    public DmlConfig {
        if (workerCount < 1 || workerCount > MAX_WORKER_COUNT || batchSize < 1) {
            throw new IllegalArgumentException("worker count 1.." + MAX_WORKER_COUNT + " and batch size >= 1 "
                    + "expected, got " + workerCount + " and " + batchSize);
        }
    }

    /** DM's defaults: 16 workers, batches of 100, no merging, no compaction. */
    public static DmlConfig defaults() {
        return new DmlConfig(DEFAULT_WORKER_COUNT, DEFAULT_BATCH_SIZE, false, false);
    }

    /** Declares the four keys. */
    public static ConfigDef define(ConfigDef def) {
        return def
                .define(WORKER_COUNT, Type.INT, DEFAULT_WORKER_COUNT, ConfigDef.Range.between(1, MAX_WORKER_COUNT),
                        Importance.MEDIUM, "Number of downstream connections that apply row changes in parallel "
                                + "(DM worker-count). Changes that share a primary or unique key value stay on one "
                                + "connection, in order; a change whose values are held by another connection "
                                + "waits until every connection has drained. Changing it moves rows to other "
                                + "connections, so change it only while the task is stopped.",
                        GROUP, 1, Width.SHORT, "DML workers")
                .define(BATCH_SIZE, Type.INT, DEFAULT_BATCH_SIZE, ConfigDef.Range.atLeast(1), Importance.MEDIUM,
                        "Maximum number of row changes one connection applies in one downstream transaction (DM "
                                + "batch). With multiple.rows it also caps the rows of one multi-row statement.",
                        GROUP, 2, Width.SHORT, "Batch size")
                .define(MULTIPLE_ROWS, Type.BOOLEAN, false, Importance.LOW,
                        "Merge neighbouring row changes of one table in a transaction into multi-row statements "
                                + "(DM multiple-rows): INSERT/REPLACE ... VALUES (..),(..), INSERT ... ON DUPLICATE "
                                + "KEY UPDATE for updates that keep the key, DELETE ... WHERE key IN (..). Not "
                                + "allowed with downstream foreign_key_checks=1.",
                        GROUP, 3, Width.SHORT, "Multi-row statements")
                .define(COMPACT, Type.BOOLEAN, false, Importance.LOW,
                        "Collapse the changes of one row within a batch into one change (DM compact): "
                                + "INSERT+UPDATE becomes the INSERT of the new row, UPDATE+UPDATE one UPDATE, "
                                + "INSERT/UPDATE+DELETE a DELETE, DELETE+INSERT a REPLACE. Only for tables with a "
                                + "primary key or a NOT NULL unique key. Not allowed with downstream "
                                + "foreign_key_checks=1.",
                        GROUP, 4, Width.SHORT, "Compact changes")
                .define(BATCH_LINGER_MS, Type.LONG, DEFAULT_BATCH_LINGER_MS, ConfigDef.Range.between(0L, 60_000L),
                        Importance.LOW, "How long row changes may wait to fill transactions: they are applied "
                                + "when one connection holds batch.size of them or the oldest has waited this "
                                + "long, and always before a DDL, on a causality conflict and before every offset "
                                + "commit. 0 applies every batch Connect delivers at once (many small downstream "
                                + "transactions under load). DM applies a connection's jobs as soon as no more are "
                                + "queued; this is the Connect equivalent.",
                        GROUP, 5, Width.SHORT, "Batch linger (ms)");
    }

    /**
     * Parses the keys from connector properties; absent keys take their defaults.
     *
     * @throws InvalidConfigException with every problem, each on its exact key
     */
    public static DmlConfig parse(Map<String, String> props) {
        List<ConfigProblem> problems = new ArrayList<>();
        int workers = integer(props, WORKER_COUNT, DEFAULT_WORKER_COUNT, MAX_WORKER_COUNT, problems);
        int batch = integer(props, BATCH_SIZE, DEFAULT_BATCH_SIZE, Integer.MAX_VALUE, problems);
        boolean multipleRows = bool(props, MULTIPLE_ROWS, problems);
        boolean compact = bool(props, COMPACT, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new DmlConfig(workers, batch, multipleRows, compact);
    }

    /** DM refuses compaction and multi-row statements when the downstream session checks foreign keys. */
    public List<ConfigProblem> foreignKeyProblems(boolean foreignKeyChecks) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (foreignKeyChecks && compact) {
            problems.add(new ConfigProblem(COMPACT, "compaction can reorder a parent row and its children while "
                    + "foreign_key_checks=1: set compact=false or leave foreign_key_checks=0 in the session"));
        }
        if (foreignKeyChecks && multipleRows) {
            problems.add(new ConfigProblem(MULTIPLE_ROWS, "multi-row statements are not checked row by row while "
                    + "foreign_key_checks=1: set multiple.rows=false or leave foreign_key_checks=0 in the session"));
        }
        return problems;
    }

    private static int integer(Map<String, String> props, String key, int fallback, int max,
            List<ConfigProblem> problems) {
        String raw = props.get(key);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same advice as a number out of range
        }
        problems.add(new ConfigProblem(key, "'" + raw + "' is not a whole number from 1 to " + max
                + ": use for example " + fallback + " (the default)"));
        return fallback;
    }

    private static boolean bool(Map<String, String> props, String key, List<ConfigProblem> problems) {
        String raw = props.get(key);
        if (raw == null) {
            return false;
        }
        String value = raw.trim().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(new ConfigProblem(key, "'" + raw + "' is not a boolean: use true or false"));
            return false;
        }
        return value.equals("true");
    }
}
