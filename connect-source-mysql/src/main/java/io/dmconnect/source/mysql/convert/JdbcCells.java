package io.dmconnect.source.mysql.convert;

import io.dmconnect.common.TableId;
import io.dmconnect.common.record.ColumnKind;
import io.dmconnect.common.schema.ColumnDef;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.List;
import org.apache.kafka.connect.errors.DataException;

/**
 * Reads a column with a SELECT into exactly the cell the binlog deserializers deliver for it (see
 * {@link BinlogDeserializers}), so that {@link RowConverter} turns a snapshot row and the same row from the binlog
 * into equal structs. Each column is selected in a form that carries its value exactly: temporal values as the
 * server's text (zero dates, TIME beyond 24 hours and every fraction digit survive), TIMESTAMP as its epoch value
 * (no time zone involved), strings as their stored bytes (decoded later with the column's charset, as binlog bytes
 * are), BIT/YEAR/ENUM/SET as numbers, FLOAT and DOUBLE through their exact decimal text.
 *
 * <p>Also binds a key cell as a query parameter the server compares like the column (numbers as numbers, strings
 * as text in the connection charset, binary as bytes, temporal values as literals).
 */
public final class JdbcCells {
    private JdbcCells() {
    }

    /** The SELECT expression of a column (never aliased, so that ORDER BY a column name means the column). */
    public static String selectExpression(ColumnDef column, boolean mariaDb) {
        String q = TableId.quote(column.name());
        return switch (ColumnKind.of(column)) {
            case FLOAT -> "CAST(CAST(" + q + " AS DOUBLE) AS CHAR)";
            case DOUBLE, DATE, DATETIME, TIME -> "CAST(" + q + " AS CHAR)";
            case TIMESTAMP -> "UNIX_TIMESTAMP(" + q + ")";
            case BIT, YEAR -> "CAST(" + q + " AS UNSIGNED)";
            case ENUM, SET -> "(" + q + " + 0)";
            case TEXT -> "CAST(" + q + " AS BINARY)";
            case JSON -> mariaDb ? "CAST(" + q + " AS BINARY)" : q;
            default -> q;
        };
    }

    /** The cell of column {@code index} (1-based) of the current row, as the binlog delivers it; null for NULL. */
    public static Serializable read(ResultSet rs, int index, ColumnDef column, boolean mariaDb) throws SQLException {
        return reader(column, mariaDb).read(rs, index);
    }

    /**
     * The reader of {@code column}, resolved once: a snapshot reads every cell of millions of rows, and working out
     * the column's kind from its type name for each cell was a measurable part of the task thread's time.
     */
    public static CellReader reader(ColumnDef column, boolean mariaDb) {
        ColumnKind kind = ColumnKind.of(column);
        return switch (kind) {
            case TINYINT, SMALLINT, MEDIUMINT, INT -> (rs, index) -> {
                long v = rs.getLong(index);
                return rs.wasNull() ? null : Integer.valueOf((int) v); // the binlog's signed view of the bits
            };
            // as text: an UNSIGNED BIGINT above 2^63-1 does not fit getLong; wrapped to the binlog's signed view
            case BIGINT -> (rs, index) -> text(rs, index, s -> Long.valueOf(new BigInteger(s).longValue()));
            case DECIMAL -> ResultSet::getBigDecimal;
            case FLOAT -> (rs, index) -> text(rs, index, s -> Float.valueOf((float) Double.parseDouble(s)));
            case DOUBLE -> (rs, index) -> text(rs, index, Double::valueOf);
            case BIT -> (rs, index) -> text(rs, index, s -> BitSet.valueOf(new long[] {new BigInteger(s).longValue()}));
            case YEAR, ENUM -> (rs, index) -> text(rs, index, Integer::valueOf);
            case SET -> (rs, index) -> text(rs, index, Long::valueOf);
            case DATE -> (rs, index) -> text(rs, index, TemporalText::date);
            case DATETIME -> (rs, index) -> text(rs, index, TemporalText::dateTime);
            case TIME -> (rs, index) -> text(rs, index, TemporalText::time);
            case TIMESTAMP -> (rs, index) -> text(rs, index, TemporalText::timestamp);
            case JSON -> mariaDb ? ResultSet::getBytes : ResultSet::getString;
            case TEXT, FIXED_BINARY, BYTES, GEOMETRY, POINT -> ResultSet::getBytes;
        };
    }

    /** The readers of {@code columns}, in order: column {@code i} is result column {@code i + 1}. */
    public static CellReader[] readers(List<ColumnDef> columns, boolean mariaDb) {
        CellReader[] readers = new CellReader[columns.size()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = reader(columns.get(i), mariaDb);
        }
        return readers;
    }

    /** The current row's cells, read by {@code readers} (from {@link #readers}). */
    public static Serializable[] row(ResultSet rs, CellReader[] readers) throws SQLException {
        Serializable[] cells = new Serializable[readers.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = readers[i].read(rs, i + 1);
        }
        return cells;
    }

    /** Reads one column of the current row as the binlog's cell. */
    @FunctionalInterface
    public interface CellReader {
        Serializable read(ResultSet rs, int index) throws SQLException;
    }

    /** Binds a key cell (from {@link #read}) as parameter {@code index}, compared by the server like the column. */
    public static void bind(PreparedStatement ps, int index, ColumnDef column, Serializable cell, String tableCharset)
            throws SQLException {
        ColumnKind kind = ColumnKind.of(column);
        switch (kind) {
            case TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT, BIT -> ps.setBigDecimal(index, new BigDecimal(KeyCells.integer(kind, column, cell)));
            case DECIMAL -> ps.setBigDecimal(index, (BigDecimal) cell);
            case FLOAT -> ps.setDouble(index, (Float) cell);
            case DOUBLE -> ps.setDouble(index, (Double) cell);
            case YEAR, ENUM -> ps.setLong(index, (Integer) cell);
            case SET -> ps.setLong(index, (Long) cell);
            case DATE, DATETIME, TIME, TIMESTAMP -> ps.setString(index, TemporalText.literal((RawTemporal) cell));
            case TEXT -> ps.setString(index, KeyCells.text(column, tableCharset, (byte[]) cell));
            case FIXED_BINARY, BYTES -> ps.setBytes(index, KeyCells.paddedBinary(column, (byte[]) cell));
            default -> throw new DataException("column " + column.name() + " (" + column.columnType()
                    + ") cannot be part of a snapshot chunk key");
        }
    }

    private interface Parser {
        Serializable parse(String text);
    }

    private static Serializable text(ResultSet rs, int index, Parser parser) throws SQLException {
        String v = rs.getString(index);
        return v == null ? null : parser.parse(v);
    }
}
