package io.dmconnect.common.ddl;

import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one ALTER specification to one table with MySQL's semantics: FIRST/AFTER positions, MODIFY and CHANGE
 * replacing the whole definition (only index membership survives, and a primary-key column stays NOT NULL),
 * renames followed by index definitions, dropped columns removed from indexes (an index left empty is dropped),
 * new character columns inheriting the table's charset. RENAME TO and partition conversions move whole tables and
 * are handled by {@link SchemaApplier}.
 */
final class AlterApplier {
    private final ServerFlavor flavor;

    AlterApplier(ServerFlavor flavor) {
        this.flavor = flavor;
    }

    TableSchema apply(TableSchema t, AlterSpec spec) {
        if (spec instanceof AlterSpec.AddColumn s) {
            return addColumn(t, s);
        } else if (spec instanceof AlterSpec.DropColumn s) {
            return dropColumn(t, s);
        } else if (spec instanceof AlterSpec.ModifyColumn s) {
            return replaceColumn(t, s.column().name(), s.column(), s.position(), s.inlineIndexes(), s.ifExists());
        } else if (spec instanceof AlterSpec.ChangeColumn s) {
            return replaceColumn(t, s.oldName(), s.column(), s.position(), s.inlineIndexes(), s.ifExists());
        } else if (spec instanceof AlterSpec.RenameColumn s) {
            return renameColumn(t, s.oldName(), s.newName());
        } else if (spec instanceof AlterSpec.AlterColumnDefault s) {
            return alterDefault(t, s);
        }
        return applyKeysAndOptions(t, spec);
    }

    private TableSchema applyKeysAndOptions(TableSchema t, AlterSpec spec) {
        if (spec instanceof AlterSpec.AddIndex s) {
            return addIndex(t, s);
        } else if (spec instanceof AlterSpec.DropIndex s) {
            return dropIndex(t, s.name(), s.ifExists());
        } else if (spec instanceof AlterSpec.DropPrimaryKey) {
            return dropIndex(t, "PRIMARY", false);
        } else if (spec instanceof AlterSpec.RenameIndex s) {
            return renameIndex(t, s);
        } else if (spec instanceof AlterSpec.AlterIndexVisibility s) {
            return requireIndex(t, s.name());
        } else if (spec instanceof AlterSpec.TableOptions s) {
            return tableOptions(t, s);
        } else if (spec instanceof AlterSpec.ConvertCharset s) {
            return convert(t, s);
        } else if (spec instanceof AlterSpec.AddForeignKey s) {
            return withIndexes(t, Indexes.withForeignKeyIndex(t.indexes(), s.foreignKey(), t.columns()));
        } else if (spec instanceof AlterSpec.DropConstraint s) {
            return dropConstraint(t, s);
        } else if (spec instanceof AlterSpec.SystemVersioning s) {
            return systemVersioning(t, s.add());
        }
        // RenameTable, Partition (moved by SchemaApplier), DropForeignKey, AddCheck, Other: no column or key change
        return t;
    }

    private TableSchema addColumn(TableSchema t, AlterSpec.AddColumn s) {
        if (t.indexOf(s.column().name()) >= 0) {
            if (s.ifNotExists()) {
                return t;
            }
            throw conflict(DdlApplyException.Reason.DUPLICATE_COLUMN, "duplicate column name '" + s.column().name()
                    + "'");
        }
        boolean primary = s.inlineIndexes().stream().anyMatch(i -> i.kind() == IndexDef.Kind.PRIMARY);
        ColumnDef column = ColumnResolver.resolve(s.column(), t.charset(), t.collation(), flavor, primary);
        List<ColumnDef> columns = new ArrayList<>(t.columns());
        columns.add(insertAt(columns, s.position(), columns.size()), column);
        return withInlineIndexes(withColumns(t, columns), s.inlineIndexes());
    }

    private TableSchema dropColumn(TableSchema t, AlterSpec.DropColumn s) {
        int at = t.indexOf(s.name());
        if (at < 0) {
            if (s.ifExists()) {
                return t;
            }
            throw conflict(DdlApplyException.Reason.UNKNOWN_COLUMN, "column '" + s.name() + "' does not exist");
        }
        if (t.columns().size() == 1) {
            throw conflict(DdlApplyException.Reason.NO_COLUMNS_LEFT, "a table cannot lose its last column");
        }
        List<ColumnDef> columns = new ArrayList<>(t.columns());
        columns.remove(at);
        List<IndexDef> indexes = new ArrayList<>();
        for (IndexDef index : t.indexes()) {
            List<String> rest = index.columns().stream().filter(c -> !c.equalsIgnoreCase(s.name())).toList();
            if (!rest.isEmpty()) {
                indexes.add(new IndexDef(index.name(), index.kind(), rest));
            }
        }
        return new TableSchema(t.id(), columns, indexes, t.charset(), t.collation(), t.engine(), t.comment());
    }

