package io.dmconnect.source.mysql.convert;

import static io.dmconnect.source.mysql.convert.ValueConverters.expect;

import io.dmconnect.common.record.ColumnKind;
import io.dmconnect.common.record.ColumnSchemas;
import io.dmconnect.common.record.ConversionOptions;
import io.dmconnect.common.record.ConversionOptions.BigintUnsignedMode;
import io.dmconnect.common.schema.ColumnDef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.BitSet;
import org.apache.kafka.connect.errors.DataException;

/** Integers (the binlog carries them signed; UNSIGNED is restored from the column), DECIMAL and BIT. */
final class NumericConverters {
    private NumericConverters() {
    }

    static ValueConverter integer(ColumnKind kind, ColumnDef column, ConversionOptions options) {
        boolean unsigned = column.unsigned();
        return switch (kind) {
            case TINYINT -> raw -> (short) (unsigned ? expect(raw, Integer.class, column) & 0xFF
                    : expect(raw, Integer.class, column));
            case SMALLINT -> unsigned ? raw -> expect(raw, Integer.class, column) & 0xFFFF
                    : raw -> (short) (int) expect(raw, Integer.class, column);
            case MEDIUMINT -> unsigned ? raw -> expect(raw, Integer.class, column) & 0xFFFFFF
                    : raw -> expect(raw, Integer.class, column);
            case INT -> unsigned ? raw -> expect(raw, Integer.class, column) & 0xFFFFFFFFL
                    : raw -> expect(raw, Integer.class, column);
            case BIGINT -> unsigned && options.bigintUnsignedMode() == BigintUnsignedMode.PRECISE
                    ? raw -> new BigDecimal(new BigInteger(Long.toUnsignedString(expect(raw, Long.class, column))))
                    : raw -> expect(raw, Long.class, column);
            default -> throw new IllegalArgumentException("not an integer kind: " + kind);
        };
    }

    static ValueConverter decimal(ColumnDef column, ConversionOptions options) {
        int scale = column.scale() == null ? 0 : column.scale();
        ValueConverter exact = raw -> rescale(expect(raw, BigDecimal.class, column), scale, column);
        return switch (options.decimalMode()) {
            case PRECISE -> exact;
            case STRING -> raw -> ((BigDecimal) exact.convert(raw)).toPlainString();
            case DOUBLE -> raw -> expect(raw, BigDecimal.class, column).doubleValue();
        };
    }

    /** Connect's Decimal requires the value's scale to be the schema's; the binlog value has at most that scale. */
    private static BigDecimal rescale(BigDecimal value, int scale, ColumnDef column) {
        try {
            return value.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new DataException("column " + column.name() + " (" + column.columnType() + "): value " + value
                    + " has more than " + scale + " decimal places; the tracked schema does not match the table", e);
        }
    }

    /** BIT(1) as a boolean, BIT(n) as ceil(n/8) bytes little-endian (BitSet's own order). */
    static ValueConverter bit(ColumnDef column) {
        int length = ColumnSchemas.bitLength(column);
        if (length == 1) {
            return raw -> expect(raw, BitSet.class, column).get(0);
        }
        int bytes = (length + 7) / 8;
        return raw -> {
            BitSet bits = expect(raw, BitSet.class, column);
            if (bits.length() > length) {
                throw new DataException("column " + column.name() + " (" + column.columnType() + "): "
                        + bits.length() + " bits do not fit; the tracked schema does not match the table");
            }
            return Arrays.copyOf(bits.toByteArray(), bytes); // toByteArray drops high zero bytes
        };
    }
}
