package io.dmconnect.common.ddl;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the stored {@link TableSchema} of a CREATE TABLE: the table's charset and collation come from its
 * options, else the database's, else the server's; columns are resolved against them; unnamed keys get MySQL's
 * names; foreign keys get their implicit index; MariaDB's system versioning adds its hidden period columns.
 */
final class TableBuilder {
    private TableBuilder() {
    }

    static TableSchema build(TableId id, TableDefinition def, SchemaCatalog catalog, ServerFlavor flavor) {
        String[] charset = tableCharset(def.options(), catalog.database(id.schema()).orElse(null), flavor);
        Set<String> primary = primaryColumns(def.indexes());
        List<ColumnDef> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ColumnDef col : def.columns()) {
            if (!seen.add(col.name().toLowerCase(Locale.ROOT))) {
                throw new SchemaConflict(DdlApplyException.Reason.DUPLICATE_COLUMN,
                        "duplicate column name '" + col.name() + "'");
            }
            boolean inPrimary = primary.contains(col.name().toLowerCase(Locale.ROOT));
            columns.add(ColumnResolver.resolve(col, charset[0], charset[1], flavor, inPrimary));
        }
        if (def.systemVersioning()) {
            columns.addAll(SystemVersioning.periodColumns());
        }
        List<IndexDef> indexes = new ArrayList<>();
        for (IndexDef index : def.indexes()) {
            indexes = Indexes.add(indexes, index, columns);
        }
        for (ForeignKey fk : def.foreignKeys()) {
            indexes = Indexes.withForeignKeyIndex(indexes, fk, columns);
        }
        String engine = def.options().engine() != null ? def.options().engine() : flavor.defaultEngine();
        String comment = def.options().comment() == null || def.options().comment().isEmpty() ? null
                : def.options().comment();
        return new TableSchema(id, columns, indexes, charset[0], charset[1], engine, comment);
    }

    /** {charset, collation} of a new table. */
    static String[] tableCharset(AlterSpec.TableOptions options, SchemaCatalog.DatabaseDef db, ServerFlavor flavor) {
        String charset = options.charset();
        String collation = options.collation();
        if (charset != null && charset.equals("default")) {
            charset = null; // CHARSET=DEFAULT: the database's
        }
        if (charset == null && collation != null) {
            charset = Charsets.charsetOfCollation(collation);
        }
        if (charset == null) {
            if (db != null && db.charset() != null) {
                return new String[] {db.charset(), db.collation() != null ? db.collation()
                        : flavor.defaultCollation(db.charset())};
            }
            return new String[] {flavor.serverCharset(), flavor.serverCollation()};
        }
        return new String[] {charset, collation != null ? collation : flavor.defaultCollation(charset)};
    }

    private static Set<String> primaryColumns(List<IndexDef> indexes) {
        Set<String> columns = new HashSet<>();
        for (IndexDef index : indexes) {
            if (index.kind() == IndexDef.Kind.PRIMARY) {
                index.columns().forEach(c -> columns.add(c.toLowerCase(Locale.ROOT)));
            }
        }
        return columns;
    }
}
