package io.dmconnect.common.record;

import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * The value and key schemas of a table's records.
 *
 * <p>Value: an optional struct (as the envelope's {@code before} and {@code after} need it) with one field per
 * column, in column order, named by {@link SchemaNames#fieldNames}. Key: DM's row identity (dm-semantics §2.11):
 * the primary key, else the first unique index whose columns are all NOT NULL; a table with neither has no key
 * schema. Record names are used as given; build them with {@link SchemaNames}.
 */
public final class TableSchemas {
    private TableSchemas() {
    }

    /** The value schema: every column in order. */
    public static Schema valueSchema(TableSchema table, String recordName, ConversionOptions options) {
        List<String> names = fieldNames(table);
        SchemaBuilder struct = SchemaBuilder.struct().name(recordName).optional();
        for (int i = 0; i < table.columns().size(); i++) {
            struct.field(names.get(i), ColumnSchemas.forColumn(table.columns().get(i), options, names.get(i)));
        }
        return struct.build();
    }

    /** The key schema: the identity columns in index order, or null when the table has no identity key. */
    public static Schema keySchema(TableSchema table, String recordName, ConversionOptions options) {
        Optional<IndexDef> key = identityKey(table);
        if (key.isEmpty()) {
            return null;
        }
        List<String> names = fieldNames(table);
        SchemaBuilder struct = SchemaBuilder.struct().name(recordName);
        for (String column : key.get().columns()) {
            int i = table.indexOf(column);
            ColumnDef def = table.columns().get(i);
            // key columns are NOT NULL by definition (MySQL makes primary key columns NOT NULL implicitly)
            ColumnDef required = def.nullable() ? withNotNull(def) : def;
            struct.field(names.get(i), ColumnSchemas.forColumn(required, options, names.get(i)));
        }
        return struct.build();
    }

    /**
     * DM's identity key: PRIMARY, else the first UNIQUE index all of whose columns are NOT NULL.
     */
    public static Optional<IndexDef> identityKey(TableSchema table) {
        Optional<IndexDef> primary = table.primaryKey();
        if (primary.isPresent()) {
            requireColumns(table, primary.get());
            return primary;
        }
        return table.indexes().stream()
                .filter(index -> index.kind() == IndexDef.Kind.UNIQUE && !index.columns().isEmpty())
                .filter(index -> index.columns().stream().allMatch(c -> notNull(table, c)))
                .findFirst();
    }

    /** Positions (0-based, in column order) of the identity key's columns, in key order; empty when none. */
    public static List<Integer> keyPositions(TableSchema table) {
        List<Integer> positions = new ArrayList<>();
        identityKey(table).ifPresent(key -> key.columns().forEach(c -> positions.add(table.indexOf(c))));
        return positions;
    }

    /** The field name of every column, in column order (see {@link SchemaNames#fieldNames}). */
    public static List<String> fieldNames(TableSchema table) {
        return SchemaNames.fieldNames(table.columns().stream().map(ColumnDef::name).toList());
    }

    private static boolean notNull(TableSchema table, String column) {
        Optional<ColumnDef> def = table.column(column);
        return def.isPresent() && !def.get().nullable();
    }

    private static void requireColumns(TableSchema table, IndexDef index) {
        for (String column : index.columns()) {
            if (table.indexOf(column) < 0) {
                throw new IllegalArgumentException("index " + index.name() + " of " + table.id()
                        + " names column " + column + ", which the table does not have");
            }
        }
    }

    private static ColumnDef withNotNull(ColumnDef c) {
        return new ColumnDef(c.name(), c.dataType(), c.columnType(), c.length(), c.precision(), c.scale(),
                c.unsigned(), false, c.defaultValue(), c.hasDefault(), c.autoIncrement(), c.charset(),
                c.collation(), c.elements(), c.generated());
    }
}
