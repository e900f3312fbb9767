package io.dmconnect.sink.tidb.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.CreateTableParser;
import io.dmconnect.common.ddl.ServerFlavor;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.sink.tidb.error.ErrorCode;
import io.dmconnect.sink.tidb.error.SinkException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableCreatorTest {
    private static final TableId TARGET = new TableId("shop", "orders");
    private final TableCreator creator = new TableCreator();

    private static ColumnDef column(String name, String dataType, String columnType, boolean nullable,
                                    String defaultValue, boolean hasDefault) {
        return new ColumnDef(name, dataType, columnType, null, null, null, false, nullable, defaultValue, hasDefault,
                false, null, null, List.of(), false);
    }

    /** The schema keeps defaults canonical and unquoted; the type decides how they are written back. */
    @ParameterizedTest(name = "{1} default {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            int       | int(11)       | false | 5                    | true  | 5
            decimal   | decimal(8,3)  | true  | -1.500               | true  | -1.500
            double    | double        | true  | 1e3                  | true  | 1e3
            varchar   | varchar(8)    | true  | abc                  | true  | 'abc'
            varchar   | varchar(8)    | true  | it's \\ here         | true  | 'it''s \\\\ here'
            varchar   | varchar(8)    | true  | 5                    | true  | '5'
            varchar   | varchar(36)   | true  | uuid()               | true  | (uuid())
            datetime  | datetime(3)   | true  | current_timestamp(3) | true  | CURRENT_TIMESTAMP(3)
            timestamp | timestamp     | false | current_timestamp()  | true  | CURRENT_TIMESTAMP
            datetime  | datetime      | true  | 2020-01-01 00:00:00  | true  | '2020-01-01 00:00:00'
            bit       | bit(3)        | true  | b'101'               | true  | b'101'
            varbinary | varbinary(4)  | true  | 0x41                 | true  | 0x41
            int       | int(11)       | true  | null                 | true  | NULL
            int       | int(11)       | false | null                 | true  | ''
            int       | int(11)       | true  | null                 | false | ''
            enum      | enum('a','b') | false | a                    | true  | 'a'
            """)
    void writesDefaultsByType(String dataType, String columnType, boolean nullable, String value, boolean has,
                              String expected) {
        String clause = TableCreator.defaultClause(column("c", dataType, columnType, nullable, value, has));
        assertThat(clause).isEqualTo(expected.equals("''") ? "" : expected);
    }

    @Test
    void writesColumnsKeysAndOptions() {
        ColumnDef id = new ColumnDef("id", "bigint", "bigint(20) unsigned", null, null, null, true, false, null, false,
                true, null, null, List.of(), false);
        ColumnDef sku = new ColumnDef("sku", "varchar", "varchar(32)", 32, null, null, false, false, null, false,
                false, "latin1", "latin1_swedish_ci", List.of(), false);
        ColumnDef note = new ColumnDef("note", "text", "text", null, null, null, false, true, null, true, false,
                "utf8mb4", "utf8mb4_general_ci", List.of(), false);
        ColumnDef data = new ColumnDef("data", "blob", "blob", null, null, null, false, true, null, true, false,
                null, null, List.of(), false);
        TableSchema schema = new TableSchema(TARGET, List.of(id, sku, note, data), List.of(
                new IndexDef("PRIMARY", IndexDef.Kind.PRIMARY, List.of("id")),
                new IndexDef("uk_sku", IndexDef.Kind.UNIQUE, List.of("sku", "id")),
                new IndexDef("ix_note", IndexDef.Kind.INDEX, List.of("note", "data")),
                new IndexDef("ft", IndexDef.Kind.FULLTEXT, List.of("note")),
                new IndexDef("ix_expr", IndexDef.Kind.INDEX, List.of("lower(sku)"))),
                "utf8mb4", "utf8mb4_general_ci", "InnoDB", "it's a table");
        assertThat(creator.createTableSql(schema)).isEqualTo("CREATE TABLE IF NOT EXISTS `shop`.`orders` ("
                + "`id` bigint(20) unsigned NOT NULL AUTO_INCREMENT, "
                + "`sku` varchar(32) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL, "
                + "`note` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL, "
                + "`data` blob NULL DEFAULT NULL, "
                + "PRIMARY KEY (`id`), UNIQUE KEY `uk_sku` (`sku`, `id`), KEY `ix_note` (`note`(255), `data`(255)), "
                + "FULLTEXT KEY `ft` (`note`), KEY `ix_expr` ((lower(sku)))) "
                + "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='it''s a table'");
    }

    /** What SHOW CREATE TABLE says comes back the same through the schema (round trip of the common model). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE TABLE `t` (`a` int(11) NOT NULL, `b` varchar(10) DEFAULT 'x', PRIMARY KEY (`a`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
            CREATE TABLE `t` (`a` decimal(10,2) unsigned DEFAULT 1.50, `d` datetime(6) NOT NULL DEFAULT current_timestamp(6), UNIQUE KEY `u` (`d`,`a`)) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
            """)
    void roundTripsThroughTheSchemaModel(String showCreate) {
        CreateTableParser parser = new CreateTableParser(ServerFlavor.MARIADB_10_11);
        TableSchema original = parser.parse(showCreate, TARGET);
        TableSchema recreated = parser.parse(creator.createTableSql(original)
                .replace("CREATE TABLE IF NOT EXISTS `shop`.`orders`", "CREATE TABLE `t`"), TARGET);
        assertThat(recreated).isEqualTo(original);
    }

    @Test
    void refusesWhatItCannotCreate() {
        ColumnDef generated = new ColumnDef("g", "int", "int(11)", null, null, null, false, true, null, false, false,
                null, null, List.of(), true);
        assertThatThrownBy(() -> creator.createTableSql(TableSchema.of(TARGET, List.of(generated), List.of())))
                .isInstanceOfSatisfying(SinkException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CANNOT_CREATE_TABLE);
                    assertThat(e.getMessage()).contains("shop.orders: column g is generated");
                });
        assertThatThrownBy(() -> creator.createTableSql(TableSchema.of(TARGET, List.of(), List.of())))
                .hasMessageContaining("no columns");
    }
}
