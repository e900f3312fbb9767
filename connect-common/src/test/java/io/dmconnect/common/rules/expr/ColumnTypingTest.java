package io.dmconnect.common.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.rules.expr.value.Truth;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Row values typed by the table schema: Java values, all-string rows (the dry-run CLI), collations per column. */
class ColumnTypingTest {

    /** DM's TestSkipDMLByExpression and TestAllBinaryProtocolTypes: an expression, a table, a dropped and a kept row. */
    static Stream<Arguments> dmCases() {
        return Stream.of(
                dm("state != 1", cols("primary_id bigint unsigned", "id bigint unsigned", "state tinyint unsigned"),
                        List.of(100, 100, 3), List.of(100, 100, 1)),
                dm("f > 1.23", cols("f float"), List.of(2.0f), List.of(1.0f)),
                dm("f > a + b", cols("f float", "a int", "b int"), List.of(123.45f, 1, 2), List.of(0.01f, 23, 45)),
                dm("id = 30", cols("id int", "name varchar(20)", "dt datetime", "ts timestamp"),
                        Arrays.asList(30, "30", null, "2021-06-17 10:13:05"), Arrays.asList(20, "20", null, "2021-06-17 10:13:05")),
                dm("c IS NULL", cols("c int"), Arrays.asList((Object) null), List.of(100)),
                dm("c = 1", cols("c int"), List.of(1), List.of(100)),
                dm("c = 2", cols("c tinyint"), List.of((byte) 2), List.of((byte) -1)),
                dm("c < 10", cols("c smallint"), List.of((short) 8), List.of((short) 18)),
                dm("c < 0", cols("c mediumint"), List.of(-8), List.of(1)),
                dm("c = 100000000", cols("c bigint"), List.of(100000000L), List.of(200000000L)),
                dm("c = 10.1", cols("c decimal(5,2)"), List.of("10.10"), List.of("10.11")),
                dm("c < 0.1", cols("c float"), List.of(0.08f), List.of(0.18f)),
                dm("c < 0.1", cols("c double"), List.of(0.08), List.of(0.18)),
                dm("c = b'1'", cols("c bit(4)"), List.of(1L), List.of(2L)),
                dm("c = '2021-06-21 12:34:56'", cols("c timestamp"), List.of("2021-06-21 12:34:56"), List.of("1970-01-01 00:00:01")),
                dm("c = '2021-06-21 00:00:12'", cols("c datetime"), List.of("2021-06-21 00:00:12"), List.of("1970-01-01 00:00:01")),
                dm("c = '00:00:12'", cols("c time(6)"), List.of("00:00:12"), List.of("00:00:01")),
                dm("c = '2021-06-21'", cols("c date"), List.of("2021-06-21"), List.of("1970-01-01")),
                dm("c = '2021'", cols("c year"), List.of(2021), List.of(2020)),
                dm("c = 'x-small'", cols("c enum('x-small','small')"), List.of("x-small"), List.of("small")),
                dm("find_in_set('c', c) > 0", cols("c set('a','b','c','d')"), List.of("c,d"), List.of("d")),
                dm("c = x'1234'", cols("c blob"), List.of(new byte[] {0x12, 0x34}), List.of("Vx".getBytes())),
                dm("c = 'abc'", cols("c varchar(20)"), List.of("abc"), List.of("def")),
                dm("c->\"$.id\" = 1", cols("c json"), List.of("{\"id\": 1}".getBytes()), List.of("{\"id\": 2}")),
                dm("c > 18446744073709551614", cols("c bigint unsigned"), List.of(new BigInteger("18446744073709551615")),
                        List.of(Long.MAX_VALUE)),
                dm("b", cols("b tinyint(1)"), List.of(true), List.of(false)),
                dm("c = '2021-06-21 20:34:56'", cols("c timestamp"), List.of(Instant.parse("2021-06-21T12:34:56Z")),
                        List.of(OffsetDateTime.parse("2021-06-21T20:34:56Z"))),
                dm("c > '12:00'", cols("c time"), List.of(LocalTime.of(13, 0)), List.of(LocalTime.of(11, 0))));
    }

