package io.dmconnect.source.mysql.emit;

import java.io.Serializable;
import java.util.BitSet;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * Turns one binlog row image of a table (at one schema version) into Connect values. Built once per table
 * schema; the column-level mapping lives in {@code io.dmconnect.source.mysql.convert}.
 */
public interface RowEncoder {
    /** The optional struct of every column, in table order. */
    Schema valueSchema();

    /** The primary-key (or first NOT NULL unique key) struct, or null when the table has neither. */
    Schema keySchema();

    Struct value(Serializable[] row, BitSet includedColumns);

    /** The key of a row, from its value; null when {@link #keySchema()} is null. */
    Struct key(Struct value);
}
