package io.dmconnect.common.record;

import static io.dmconnect.common.record.Columns.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.record.ConversionOptions.BigintUnsignedMode;
import io.dmconnect.common.record.ConversionOptions.DecimalMode;
import io.dmconnect.common.record.ConversionOptions.TemporalMode;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnSchemasTest {
    private static final ConversionOptions DEFAULTS = ConversionOptions.DEFAULTS;

    /** The mapping table of docs/data-types.md, default options: type, schema name, parameters. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "tinyint(4)              | INT16   | -                                     | -",
            "tinyint(1)              | INT16   | -                                     | -",
            "tinyint(3) unsigned     | INT16   | -                                     | -",
            "smallint(6)             | INT16   | -                                     | -",
            "smallint(5) unsigned    | INT32   | -                                     | -",
            "mediumint(9)            | INT32   | -                                     | -",
            "mediumint(8) unsigned   | INT32   | -                                     | -",
            "int(11)                 | INT32   | -                                     | -",
            "int(10) unsigned        | INT64   | -                                     | -",
            "bigint(20)              | INT64   | -                                     | -",
            "bigint(20) unsigned     | BYTES   | org.apache.kafka.connect.data.Decimal | scale=0,connect.decimal.precision=20",
            "decimal(65,30)          | BYTES   | org.apache.kafka.connect.data.Decimal | scale=30,connect.decimal.precision=65",
            "decimal(5,2) unsigned   | BYTES   | org.apache.kafka.connect.data.Decimal | scale=2,connect.decimal.precision=5",
            "float                   | FLOAT32 | -                                     | -",
            "double                  | FLOAT64 | -                                     | -",
            "bit(1)                  | BOOLEAN | -                                     | -",
            "bit(10)                 | BYTES   | io.debezium.data.Bits                 | length=10",
            "bit(64)                 | BYTES   | io.debezium.data.Bits                 | length=64",
            "date                    | INT32   | io.debezium.time.Date                 | -",
            "datetime(6)             | INT64   | io.debezium.time.MicroTimestamp       | -",
            "datetime                | INT64   | io.debezium.time.MicroTimestamp       | -",
            "timestamp(6)            | STRING  | io.debezium.time.ZonedTimestamp       | -",
            "time(6)                 | INT64   | io.debezium.time.MicroTime            | -",
            "year(4)                 | INT32   | io.debezium.time.Year                 | -",
            "char(4)                 | STRING  | -                                     | -",
            "varchar(255)            | STRING  | -                                     | -",
            "longtext                | STRING  | -                                     | -",
            "binary(4)               | BYTES   | -                                     | -",
            "varbinary(8)            | BYTES   | -                                     | -",
            "blob                    | BYTES   | -                                     | -",
            "enum('a','b','c')       | STRING  | io.debezium.data.Enum                 | allowed=a,b,c",
            "set('x','y')            | STRING  | io.debezium.data.EnumSet              | allowed=x,y",
            "json                    | STRING  | io.debezium.data.Json                 | -",
            "geometry                | STRUCT  | io.debezium.data.geometry.Geometry    | -",
            "polygon                 | STRUCT  | io.debezium.data.geometry.Geometry    | -",
            "point                   | STRUCT  | io.debezium.data.geometry.Point       | -",
    })
    void defaultMapping(String columnType, Schema.Type type, String name, String parameters) {
        Schema schema = ColumnSchemas.forColumn(col("c", columnType), DEFAULTS);
        assertThat(schema.type()).isEqualTo(type);
        assertThat(schema.name()).isEqualTo(name);
        assertThat(schema.isOptional()).isTrue();
        assertThat(schema.parameters() == null ? Map.of() : schema.parameters()).isEqualTo(parameters(parameters));
        if (name != null && name.startsWith("io.debezium")) {
            assertThat(schema.version()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "date           | STRING   | STRING  | io.dmconnect.time.MySqlDate",
            "datetime(3)    | STRING   | STRING  | io.dmconnect.time.MySqlDateTime",
            "time(6)        | STRING   | STRING  | io.dmconnect.time.MySqlTime",
            "timestamp(6)   | STRING   | STRING  | io.debezium.time.ZonedTimestamp",
            "year(4)        | STRING   | INT32   | io.debezium.time.Year",
            "date           | DEBEZIUM | INT32   | io.debezium.time.Date",
    })
    void temporalModes(String columnType, TemporalMode mode, Schema.Type type, String name) {
        Schema schema = ColumnSchemas.forColumn(col("c", columnType), DEFAULTS.withTemporalMode(mode));
        assertThat(schema.type()).isEqualTo(type);
        assertThat(schema.name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "decimal(10,2)       | PRECISE | PRECISE | BYTES   | org.apache.kafka.connect.data.Decimal",
            "decimal(10,2)       | DOUBLE  | PRECISE | FLOAT64 | -",
            "decimal(10,2)       | STRING  | PRECISE | STRING  | -",
            "bigint(20) unsigned | PRECISE | LONG    | INT64   | -",
            "bigint(20) unsigned | STRING  | PRECISE | BYTES   | org.apache.kafka.connect.data.Decimal",
            "bigint(20)          | PRECISE | PRECISE | INT64   | -",
    })
    void numericModes(String columnType, DecimalMode decimal, BigintUnsignedMode bigint, Schema.Type type,
                      String name) {
        ConversionOptions options = DEFAULTS.withDecimalMode(decimal).withBigintUnsignedMode(bigint);
        Schema schema = ColumnSchemas.forColumn(col("c", columnType), options);
        assertThat(schema.type()).isEqualTo(type);
        assertThat(schema.name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "nullable={0} generated={1}")
    @CsvSource({"true, false, true", "false, false, false", "false, true, true", "true, true, true"})
    void optionalWhenNullableOrGenerated(boolean nullable, boolean generated, boolean optional) {
        Schema schema = ColumnSchemas.forColumn(col("c", "int(11)", nullable, generated, null), DEFAULTS);
        assertThat(schema.isOptional()).isEqualTo(optional);
        assertThat(schema.parameters() == null ? null : schema.parameters().get(LogicalTypes.COLUMN_GENERATED))
                .isEqualTo(generated ? "true" : null);
    }

    @Test
    void keepsTheColumnNameWhenTheFieldNameDiffers() {
        assertThat(ColumnSchemas.forColumn(col("order-id", "int(11)"), DEFAULTS).parameters())
                .containsEntry(LogicalTypes.COLUMN_NAME, "order-id");
        assertThat(ColumnSchemas.forColumn(col("order_id", "int(11)"), DEFAULTS).parameters()).isNull();
        assertThat(ColumnSchemas.forColumn(col("a_b", "int(11)"), DEFAULTS, "a_b_2").parameters())
                .containsEntry(LogicalTypes.COLUMN_NAME, "a_b");
    }

    @Test
    void propagatesSourceTypesOnRequest() {
        Schema schema = ColumnSchemas.forColumn(col("c", "decimal(12,2) unsigned"),
                DEFAULTS.withPropagateSourceType(true));
        assertThat(schema.parameters()).containsEntry(LogicalTypes.COLUMN_TYPE, "decimal(12,2) unsigned")
                .containsEntry(LogicalTypes.SOURCE_COLUMN_TYPE, "DECIMAL UNSIGNED")
                .containsEntry(LogicalTypes.SOURCE_COLUMN_LENGTH, "12")
                .containsEntry(LogicalTypes.SOURCE_COLUMN_SCALE, "2")
                .containsEntry(Decimal.SCALE_FIELD, "2");
        assertThat(ColumnSchemas.forColumn(col("c", "varchar(16)"), DEFAULTS.withPropagateSourceType(true))
                .parameters()).containsEntry(LogicalTypes.SOURCE_COLUMN_TYPE, "VARCHAR")
                .containsEntry(LogicalTypes.SOURCE_COLUMN_LENGTH, "16")
                .doesNotContainKey(LogicalTypes.SOURCE_COLUMN_SCALE);
        assertThat(ColumnSchemas.forColumn(col("c", "varchar(16)"), DEFAULTS).parameters()).isNull();
    }

    @Test
    void spatialStructsHaveDebeziumsFields() {
        Schema geometry = ColumnSchemas.forColumn(col("g", "geometry"), DEFAULTS);
        assertThat(geometry.fields()).extracting(Field::name).containsExactly("wkb", "srid");
        assertThat(geometry.field("wkb").schema()).isEqualTo(Schema.BYTES_SCHEMA);
        assertThat(geometry.field("srid").schema()).isEqualTo(Schema.OPTIONAL_INT32_SCHEMA);
        Schema point = ColumnSchemas.forColumn(col("p", "point"), DEFAULTS);
        assertThat(point.fields()).extracting(Field::name).containsExactly("x", "y", "wkb", "srid");
    }

    @Test
    void unknownTypesAreErrorsNotGuesses() {
        assertThatThrownBy(() -> ColumnSchemas.forColumn(col("u", "uuid"), DEFAULTS))
                .isInstanceOf(DataException.class).hasMessageContaining("uuid").hasMessageContaining("data-types.md");
    }

    private static Map<String, String> parameters(String spec) {
        if (spec == null) {
            return Map.of();
        }
        // "allowed=a,b,c" holds commas, so split only before a key
        return java.util.Arrays.stream(spec.split(",(?=[a-z._]+=)"))
                .map(kv -> kv.split("=", 2)).collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
    }
}