    private static Arguments dm(String expression, TableSchema schema, List<?> dropped, List<?> kept) {
        return Arguments.of(expression, schema, dropped, kept);
    }

    private static TableSchema cols(String... columns) {
        return Eval.schema(columns);
    }

    private static Map<String, Object> rowOf(TableSchema schema, List<?> values) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            row.put(schema.columns().get(i).name(), values.get(i));
        }
        return row;
    }

    /** TIMESTAMP instants read in the session zone: Asia/Shanghai makes 12:34:56Z the local 20:34:56. */
    private static boolean isTrue(String expression, TableSchema schema, Map<String, Object> row) {
        return Truth.isTrue(Expression.parse(expression).evaluate(row, schema, ZoneId.of("Asia/Shanghai"), Eval.CLOCK));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dmCases")
    void typedRowValuesAsDmTestsThem(String expression, TableSchema schema, List<?> dropped, List<?> kept) {
        assertThat(isTrue(expression, schema, rowOf(schema, dropped))).isTrue();
        assertThat(isTrue(expression, schema, rowOf(schema, kept))).isFalse();
    }

    /** The dry-run CLI gives every value as a string: the schema types them the same way. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dmCases")
    void allStringRowsAreTypedByTheSchema(String expression, TableSchema schema, List<?> dropped, List<?> kept) {
        assertThat(isTrue(expression, schema, rowOf(schema, strings(dropped)))).isTrue();
        assertThat(isTrue(expression, schema, rowOf(schema, strings(kept)))).isFalse();
    }

    private static List<Object> strings(List<?> values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            out.add(v == null ? null : v instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8)
                    : v instanceof Boolean flag ? (flag ? "1" : "0")
                    : v instanceof Instant i ? local(i) : v instanceof OffsetDateTime o ? local(o.toInstant()) : String.valueOf(v));
        }
        return out;
    }

    /** The CLI gives TIMESTAMP values as local date-times in the session zone. */
    private static String local(Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant, ZoneId.of("Asia/Shanghai")).toString().replace('T', ' ');
    }

    @ParameterizedTest(name = "{0} with {1} / table {2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', nullValues = "-", value = {
            "name = 'ABC'                     | utf8mb4_general_ci | -           | 1",
            "name = 'abc  '                   | utf8mb4_general_ci | -           | 1",
            "name LIKE 'AB%'                  | utf8mb4_general_ci | -           | 1",
            "name = 'ÀBC'                     | utf8mb4_unicode_ci | -           | 1",
            "LOCATE('B', name)                | utf8mb4_general_ci | -           | 2",
            "name IN ('ABC')                  | utf8mb4_general_ci | -           | 1",
            "name COLLATE utf8mb4_bin = 'ABC' | utf8mb4_general_ci | -           | 0",
            "name = 'ABC'                     | utf8mb4_bin        | -           | 0",
            "name = 'abc  '                   | utf8mb4_bin        | -           | 1",
            "name LIKE 'AB%'                  | utf8mb4_bin        | -           | 0",
            "name = 'ABC'                     | utf8mb4_0900_ai_ci | -           | 1",
            "name = 'abc '                    | utf8mb4_0900_ai_ci | -           | 0",
            "name = 'ABC'                     | -                  | utf8mb4_bin | 0",
            "name = 'ABC'                     | -                  | latin1_swedish_ci | 1",
            "name = 'ABC'                     | -                  | -           | 1",
    })
    void stringColumnsCompareWithTheirCollation(String expression, String collation, String tableCollation, String expected) {
        ColumnDef column = Eval.text("name", collation);
        TableSchema schema = new TableSchema(Eval.TABLE, List.of(column), List.of(), "utf8mb4", tableCollation, null, null);
        assertThat(Eval.eval(expression, Eval.row("name", "abc"), schema)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', value = {
            "a = b                 | 0",
            "a COLLATE utf8mb4_general_ci = b | 1",
            "bin = 'ABC'           | 0",
            "bin = 'abc'           | 1",
    })
    void mixedCollationsPickTheStricterOne(String expression, String expected) {
        TableSchema schema = TableSchema.of(Eval.TABLE, List.of(Eval.text("a", "utf8mb4_general_ci"), Eval.text("b", "utf8mb4_bin"),
                ColumnDef.of("bin", "varbinary(10)")), List.of());
        assertThat(Eval.eval(expression, Eval.row("a", "abc", "b", "ABC", "bin", "abc".getBytes()), schema)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', value = {
            "id = 1    | id=abc   | column id holds an integer, but its value 'abc' is not a number",
            "j->'$.a'  | j={oops  | JSON column j holds invalid JSON text",
            "id = 1    | other=1  | the row has no value for column 'id' of shop.orders",
            "nope = 1  | id=1     | unknown column 'nope' in table shop.orders",
    })
    void badValuesAndMissingColumnsAreNamed(String expression, String assignment, String message) {
        TableSchema schema = Eval.schema("id int", "j json", "other int");
        String[] kv = assignment.split("=", 2);
        Map<String, Object> row = Eval.row(kv[0], kv[1]);
        assertThatThrownBy(() -> Expression.parse(expression).evaluate(row, schema, ZoneOffset.UTC, Eval.CLOCK))
                .isInstanceOf(ExpressionException.class).hasMessageContaining(message);
    }

    /** DM docs: a TIMESTAMP can be compared with a literal that names its offset; it is converted to the session zone. */
    @ParameterizedTest(name = "{0} with ts={1} in {2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', value = {
            "c_timestamp = '2021-01-01 12:34:56.5678+08:00'  | 2021-01-01 04:34:56.5678 | UTC           | 1",
            "c_timestamp = '2021-01-01 12:34:56.5678+08:00'  | 2021-01-01 12:34:56.5678 | Asia/Shanghai | 1",
            "c_timestamp = '2021-01-01 12:34:56.5678+08:00'  | 2021-01-01 12:34:56.5678 | UTC           | 0",
            "c_timestamp > '2021-01-01 12:00:00-01:00'       | 2021-01-01 12:30:00      | UTC           | 0",
            "c_timestamp IN ('2021-01-01 13:00:00+01:00')    | 2021-01-01 12:00:00      | UTC           | 1",
    })
    void timestampLiteralsWithAnOffset(String expression, String value, String zone, String expected) {
        TableSchema schema = Eval.schema("c_timestamp timestamp(4)");
        assertThat(Eval.eval(expression, Eval.row("c_timestamp", value), schema, ZoneId.of(zone))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', value = {
            "dt = '0000-00-00 00:00:00'   | 1",
            "dt IS NULL                   | 0",
            "ID = 7                       | 1",
    })
    void zeroDatesStayStringsAndColumnNamesIgnoreCase(String expression, String expected) {
        TableSchema schema = Eval.schema("id int", "dt datetime");
        assertThat(Eval.eval(expression, Eval.row("Id", "7", "DT", "0000-00-00 00:00:00"), schema)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', value = {
            "n > '9'     | 0",
            "n > 9       | 1",
            "n + 0 > 9   | 1",
            "missing = 1 | the row has no value for column 'missing' (and no table schema is known)",
    })
    void withoutASchemaStringsStayStrings(String expression, String expected) {
        Map<String, Object> row = Eval.row("n", "10");
        if (expected.startsWith("the row")) {
            assertThatThrownBy(() -> Eval.eval(expression, row, null)).hasMessageContaining(expected);
        } else {
            assertThat(Eval.eval(expression, row, null)).isEqualTo(expected);
        }
    }
}
