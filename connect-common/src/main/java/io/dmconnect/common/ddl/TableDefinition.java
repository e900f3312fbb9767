package io.dmconnect.common.ddl;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import java.util.List;
import java.util.function.Function;

/**
 * The body of CREATE TABLE as written, before the table inherits anything: a column's null charset means "the
 * table's"; an index's empty name means "the server picks one". {@link SchemaApplier} resolves both.
 *
 * @param columns          columns in order
 * @param indexes          keys declared in the body, including inline {@code PRIMARY KEY}/{@code UNIQUE} column
 *                         attributes (in declaration order)
 * @param foreignKeys      FOREIGN KEY clauses
 * @param options          table options
 * @param systemVersioning MariaDB system versioning (table- or column-level {@code WITH SYSTEM VERSIONING}) without
 *                         an explicit {@code PERIOD FOR SYSTEM_TIME}: the hidden row_start/row_end columns exist
 * @param asSelect         the statement ends with a SELECT whose columns are appended
 */
public record TableDefinition(List<ColumnDef> columns, List<IndexDef> indexes, List<ForeignKey> foreignKeys,
                              AlterSpec.TableOptions options, boolean systemVersioning, boolean asSelect)
        implements DdlDetail {
    public TableDefinition {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        options = options == null ? AlterSpec.TableOptions.NONE : options;
    }

    @Override
    public DdlDetail withTables(Function<TableId, TableId> rename) {
        List<ForeignKey> renamed = foreignKeys.stream().map(fk -> new ForeignKey(fk.name(), fk.indexName(),
                fk.columns(), rename.apply(fk.refTable()), fk.refColumns())).toList();
        return new TableDefinition(columns, indexes, renamed, options, systemVersioning, asSelect);
    }
}
