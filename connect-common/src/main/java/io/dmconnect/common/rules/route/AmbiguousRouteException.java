package io.dmconnect.common.rules.route;

import io.dmconnect.common.TableId;
import java.util.List;

/**
 * A table (or schema) matches more than one route rule of the level that decides it. DM refuses to guess; so do
 * we: the message names the table and the rules, and the fix is to narrow their patterns.
 */
public final class AmbiguousRouteException extends RuntimeException {
    private final TableId table;
    private final List<String> ruleNames;

    public AmbiguousRouteException(TableId table, boolean tableLevel, List<String> ruleNames) {
        super((table.isSchemaOnly() ? "schema " : "table ") + table.quoted() + " matches more than one "
                + (tableLevel ? "table-level" : "schema-level") + " route rule: " + String.join(", ", ruleNames)
                + "; DM routes each table by exactly one rule: narrow the patterns so that only one matches");
        this.table = table;
        this.ruleNames = List.copyOf(ruleNames);
    }

    public TableId table() {
        return table;
    }

    /** The matching rules, in configuration order. */
    public List<String> ruleNames() {
        return ruleNames;
    }
}
