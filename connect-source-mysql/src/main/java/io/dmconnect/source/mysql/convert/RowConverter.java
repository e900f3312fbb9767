package io.dmconnect.source.mysql.convert;

import io.dmconnect.common.record.ConversionOptions;
import io.dmconnect.common.record.TableSchemas;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import java.io.Serializable;
import java.util.BitSet;
import java.util.List;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/**
 * Converts the binlog rows of one table, at one schema version, into value and key structs of
 * {@link TableSchemas#valueSchema} and {@link TableSchemas#keySchema}. Build one per (table schema, options) and
 * rebuild it after DDL; it is immutable and may be shared between threads.
 *
 * <p>The tracked {@link TableSchema} is authoritative: binlog column {@code i} is table column {@code i}. DM
 * requires full row images (dm-semantics §2.11): a stored column missing from the image is an error; a missing
 * generated column is null (MariaDB logs virtual columns, a server that leaves them out is still readable).
 */
public final class RowConverter {
    private final TableSchema table;
    private final Schema valueSchema;
    private final Schema keySchema;
    private final ValueConverter[] converters;
    private final List<Integer> keyPositions;

    public RowConverter(TableSchema table, String valueRecordName, String keyRecordName, ConversionOptions options) {
        this.table = table;
        this.valueSchema = TableSchemas.valueSchema(table, valueRecordName, options);
        this.keySchema = TableSchemas.keySchema(table, keyRecordName, options);
        this.keyPositions = TableSchemas.keyPositions(table);
        List<ColumnDef> columns = table.columns();
        this.converters = new ValueConverter[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            converters[i] = ValueConverters.forColumn(columns.get(i), valueSchema.fields().get(i).schema(),
                    table.charset(), options);
        }
    }

    public Schema valueSchema() {
        return valueSchema;
    }

    /** The key schema, or null when the table has neither a primary key nor a NOT NULL unique key. */
    public Schema keySchema() {
        return keySchema;
    }

    /**
     * The value struct of one row image: {@code row} holds the cells of the columns set in
     * {@code includedColumns}, in column order, as the binlog library delivers them.
     */
    public Struct toStruct(Serializable[] row, BitSet includedColumns) {
        Struct struct = new Struct(valueSchema);
        List<Field> fields = valueSchema.fields();
        int cell = 0;
        for (int i = 0; i < fields.size(); i++) {
            ColumnDef column = table.columns().get(i);
            Object value = null;
            if (includedColumns.get(i)) {
                if (cell >= row.length) {
                    throw mismatch("the row image has " + row.length + " cells for " + includedColumns.cardinality()
                            + " included columns");
                }
                value = convert(i, column, row[cell++]);
            } else if (!column.generated()) {
                throw new DataException(table.id() + ": column " + column.name() + " is missing from the row image; "
                        + "DM needs full row images: set binlog_row_image=FULL on the upstream");
            }
            if (value == null && !fields.get(i).schema().isOptional()) {
                throw mismatch("column " + column.name() + " is NOT NULL in the tracked schema but NULL in the binlog");
            }
            struct.put(fields.get(i), value);
        }
        if (cell != row.length || includedColumns.length() > fields.size()) {
            throw mismatch("the row image has more columns (" + Math.max(row.length, includedColumns.length())
                    + ") than the tracked schema (" + fields.size() + ")");
        }
        return struct;
    }

    /** The key struct of a value struct from {@link #toStruct}, or null when the table has no key schema. */
    public Struct toKey(Struct value) {
        if (keySchema == null) {
            return null;
        }
        Struct key = new Struct(keySchema);
        List<Field> keyFields = keySchema.fields();
        for (int k = 0; k < keyFields.size(); k++) {
            key.put(keyFields.get(k), value.get(valueSchema.fields().get(keyPositions.get(k))));
        }
        return key;
    }

    private Object convert(int position, ColumnDef column, Object raw) {
        if (raw == null) {
            return null;
        }
        try {
            return converters[position].convert(raw);
        } catch (DataException e) {
            throw new DataException(table.id() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new DataException(table.id() + ": column " + column.name() + " (" + column.columnType()
                    + "): cannot convert " + raw.getClass().getSimpleName() + " value: " + e, e);
        }
    }

    private DataException mismatch(String what) {
        return new DataException(table.id() + ": " + what + "; the tracked schema does not match the binlog");
    }
}
