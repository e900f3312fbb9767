package io.dmconnect.common.rules.event;

import io.dmconnect.common.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A DDL statement's event type and the table it is about (schema-only for database statements; an unqualified
 * name gets the {@code USE} schema).
 *
 * @param type        DM's event type
 * @param table       the table the statement changes: the renamed, created, altered or dropped one
 * @param otherTables further tables the statement names, in statement order: a RENAME target, the LIKE source, the
 *                    EXCHANGE PARTITION partner, more tables of an unsplit DROP or RENAME. DM filters a DDL on each
 *                    of the tables it names (see {@link BinlogEventFilter#decide(ClassifiedDdl, String)}).
 */
public record ClassifiedDdl(EventType type, TableId table, List<TableId> otherTables) {
    public ClassifiedDdl {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(table, "table");
        otherTables = otherTables == null ? List.of() : List.copyOf(otherTables);
    }

    public ClassifiedDdl(EventType type, TableId table) {
        this(type, table, List.of());
    }

    /** {@link #table} followed by {@link #otherTables}. */
    public List<TableId> tables() {
        List<TableId> all = new ArrayList<>(1 + otherTables.size());
        all.add(table);
        all.addAll(otherTables);
        return List.copyOf(all);
    }
}
