package io.dmconnect.source.mysql.emit;

import io.dmconnect.source.mysql.convert.RowConverter;
import java.io.Serializable;
import java.util.BitSet;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/** {@link RowEncoder} over the lossless column conversion of {@code io.dmconnect.source.mysql.convert}. */
public final class RowConverterEncoder implements RowEncoder {
    private final RowConverter converter;

    public RowConverterEncoder(RowConverter converter) {
        this.converter = converter;
    }

    @Override
    public Schema valueSchema() {
        return converter.valueSchema();
    }

    @Override
    public Schema keySchema() {
        return converter.keySchema();
    }

    @Override
    public Struct value(Serializable[] row, BitSet includedColumns) {
        return converter.toStruct(row, includedColumns);
    }

    @Override
    public Struct key(Struct value) {
        return converter.keySchema() == null ? null : converter.toKey(value);
    }
}
