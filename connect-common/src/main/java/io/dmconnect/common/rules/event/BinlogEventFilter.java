package io.dmconnect.common.rules.event;

import io.dmconnect.common.TableId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * DM's binlog event filter: decides whether a row event or a DDL statement is replicated, skipped or stops the
 * task. Immutable and thread-safe.
 *
 * <p>Evaluation: every rule whose schema/table patterns match is evaluated ({@link BinlogEventRule#verdict}); if
 * any says {@code Ignore} the event is ignored, else if any says {@code Error} it is an error, else it is
 * replicated. The decision names the first rule, in configuration order, that gave the winning verdict. This is
 * DM's documented precedence (Ignore over Error over Do); DM's code returns the first verdict in the order of its
 * trie selector instead, which differs only when one matching rule says Error and a later one Ignore.
 */
public final class BinlogEventFilter {
    /** The schema and table DM uses for a statement it cannot parse: only {@code schema.pattern=*} rules see it. */
    public static final TableId UNPARSED = new TableId("", "");

    private static final BinlogEventFilter ALLOW_ALL = new BinlogEventFilter(List.of());

    private final List<BinlogEventRule> rules;

    public BinlogEventFilter(List<BinlogEventRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A filter without rules: every event is replicated. */
    public static BinlogEventFilter allowAll() {
        return ALLOW_ALL;
    }

    public List<BinlogEventRule> rules() {
        return rules;
    }

    /**
     * Decides one event.
     *
     * @param table the event's table ({@code ""} table for schema-level statements); null means {@link #UNPARSED}
     * @param type  the event type; null for a statement that could not be classified
     * @param sql   the raw statement; null or empty for a row event
     */
    public FilterDecision decide(TableId table, EventType type, String sql) {
        TableId target = table == null ? UNPARSED : table;
        FilterDecision error = null;
        for (BinlogEventRule rule : rules) {
            if (!rule.appliesTo(target)) {
                continue;
            }
            Optional<FilterAction> verdict = rule.verdict(type, sql);
            if (verdict.isEmpty()) {
                continue;
            }
            if (verdict.get() == FilterAction.IGNORE) {
                return new FilterDecision(FilterAction.IGNORE, rule.name());
            }
            if (error == null) {
                error = new FilterDecision(FilterAction.ERROR, rule.name());
            }
        }
        return error == null ? FilterDecision.DEFAULT_DO : error;
    }

    /**
     * Decides a classified DDL as DM does: on each table the statement names, in order, and the first table whose
     * decision is not {@code Do} decides the statement.
     */
    public FilterDecision decide(ClassifiedDdl ddl, String sql) {
        Objects.requireNonNull(ddl, "ddl");
        for (TableId table : ddl.tables()) {
            FilterDecision decision = decide(table, ddl.type(), sql);
            if (decision.action() != FilterAction.DO) {
                return decision;
            }
        }
        return FilterDecision.DEFAULT_DO;
    }

    /** Decides a statement that could not be classified: sql patterns only, on {@link #UNPARSED}. */
    public FilterDecision decideUnparsed(String sql) {
        return decide(UNPARSED, null, sql);
    }
}
