package io.dmconnect.common.rules.expr;

import io.dmconnect.common.TableId;
import io.dmconnect.common.rules.expr.eval.Frame;
import io.dmconnect.common.rules.expr.eval.Node;
import io.dmconnect.common.rules.expr.eval.RowView;
import io.dmconnect.common.rules.expr.eval.SchemaBinding;
import io.dmconnect.common.rules.expr.value.Truth;
import io.dmconnect.common.schema.TableSchema;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DM's expression filter: drops a row change when a rule's expression is TRUE for it. Rules apply to one table by
 * exact schema and table name (case-insensitively unless {@code case.sensitive}). An INSERT is dropped when an insert
 * rule is TRUE on the new row, a DELETE when a delete rule is TRUE on the old row, an UPDATE when, for one update
 * rule, the old expression is TRUE on the old row AND the new expression is TRUE on the new row (a missing side
 * counts as TRUE). Several rules for one table and kind of change: the change is dropped when any of them says so.
 *
 * <p>Expressions are compiled per table schema, once per schema version, and recompiled when the schema changes
 * (DM rebuilds them after each DDL). As in DM, an expression that names a column the table does not have never drops
 * anything (logged as a warning when compiled; {@link #problems} lists it).
 *
 * <p>Immutable and thread-safe; the compiled cache is concurrent.
 */
public final class ExpressionFilter {
    private static final Logger LOG = LoggerFactory.getLogger(ExpressionFilter.class);

    /** A filter without rules: keeps every change. */
    public static final ExpressionFilter NONE = new ExpressionFilter(List.of(), false, ZoneOffset.UTC, Clock.systemUTC());

    private final List<ExpressionRule> rules;
    private final boolean caseSensitive;
    private final ZoneId zone;
    private final Clock clock;
    private final Map<String, List<ExpressionRule>> byTable = new LinkedHashMap<>();
    private final Map<String, CompiledTable> compiled = new ConcurrentHashMap<>();
    private final AtomicLong compilations = new AtomicLong();

    /** The rules compiled for one table schema version; a side's node is null when the rule has no expression there. */
    private record CompiledTable(TableSchema schema, SchemaBinding binding, List<CompiledRule> rules) {
    }

    private record CompiledRule(ExpressionRule rule, Node before, Node after, String problem) {
    }

    /**
     * @param zone  the session time zone: TIMESTAMP values and NOW() are in it
     * @param clock the clock NOW() and its relatives read
     */
    public ExpressionFilter(List<ExpressionRule> rules, boolean caseSensitive, ZoneId zone, Clock clock) {
        this.rules = List.copyOf(rules);
        this.caseSensitive = caseSensitive;
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (ExpressionRule rule : this.rules) {
            byTable.computeIfAbsent(key(rule.schema(), rule.table()), k -> new ArrayList<>()).add(rule);
        }
    }

    public List<ExpressionRule> rules() {
        return rules;
    }

    /** The same rules evaluated with another clock (tests, or a dry run at a given time). */
    public ExpressionFilter withClock(Clock other) {
        return new ExpressionFilter(rules, caseSensitive, zone, other);
    }

    /** Whether any rule names this table; when not, {@link #decide} keeps every change without reading the rows. */
    public boolean appliesTo(TableId table) {
        return byTable.containsKey(key(table.schema(), table.table()));
    }

    /** How many expressions have been compiled so far (each is compiled once per table schema version). */
    public long compilations() {
        return compilations.get();
    }

    /**
     * Decides one row change.
     *
     * @param before the old row (UPDATE, DELETE), keyed by column name; may be null for INSERT
     * @param after  the new row (INSERT, UPDATE); may be null for DELETE
     * @param schema the table's schema, or null when unknown (values are then typed by their Java class, and a
     *               column missing from the row is an error instead of a rule that never drops)
     * @throws ExpressionException EVALUATION when an expression fails as it would in MySQL (invalid JSON, BIGINT
     *                             overflow), or UNKNOWN_COLUMN when a row lacks a column the expression reads
     */
    public ExprDecision decide(TableId table, RowOp op, Map<String, Object> before, Map<String, Object> after, TableSchema schema) {
        List<ExpressionRule> candidates = byTable.get(key(table.schema(), table.table()));
        if (candidates == null || candidates.stream().noneMatch(r -> r.op() == op)) {
            return ExprDecision.KEEP;
        }
        CompiledTable compiledTable = compiledFor(table, schema);
        Rows rows = new Rows(op, before, after, compiledTable.binding());
        for (CompiledRule c : compiledTable.rules()) {
            if (c.rule().op() == op && c.problem() == null && rows.drops(c)) {
                return ExprDecision.droppedBy(c.rule().name());
            }
        }
        return ExprDecision.KEEP;
    }

    /** Every expression that applies to this change, evaluated (for the dry run); errors become traces, not exceptions. */
    public List<ExprTrace> explain(TableId table, RowOp op, Map<String, Object> before, Map<String, Object> after, TableSchema schema) {
        List<ExprTrace> traces = new ArrayList<>();
        if (!appliesTo(table)) {
            return traces;
        }
        CompiledTable compiledTable = compiledFor(table, schema);
        Rows rows = new Rows(op, before, after, compiledTable.binding());
        for (CompiledRule c : compiledTable.rules()) {
            ExpressionRule rule = c.rule();
            if (rule.op() != op) {
                continue;
            }
            if (rule.before() != null) {
                traces.add(rows.trace(rule, true, c.before(), c.problem()));
            }
            if (rule.after() != null) {
                traces.add(rows.trace(rule, false, c.after(), c.problem()));
            }
        }
        return traces;
    }

    /** Why rules for this table can never drop with this schema (unknown columns), one message per expression. */
    public List<String> problems(TableSchema schema) {
        List<String> problems = new ArrayList<>();
        for (CompiledRule c : compiledFor(schema.id(), schema).rules()) {
            if (c.problem() != null) {
                problems.add("rule " + c.rule().name() + ": " + c.problem());
            }
        }
        return problems;
    }

    private String key(String schema, String table) {
        String k = schema + '\u0000' + table;
        return caseSensitive ? k : k.toLowerCase(Locale.ROOT);
    }

    private CompiledTable compiledFor(TableId table, TableSchema schema) {
        String key = key(table.schema(), table.table());
        CompiledTable current = compiled.get(key);
        if (current != null && sameSchema(current.schema(), schema)) {
            return current;
        }
        return compiled.compute(key, (k, old) -> old != null && sameSchema(old.schema(), schema) ? old : compile(k, schema));
    }

    private static boolean sameSchema(TableSchema a, TableSchema b) {
        return a == b || a != null && a.equals(b);
    }

    private CompiledTable compile(String key, TableSchema schema) {
        SchemaBinding binding = schema == null ? null : SchemaBinding.of(schema);
        List<CompiledRule> out = new ArrayList<>();
        for (ExpressionRule rule : byTable.getOrDefault(key, List.of())) {
            try {
                out.add(new CompiledRule(rule, compile(rule.before(), binding), compile(rule.after(), binding), null));
            } catch (ExpressionException e) {
                if (e.kind() != ExpressionException.Kind.UNKNOWN_COLUMN) {
                    throw e;
                }
                // DM: an expression over a column the table lacks becomes FALSE (skips nothing), with a warning
                LOG.warn("expression filter {}: {}; the rule drops nothing until the table has the column", rule.name(), e.getMessage());
                out.add(new CompiledRule(rule, null, null, e.getMessage()));
            }
        }
        return new CompiledTable(schema, binding, List.copyOf(out));
    }

    private Node compile(Expression expression, SchemaBinding binding) {
        if (expression == null) {
            return null;
        }
        compilations.incrementAndGet();
        return expression.compile(binding);
    }

    /** The old and new row images of one change, each read at most once per column. */
    private final class Rows {
        private final Frame before;
        private final Frame after;

        Rows(RowOp op, Map<String, Object> beforeRow, Map<String, Object> afterRow, SchemaBinding binding) {
            if (op != RowOp.INSERT && beforeRow == null || op != RowOp.DELETE && afterRow == null) {
                throw new IllegalArgumentException(op + " needs " + (op == RowOp.INSERT ? "the row after"
                        : op == RowOp.DELETE ? "the row before" : "the rows before and after"));
            }
            Frame b = beforeRow == null ? null : new Frame(new RowView(beforeRow, binding, zone), zone, clock);
            this.before = b;
            this.after = afterRow == null ? null : (b == null ? new Frame(new RowView(afterRow, binding, zone), zone, clock)
                    : b.sibling(new RowView(afterRow, binding, zone)));
        }

        boolean drops(CompiledRule c) {
            return switch (c.rule().op()) {
                case INSERT -> Truth.isTrue(c.after().eval(after));
                case DELETE -> Truth.isTrue(c.before().eval(before));
                case UPDATE -> (c.before() == null || Truth.isTrue(c.before().eval(before)))
                        && (c.after() == null || Truth.isTrue(c.after().eval(after)));
            };
        }

        ExprTrace trace(ExpressionRule rule, boolean old, Node node, String problem) {
            Expression expression = old ? rule.before() : rule.after();
            String key = ExpressionFilterConfig.key(rule.name(), ExpressionFilterConfig.suffixOf(rule.op(), old));
            if (problem != null) {
                return new ExprTrace(rule.name(), key, expression.text(), null, false, problem);
            }
            try {
                Object value = node.eval(old ? before : after);
                return new ExprTrace(rule.name(), key, expression.text(), Expression.render(value), Truth.isTrue(value), null);
            } catch (ExpressionException e) {
                return new ExprTrace(rule.name(), key, expression.text(), null, false, e.getMessage());
            }
        }
    }
}