    /** MODIFY (oldName = new name) and CHANGE: the new definition replaces the old one entirely. */
    private TableSchema replaceColumn(TableSchema t, String oldName, ColumnDef written, ColumnPosition position,
                                      List<IndexDef> inlineIndexes, boolean ifExists) {
        int at = t.indexOf(oldName);
        if (at < 0) {
            if (ifExists) {
                return t;
            }
            throw conflict(DdlApplyException.Reason.UNKNOWN_COLUMN, "column '" + oldName + "' does not exist");
        }
        int clash = t.indexOf(written.name());
        if (clash >= 0 && clash != at) {
            throw conflict(DdlApplyException.Reason.DUPLICATE_COLUMN, "duplicate column name '" + written.name()
                    + "'");
        }
        boolean primary = inPrimaryKey(t, oldName)
                || inlineIndexes.stream().anyMatch(i -> i.kind() == IndexDef.Kind.PRIMARY);
        ColumnDef column = ColumnResolver.resolve(written, t.charset(), t.collation(), flavor, primary);
        List<ColumnDef> columns = new ArrayList<>(t.columns());
        columns.remove(at);
        columns.add(insertAt(columns, position, at), column);
        TableSchema renamed = withColumns(t, columns);
        renamed = withIndexes(renamed, renameInIndexes(t.indexes(), oldName, written.name()));
        return withInlineIndexes(renamed, inlineIndexes);
    }

    private TableSchema renameColumn(TableSchema t, String oldName, String newName) {
        int at = t.indexOf(oldName);
        if (at < 0) {
            throw conflict(DdlApplyException.Reason.UNKNOWN_COLUMN, "column '" + oldName + "' does not exist");
        }
        int clash = t.indexOf(newName);
        if (clash >= 0 && clash != at) {
            throw conflict(DdlApplyException.Reason.DUPLICATE_COLUMN, "duplicate column name '" + newName + "'");
        }
        List<ColumnDef> columns = new ArrayList<>(t.columns());
        ColumnDef c = columns.get(at);
        columns.set(at, new ColumnDef(newName, c.dataType(), c.columnType(), c.length(), c.precision(), c.scale(),
                c.unsigned(), c.nullable(), c.defaultValue(), c.hasDefault(), c.autoIncrement(), c.charset(),
                c.collation(), c.elements(), c.generated()));
        return withIndexes(withColumns(t, columns), renameInIndexes(t.indexes(), oldName, newName));
    }

    private TableSchema alterDefault(TableSchema t, AlterSpec.AlterColumnDefault s) {
        int at = t.indexOf(s.column());
        if (at < 0) {
            throw conflict(DdlApplyException.Reason.UNKNOWN_COLUMN, "column '" + s.column() + "' does not exist");
        }
        ColumnDef c = t.columns().get(at);
        String value = s.drop() ? null : DefaultClauseParser.canonicalFor(s.defaultValue(), c);
        boolean hasDefault = !s.drop() || c.nullable(); // a nullable column falls back to DEFAULT NULL
        List<ColumnDef> columns = new ArrayList<>(t.columns());
        columns.set(at, new ColumnDef(c.name(), c.dataType(), c.columnType(), c.length(), c.precision(), c.scale(),
                c.unsigned(), c.nullable(), value, hasDefault, c.autoIncrement(), c.charset(), c.collation(),
                c.elements(), c.generated()));
        return withColumns(t, columns);
    }

    private TableSchema addIndex(TableSchema t, AlterSpec.AddIndex s) {
        IndexDef index = s.index();
        if (s.ifNotExists() && (!index.name().isEmpty() && Indexes.find(t.indexes(), index.name()) >= 0
                || index.kind() == IndexDef.Kind.PRIMARY && Indexes.hasPrimary(t.indexes()))) {
            return t;
        }
        TableSchema withKey = withIndexes(t, Indexes.add(t.indexes(), index, t.columns()));
        return index.kind() == IndexDef.Kind.PRIMARY ? notNull(withKey, index.columns()) : withKey;
    }

    private TableSchema dropIndex(TableSchema t, String name, boolean ifExists) {
        int at = Indexes.find(t.indexes(), name);
        if (at < 0) {
            if (ifExists) {
                return t;
            }
            throw conflict(DdlApplyException.Reason.UNKNOWN_KEY, "key '" + name + "' does not exist");
        }
        List<IndexDef> indexes = new ArrayList<>(t.indexes());
        indexes.remove(at);
        return withIndexes(t, indexes);
    }

    private TableSchema renameIndex(TableSchema t, AlterSpec.RenameIndex s) {
        int at = Indexes.find(t.indexes(), s.oldName());
        if (at < 0) {
            throw conflict(DdlApplyException.Reason.UNKNOWN_KEY, "key '" + s.oldName() + "' does not exist");
        }
        int clash = Indexes.find(t.indexes(), s.newName());
        if (clash >= 0 && clash != at) {
            throw conflict(DdlApplyException.Reason.DUPLICATE_KEY, "duplicate key name '" + s.newName() + "'");
        }
        List<IndexDef> indexes = new ArrayList<>(t.indexes());
        IndexDef old = indexes.get(at);
        indexes.set(at, new IndexDef(s.newName(), old.kind(), old.columns()));
        return withIndexes(t, indexes);
    }

