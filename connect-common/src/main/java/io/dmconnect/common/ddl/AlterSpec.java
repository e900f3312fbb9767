package io.dmconnect.common.ddl;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One ALTER TABLE specification, structured. Column definitions are as written: a null charset/collation means
 * "inherit the table's" (a collation of {@code _bin} means "the binary collation of the inherited charset", from
 * the old {@code BINARY} attribute); an index's empty name means "the server names it".
 */
public sealed interface AlterSpec extends DdlDetail {

    /** ADD COLUMN; inline PRIMARY KEY / UNIQUE attributes come as {@code inlineIndexes}. */
    record AddColumn(ColumnDef column, ColumnPosition position, List<IndexDef> inlineIndexes, boolean ifNotExists)
            implements AlterSpec {
        public AddColumn {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(position, "position");
            inlineIndexes = List.copyOf(inlineIndexes);
        }
    }

    /** DROP [COLUMN] [IF EXISTS] name: also removes the column from every key. */
    record DropColumn(String name, boolean ifExists) implements AlterSpec {
    }

    /** MODIFY COLUMN: the new definition replaces the old one entirely (MySQL keeps only index membership). */
    record ModifyColumn(ColumnDef column, ColumnPosition position, List<IndexDef> inlineIndexes, boolean ifExists)
            implements AlterSpec {
        public ModifyColumn {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(position, "position");
            inlineIndexes = List.copyOf(inlineIndexes);
        }
    }

    /** CHANGE COLUMN old new ...: MODIFY plus a rename that index definitions follow. */
    record ChangeColumn(String oldName, ColumnDef column, ColumnPosition position, List<IndexDef> inlineIndexes,
                        boolean ifExists) implements AlterSpec {
        public ChangeColumn {
            Objects.requireNonNull(oldName, "oldName");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(position, "position");
            inlineIndexes = List.copyOf(inlineIndexes);
        }
    }

    /** RENAME COLUMN old TO new: keeps the definition, renames the column inside keys. */
    record RenameColumn(String oldName, String newName) implements AlterSpec {
    }

    /**
     * ALTER COLUMN c SET DEFAULT v ({@code drop} false; {@code defaultValue} null for DEFAULT NULL) or DROP DEFAULT
     * ({@code drop} true).
     */
    record AlterColumnDefault(String column, String defaultValue, boolean drop) implements AlterSpec {
    }

    /** ADD INDEX / KEY / UNIQUE / PRIMARY KEY / FULLTEXT / SPATIAL, and CREATE INDEX. */
    record AddIndex(IndexDef index, boolean ifNotExists) implements AlterSpec {
    }

    /** DROP INDEX / KEY, and the DROP INDEX statement ({@code PRIMARY} drops the primary key). */
    record DropIndex(String name, boolean ifExists) implements AlterSpec {
    }

    /** DROP PRIMARY KEY. */
    record DropPrimaryKey() implements AlterSpec {
    }

    /** RENAME INDEX|KEY old TO new. */
    record RenameIndex(String oldName, String newName) implements AlterSpec {
    }

    /** ALTER INDEX i VISIBLE/INVISIBLE (MySQL) or IGNORED/NOT IGNORED (MariaDB); no effect on the tracked schema. */
    record AlterIndexVisibility(String name, boolean visible) implements AlterSpec {
    }

    /** RENAME [TO|AS] new_name: the following specs of the same statement apply to the new name. */
    record RenameTable(TableId newTable) implements AlterSpec {
        @Override
        public DdlDetail withTables(Function<TableId, TableId> rename) {
            return new RenameTable(rename.apply(newTable));
        }
    }

    /**
     * Table options (also the options of CREATE TABLE); null when not given. {@code others} keeps the rest
     * (ROW_FORMAT, KEY_BLOCK_SIZE, ...) by upper-case name.
     */
    record TableOptions(String charset, String collation, String engine, String comment, Long autoIncrement,
                        Map<String, String> others) implements AlterSpec {
        static final TableOptions NONE = new TableOptions(null, null, null, null, null, Map.of());

        public TableOptions {
            others = Map.copyOf(others);
        }
    }

    /** CONVERT TO CHARACTER SET: converts every character column and sets the table default. */
    record ConvertCharset(String charset, String collation) implements AlterSpec {
    }

    /** ADD [CONSTRAINT name] FOREIGN KEY ...: the tracker keeps only the index InnoDB may create for it. */
    record AddForeignKey(ForeignKey foreignKey, boolean ifNotExists) implements AlterSpec {
        @Override
        public DdlDetail withTables(Function<TableId, TableId> rename) {
            ForeignKey fk = foreignKey;
            return new AddForeignKey(new ForeignKey(fk.name(), fk.indexName(), fk.columns(),
                    rename.apply(fk.refTable()), fk.refColumns()), ifNotExists);
        }
    }

    /** DROP FOREIGN KEY [IF EXISTS] name: its index stays, as in MySQL. */
    record DropForeignKey(String name, boolean ifExists) implements AlterSpec {
    }

    /** ADD [CONSTRAINT name] CHECK (expression); {@code name} may be null. */
    record AddCheck(String name, String expression) implements AlterSpec {
    }

    /** DROP CHECK name ({@code checkOnly}) or DROP CONSTRAINT name (any constraint: check, unique, foreign key). */
    record DropConstraint(String name, boolean checkOnly, boolean ifExists) implements AlterSpec {
    }

    /**
     * A partition-maintenance spec, kept as written ({@code sql}, table names unrewritten: the piece's
     * {@link SingleDdl#sql()} has them qualified); {@code tables} are other tables it names (EXCHANGE, CONVERT).
     */
    record Partition(PartitionOp op, List<TableId> tables, String sql) implements AlterSpec {
        public Partition {
            tables = List.copyOf(tables);
        }

        @Override
        public DdlDetail withTables(Function<TableId, TableId> rename) {
            return new Partition(op, tables.stream().map(rename).toList(), sql);
        }
    }

    /** What a {@link Partition} spec does. */
    enum PartitionOp {
        ADD, DROP, TRUNCATE, COALESCE, REORGANIZE, EXCHANGE, ANALYZE, CHECK, OPTIMIZE, REBUILD, REPAIR, DISCARD,
        IMPORT, REMOVE_PARTITIONING, PARTITION_BY, CONVERT_TO_TABLE, CONVERT_FROM_TABLE
    }

    /** MariaDB ADD / DROP SYSTEM VERSIONING (adds or removes the hidden row_start/row_end columns). */
    record SystemVersioning(boolean add) implements AlterSpec {
    }

    /** Anything that does not change the tracked schema (ALGORITHM, LOCK, FORCE, ORDER BY, ENABLE KEYS, ...). */
    record Other(String sql) implements AlterSpec {
    }
}
