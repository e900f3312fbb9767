package io.dmconnect.common.rules.event;

import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;

/**
 * DM's fine-grained event type of one {@code MODIFY/CHANGE COLUMN} ({@code dm/syncer/ddl.go handleModifyColumn}),
 * decided against the tracked table. In this order:
 * <ol>
 *   <li>no tracked table or column → {@code modify column} (DM says {@code alter table}; we cannot tell, so we
 *       assume the worst);</li>
 *   <li>the new definition declares PRIMARY KEY, UNIQUE, REFERENCES or CHECK → {@code alter table} (TiDB rejects
 *       such a MODIFY, and DM falls back to the plain type);</li>
 *   <li>a type change that rewrites data ({@link ColumnTypeComparator});</li>
 *   <li>AUTO_INCREMENT removed → remove auto increment; column in the primary key → drop primary key; column is a
 *       single-column unique key → drop unique key (DM compares key flags, and a column definition never carries
 *       them, so any such MODIFY counts as dropping the key); default changed → modify default value; character
 *       set changed → modify charset; collation changed → modify collation; FIRST/AFTER → modify columns order;
 *       another name → rename column;</li>
 *   <li>nothing of the above (widening, NULL/NOT NULL, comment, same definition) → {@code alter table}.</li>
 * </ol>
 */
final class ColumnChangeAnalyzer {
    private ColumnChangeAnalyzer() {
    }

    /**
     * @param table   the tracked table, or null when the tracker does not know it
     * @param oldName the column being changed (CHANGE's old name, MODIFY's name)
     * @param spec    the new definition
     */
    static EventType classify(TableSchema table, String oldName, ColumnSpec spec) {
        ColumnDef old = table == null ? null : table.column(oldName).orElse(null);
        if (old == null) {
            return EventType.MODIFY_COLUMN;
        }
        if (spec.declaresConstraint()) {
            return EventType.ALTER_TABLE;
        }
        ColumnType oldType = ColumnType.of(old);
        ColumnType newType = ColumnType.of(spec);
        EventType typeChange = ColumnTypeComparator.compare(oldType, newType);
        if (typeChange != EventType.ALTER_TABLE) {
            return typeChange;
        }
        return attributeChange(table, old, oldType, spec, newType);
    }

    private static EventType attributeChange(TableSchema table, ColumnDef old, ColumnType oldType, ColumnSpec spec,
                                             ColumnType newType) {
        if (old.autoIncrement() && !spec.autoIncrement()) {
            return EventType.REMOVE_AUTO_INCREMENT;
        }
        if (inPrimaryKey(table, old)) {
            return EventType.DROP_PRIMARY_KEY;
        }
        if (soleUniqueKeyColumn(table, old)) {
            return EventType.DROP_UNIQUE_KEY;
        }
        if (!DefaultValues.same(newType.kind(), old.defaultValue(), spec.defaultValue())) {
            return EventType.MODIFY_DEFAULT_VALUE;
        }
        ColumnCharsets before = ColumnCharsets.tracked(old, oldType);
        ColumnCharsets after = ColumnCharsets.modified(spec, newType, table);
        if (before.charsetDiffers(after)) {
            return EventType.MODIFY_CHARSET;
        }
        if (before.collationDiffers(after)) {
            return EventType.MODIFY_COLLATION;
        }
        if (spec.position() != ColumnSpec.Position.NONE) {
            return EventType.MODIFY_COLUMNS_ORDER;
        }
        return old.name().equalsIgnoreCase(spec.name()) ? EventType.ALTER_TABLE : EventType.RENAME_COLUMN;
    }

    private static boolean inPrimaryKey(TableSchema table, ColumnDef column) {
        return table.primaryKey().map(pk -> containsIgnoreCase(pk, column.name())).orElse(false);
    }

    /** TiDB flags a column as unique key only when a unique index has exactly this one column. */
    private static boolean soleUniqueKeyColumn(TableSchema table, ColumnDef column) {
        return table.indexes().stream().anyMatch(index -> index.kind() == IndexDef.Kind.UNIQUE
                && index.columns().size() == 1 && index.columns().get(0).equalsIgnoreCase(column.name()));
    }

    private static boolean containsIgnoreCase(IndexDef index, String column) {
        return index.columns().stream().anyMatch(c -> c.equalsIgnoreCase(column));
    }
}
