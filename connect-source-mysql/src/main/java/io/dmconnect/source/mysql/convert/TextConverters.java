package io.dmconnect.source.mysql.convert;

import static io.dmconnect.source.mysql.convert.ValueConverters.expect;

import io.dmconnect.common.schema.ColumnDef;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.connect.errors.DataException;

/** Strings, fixed-length binary, ENUM, SET and JSON. */
final class TextConverters {
    private TextConverters() {
    }

    /** CHAR/VARCHAR/TEXT: the binlog bytes decoded with the column's charset. */
    static ValueConverter text(ColumnDef column, String charset) {
        Function<byte[], String> decoder = decoder(column, charset);
        return raw -> decoder.apply(expect(raw, byte[].class, column));
    }

    /** BINARY(n): MySQL drops trailing 0x00 bytes from the binlog image; they are part of the value. */
    static ValueConverter fixedBinary(ColumnDef column) {
        Integer length = column.length();
        return raw -> {
            byte[] bytes = expect(raw, byte[].class, column);
            return length == null || bytes.length >= length ? bytes : Arrays.copyOf(bytes, length);
        };
    }

    /** ENUM: index 1..n names an element; index 0 is the '' MySQL stores for an invalid value. */
    static ValueConverter enumeration(ColumnDef column) {
        List<String> elements = column.elements();
        return raw -> {
            int index = expect(raw, Integer.class, column);
            if (index == 0) {
                return "";
            }
            if (index < 0 || index > elements.size()) {
                throw mismatch(column, "ENUM index " + index);
            }
            return elements.get(index - 1);
        };
    }

    /** SET: bit i of the mask is element i; the value lists the set elements in definition order. */
    static ValueConverter set(ColumnDef column) {
        List<String> elements = column.elements();
        return raw -> {
            long mask = expect(raw, Long.class, column);
            if (elements.size() < 64 && (mask >>> elements.size()) != 0) {
                throw mismatch(column, "SET bitmask " + Long.toBinaryString(mask));
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < elements.size(); i++) {
                if ((mask & (1L << i)) != 0) {
                    out.append(out.length() == 0 ? "" : ",").append(elements.get(i));
                }
            }
            return out.toString();
        };
    }

    /** JSON: text already (MySQL's binary JSON, see {@link LosslessCells}) or text bytes (MariaDB's LONGTEXT). */
    static ValueConverter json(ColumnDef column, String charset) {
        Function<byte[], String> decoder = decoder(column, charset);
        return raw -> raw instanceof String s ? s : decoder.apply(expect(raw, byte[].class, column));
    }

    private static Function<byte[], String> decoder(ColumnDef column, String charset) {
        return Charsets.decoder(charset).orElseThrow(() -> new DataException("column " + column.name() + " ("
                + column.columnType() + ") uses character set " + charset + ", which dm-connect cannot decode; "
                + "supported character sets are listed in docs/data-types.md"));
    }

    private static DataException mismatch(ColumnDef column, String what) {
        return new DataException("column " + column.name() + " (" + column.columnType() + "): " + what
                + " is outside the tracked definition " + column.elements()
                + "; the tracked schema does not match the table");
    }
}
