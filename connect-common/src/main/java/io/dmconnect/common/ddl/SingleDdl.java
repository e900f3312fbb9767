package io.dmconnect.common.ddl;

import io.dmconnect.common.TableId;
import java.util.Objects;
import java.util.function.Function;

/**
 * One DDL statement after DM's split: one ALTER spec, one dropped table, one renamed pair. Immutable.
 *
 * @param kind        what it does
 * @param table       the table it acts on, qualified with the default schema when written unqualified
 *                    ({@link TableId#schemaOnly schema-only} for database statements)
 * @param newTable    the new name for RENAME TABLE and ALTER ... RENAME TO, else null
 * @param detail      structured content; {@link #spec()} for ALTER / CREATE INDEX / DROP INDEX
 * @param conditional the statement as written had IF [NOT] EXISTS on its object (the printed SQL always gets DM's
 *                    rewrite, so the applier needs to know what the upstream actually ran)
 * @param template    the printed statement with table-name slots
 */
public record SingleDdl(DdlKind kind, TableId table, TableId newTable, DdlDetail detail, boolean conditional,
                        SqlTemplate template) {
    public SingleDdl {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(template, "template");
    }

    /**
     * The statement as SQL for the server's default sql_mode: table names fully qualified and backquoted, DM's
     * rewrites applied ({@code CREATE ... IF NOT EXISTS}, {@code DROP ... IF EXISTS}), comments removed.
     */
    public String sql() {
        return template.render();
    }

    /** The ALTER specification (ALTER_TABLE, CREATE_INDEX, DROP_INDEX), else null. */
    public AlterSpec spec() {
        return detail instanceof AlterSpec s ? s : null;
    }

    /** The CREATE TABLE body (CREATE_TABLE, CREATE_TABLE_AS_SELECT), else null. */
    public TableDefinition definition() {
        return detail instanceof TableDefinition d ? d : null;
    }

    /**
     * The same statement with every table name (including FOREIGN KEY references, LIKE sources and EXCHANGE
     * PARTITION partners) passed through {@code rename}, and its SQL printed with the new names. Schema-only ids
     * of database statements go through {@code rename} too.
     */
    public SingleDdl renamed(Function<TableId, TableId> rename) {
        return new SingleDdl(kind, rename.apply(table), newTable == null ? null : rename.apply(newTable),
                detail.withTables(rename), conditional, template.renamed(rename));
    }

    @Override
    public String toString() {
        return sql();
    }
}