    private TableSchema requireIndex(TableSchema t, String name) {
        if (Indexes.find(t.indexes(), name) < 0) {
            throw conflict(DdlApplyException.Reason.UNKNOWN_KEY, "key '" + name + "' does not exist");
        }
        return t;
    }

    /** Table options change the defaults for new columns, never existing columns. */
    private TableSchema tableOptions(TableSchema t, AlterSpec.TableOptions s) {
        String charset = t.charset();
        String collation = t.collation();
        if (s.charset() != null || s.collation() != null) {
            String[] cs = TableBuilder.tableCharset(s, null, flavor);
            charset = cs[0];
            collation = cs[1];
        }
        String engine = s.engine() != null ? s.engine() : t.engine();
        String comment = s.comment() == null ? t.comment() : s.comment().isEmpty() ? null : s.comment();
        return new TableSchema(t.id(), t.columns(), t.indexes(), charset, collation, engine, comment);
    }

    private TableSchema convert(TableSchema t, AlterSpec.ConvertCharset s) {
        String charset = s.charset().equals("default") ? flavor.serverCharset() : s.charset();
        String collation = s.collation() != null ? s.collation() : flavor.defaultCollation(charset);
        List<ColumnDef> columns = t.columns().stream().map(c -> ColumnResolver.convert(c, charset, collation))
                .toList();
        return new TableSchema(t.id(), columns, t.indexes(), charset, collation, t.engine(), t.comment());
    }

    /** DROP CONSTRAINT also drops a UNIQUE key of that name (MySQL 8.0.19+, MariaDB). */
    private TableSchema dropConstraint(TableSchema t, AlterSpec.DropConstraint s) {
        int at = Indexes.find(t.indexes(), s.name());
        if (s.checkOnly() || at < 0 || !t.indexes().get(at).isUnique()) {
            return t;
        }
        return dropIndex(t, s.name(), false);
    }

    private TableSchema systemVersioning(TableSchema t, boolean add) {
        List<ColumnDef> columns = new ArrayList<>(t.columns());
        columns.removeIf(SystemVersioning::isPeriodColumn);
        if (add) {
            columns.addAll(SystemVersioning.periodColumns());
        }
        return withColumns(t, columns);
    }

    private TableSchema withInlineIndexes(TableSchema t, List<IndexDef> inline) {
        TableSchema result = t;
        for (IndexDef index : inline) {
            result = addIndex(result, new AlterSpec.AddIndex(index, false));
        }
        return result;
    }

    private TableSchema notNull(TableSchema t, List<String> names) {
        List<ColumnDef> columns = new ArrayList<>();
        for (ColumnDef c : t.columns()) {
            boolean key = names.stream().anyMatch(n -> n.equalsIgnoreCase(c.name()));
            columns.add(key && c.nullable() ? ColumnResolver.resolve(c, t.charset(), t.collation(), flavor, true) : c);
        }
        return withColumns(t, columns);
    }

    private static int insertAt(List<ColumnDef> columns, ColumnPosition position, int unspecified) {
        if (position instanceof ColumnPosition.First) {
            return 0;
        }
        if (position instanceof ColumnPosition.After after) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equalsIgnoreCase(after.column())) {
                    return i + 1;
                }
            }
            throw conflict(DdlApplyException.Reason.UNKNOWN_COLUMN, "column '" + after.column() + "' does not exist");
        }
        return unspecified;
    }

    private static boolean inPrimaryKey(TableSchema t, String column) {
        return t.primaryKey().map(pk -> pk.columns().stream().anyMatch(c -> c.equalsIgnoreCase(column)))
                .orElse(false);
    }

    private static List<IndexDef> renameInIndexes(List<IndexDef> indexes, String oldName, String newName) {
        return indexes.stream().map(i -> new IndexDef(i.name(), i.kind(), i.columns().stream()
                .map(c -> c.equalsIgnoreCase(oldName) ? newName : c).toList())).toList();
    }

    private static TableSchema withColumns(TableSchema t, List<ColumnDef> columns) {
        return new TableSchema(t.id(), columns, t.indexes(), t.charset(), t.collation(), t.engine(), t.comment());
    }

    private static TableSchema withIndexes(TableSchema t, List<IndexDef> indexes) {
        return new TableSchema(t.id(), t.columns(), indexes, t.charset(), t.collation(), t.engine(), t.comment());
    }

    private static SchemaConflict conflict(DdlApplyException.Reason reason, String message) {
        return new SchemaConflict(reason, message);
    }
}
