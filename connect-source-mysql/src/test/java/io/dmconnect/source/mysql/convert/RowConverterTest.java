package io.dmconnect.source.mysql.convert;

import static io.dmconnect.common.record.Columns.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.TableId;
import io.dmconnect.common.record.ConversionOptions;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.IndexDef.Kind;
import io.dmconnect.common.schema.TableSchema;
import java.io.Serializable;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RowConverterTest {
    private static final TableId ID = new TableId("shop", "orders");
    /** id, name, virtual generated doubled, note (nullable); unique NOT NULL key on name, no primary key. */
    private static final TableSchema TABLE = new TableSchema(ID, List.of(
            col("id", "int(10) unsigned", false, false, null),
            col("name", "varchar(8)", false, false, "utf8mb4"),
            col("doubled", "bigint(20)", true, true, null),
            col("note", "varchar(8)")),
            List.of(new IndexDef("uk_name", Kind.UNIQUE, List.of("name"))), "utf8mb4", null, null, null);

    private final RowConverter converter = new RowConverter(TABLE, "up1.shop.orders.Value", "up1.shop.orders.Key",
            ConversionOptions.DEFAULTS);

    @Test
    void convertsAFullRowImage() {
        Struct value = converter.toStruct(row(-1, bytes("ab"), 8L, null), bits(0, 1, 2, 3));
        assertThat(value.get("id")).isEqualTo(4294967295L);
        assertThat(value.get("name")).isEqualTo("ab");
        assertThat(value.get("doubled")).isEqualTo(8L);
        assertThat(value.get("note")).isNull();
        assertThat(value.schema()).isEqualTo(converter.valueSchema());
        assertThat(converter.toKey(value)).isEqualTo(new Struct(converter.keySchema()).put("name", "ab"));
    }

    @Test
    void aGeneratedColumnMissingFromTheImageIsNull() {
        // MySQL leaves virtual generated columns out of the row image
        Struct value = converter.toStruct(row(1, bytes("ab"), bytes("n")), bits(0, 1, 3));
        assertThat(value.get("doubled")).isNull();
        assertThat(value.get("note")).isEqualTo("n");
    }

    static Stream<Arguments> brokenImages() {
        return Stream.of(
                Arguments.of("stored column missing (binlog_row_image=MINIMAL)", row(1, bytes("n")), bits(0, 3),
                        "column name is missing from the row image; DM needs full row images: set binlog_row_image=FULL"),
                Arguments.of("more cells than the schema has columns", row(1, bytes("a"), 2L, null, 5), bits(0, 1, 2, 3, 4),
                        "the row image has more columns (5) than the tracked schema (4)"),
                Arguments.of("fewer cells than included columns", row(1, bytes("a")), bits(0, 1, 2, 3),
                        "the row image has 2 cells for 4 included columns"),
                Arguments.of("NULL in a NOT NULL column", row(1, null, 2L, null), bits(0, 1, 2, 3),
                        "column name is NOT NULL in the tracked schema but NULL in the binlog"),
                Arguments.of("a cell of the wrong type", row("1", bytes("a"), 2L, null), bits(0, 1, 2, 3),
                        "shop.orders: column id (int(10) unsigned): expected a Integer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenImages")
    void rowsThatDoNotMatchTheTrackedSchemaAreErrors(String why, Serializable[] row, BitSet included, String message) {
        assertThatThrownBy(() -> converter.toStruct(row, included)).isInstanceOf(DataException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aTableWithoutIdentityHasNoKey() {
        TableSchema noKey = TableSchema.of(ID, List.of(col("a", "int(11)")), List.of());
        RowConverter c = new RowConverter(noKey, "v", "k", ConversionOptions.DEFAULTS);
        assertThat(c.keySchema()).isNull();
        assertThat(c.toKey(c.toStruct(row(1), bits(0)))).isNull();
    }

    private static Serializable[] row(Serializable... cells) {
        return cells;
    }

    private static BitSet bits(int... set) {
        BitSet b = new BitSet();
        for (int i : set) {
            b.set(i);
        }
        return b;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
