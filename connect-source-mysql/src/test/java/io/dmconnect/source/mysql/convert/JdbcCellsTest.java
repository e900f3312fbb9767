package io.dmconnect.source.mysql.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.schema.ColumnDef;
import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.List;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

/** The per-column readers a snapshot resolves once per chunk give the cells the binlog gives. */
class JdbcCellsTest {
    private static final ColumnDef ID = new ColumnDef("id", "int", "int(10) unsigned", null, null, null, true, false,
            null, false, true, null, null, List.of(), false);
    private static final ColumnDef BIG = new ColumnDef("big", "bigint", "bigint(20) unsigned", null, null, null, true,
            true, null, false, false, null, null, List.of(), false);
    private static final ColumnDef C = ColumnDef.of("c", "char(120)");
    private static final ColumnDef F = ColumnDef.of("f", "float");
    private static final ColumnDef D = ColumnDef.of("d", "decimal(10,2)");

    @Test
    void aRowIsReadColumnByColumnAsTheBinlogsCells() throws Exception {
        JdbcCells.CellReader[] readers = JdbcCells.readers(List.of(ID, BIG, C, F, D), true);
        ResultSet rs = row(4294967295L, "18446744073709551615", "abc".getBytes(StandardCharsets.UTF_8), "0.1",
                new BigDecimal("12.50"));
        Serializable[] cells = JdbcCells.row(rs, readers);
        assertThat(cells[0]).isEqualTo(-1); // INT UNSIGNED max: the binlog's signed 32 bits
        assertThat(cells[1]).isEqualTo(-1L); // BIGINT UNSIGNED max: the binlog's signed 64 bits
        assertThat((byte[]) cells[2]).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
        assertThat(cells[3]).isEqualTo(0.1f);
        assertThat(cells[4]).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void nullsStayNullWhateverTheKind() throws Exception {
        Serializable[] cells = JdbcCells.row(row(null, null, null, null, null),
                JdbcCells.readers(List.of(ID, BIG, C, F, D), false));
        assertThat(cells).containsOnlyNulls().hasSize(5);
    }

    @Test
    void theSingleCellReadGivesWhatTheResolvedReaderGives() throws Exception {
        ResultSet rs = row(7L);
        assertThat(JdbcCells.read(rs, 1, ID, true)).isEqualTo(JdbcCells.reader(ID, true).read(rs, 1)).isEqualTo(7);
    }

    @Test
    void aTypeWithoutALosslessMappingFailsWhenTheReadersAreBuiltNotPerRow() {
        ColumnDef odd = ColumnDef.of("x", "hyperloglog");
        assertThatThrownBy(() -> JdbcCells.readers(List.of(ID, odd), true)).isInstanceOf(DataException.class)
                .hasMessageContaining("column x has type hyperloglog");
    }

    /** A one-row result set over {@code values} (column i+1 is values[i]), answering what the readers ask. */
    private static ResultSet row(Object... values) {
        boolean[] lastNull = new boolean[1];
        return (ResultSet) Proxy.newProxyInstance(JdbcCellsTest.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("wasNull")) {
                        return lastNull[0];
                    }
                    Object v = values[(Integer) args[0] - 1];
                    lastNull[0] = v == null;
                    return switch (method.getName()) {
                        case "getLong" -> v == null ? 0L : ((Number) v).longValue();
                        case "getString" -> v == null ? null : v.toString();
                        case "getBytes" -> v;
                        case "getBigDecimal" -> v;
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }
}
