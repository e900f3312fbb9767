package io.dmconnect.common.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.schema.TableSchema;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON functions, paths and the {@code ->} / {@code ->>} operators, with MySQL's results and rendering. */
class JsonFunctionsTest {
    private static final TableSchema SCHEMA = Eval.schema("id int", "c json", "name varchar(20)");
    private static final Map<String, Object> ROW = Eval.row("id", 1,
            "c", "{\"id\": 1, \"name\": \"Müller\", \"a\": [10, {\"b\": \"x\"}], \"n\": 1.5, \"flag\": true, \"nil\": null}",
            "name", "x");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', value = {
            "JSON_EXTRACT('[10, 20, [30, 40]]', '$[1]')                  | 20",
            "JSON_EXTRACT('[10, 20, [30, 40]]', '$[1]', '$[0]')          | [20, 10]",
            "JSON_EXTRACT('[10, 20, [30, 40]]', '$[2][*]')               | [30, 40]",
            "JSON_EXTRACT('{\"a\": 1, \"b\": {\"c\": [1, 2]}}', '$.b.c[1]') | 2",
            "JSON_EXTRACT('{\"a\": [{\"b\": 5}]}', '$.a[0].b')           | 5",
            "JSON_EXTRACT('{\"a\": 1}', '$.x')                           | NULL",
            "JSON_EXTRACT('{\"a b\": 1}', '$.\"a b\"')                   | 1",
            "JSON_EXTRACT('[1, 2, 3]', '$[last]')                        | 3",
            "JSON_EXTRACT('[1, 2, 3]', '$[last-1]')                      | 2",
            "JSON_EXTRACT('{\"a\": 1, \"b\": 2}', '$.*')                 | [1, 2]",
            "JSON_EXTRACT('5', '$[0]')                                   | 5",
            "JSON_EXTRACT('{\"a\": \"x\"}', '$.a')                       | \"x\"",
            "JSON_EXTRACT('{\"b\": 1, \"a\": [true, null]}', '$')        | {\"a\": [true, null], \"b\": 1}",
            "JSON_EXTRACT('{\"a\": 1.5, \"bb\": 3.0}', '$')              | {\"a\": 1.5, \"bb\": 3.0}",
            "JSON_EXTRACT(NULL, '$.a')                                   | NULL",
            "JSON_EXTRACT('{\"a\": 1}', NULL)                            | NULL",
            "JSON_UNQUOTE('\"abc\"')                                     | abc",
            "JSON_UNQUOTE('abc')                                         | abc",
            "JSON_UNQUOTE(JSON_EXTRACT('{\"a\": \"x\"}', '$.a'))         | x",
            "JSON_UNQUOTE(JSON_EXTRACT('{\"a\": [1]}', '$.a'))           | [1]",
            "JSON_UNQUOTE(NULL)                                          | NULL",
            "JSON_LENGTH('[1, 2, {\"a\": 3}]')                           | 3",
            "JSON_LENGTH('{\"a\": 1, \"b\": {\"c\": 30}}')               | 2",
            "JSON_LENGTH('{\"a\": 1, \"b\": {\"c\": 30}}', '$.b')        | 1",
            "JSON_LENGTH('5')                                            | 1",
            "JSON_LENGTH('{\"a\": 1}', '$.x')                            | NULL",
            "JSON_LENGTH(NULL)                                           | NULL",
            "JSON_TYPE('{\"a\": [10, true]}')                            | OBJECT",
            "JSON_TYPE('[1]')                                            | ARRAY",
            "JSON_TYPE('\"x\"')                                          | STRING",
            "JSON_TYPE('1')                                              | INTEGER",
            "JSON_TYPE('1.5')                                            | DOUBLE",
            "JSON_TYPE('true')                                           | BOOLEAN",
            "JSON_TYPE('null') = 'NULL'                                  | 1",
            "JSON_TYPE(NULL)                                             | NULL",
            "JSON_VALID('{\"a\": 1}')                                    | 1",
            "JSON_VALID('hello')                                         | 0",
            "JSON_VALID('{} x')                                          | 0",
            "JSON_VALID('\"hello\"')                                     | 1",
            "JSON_VALID(1)                                               | 0",
            "JSON_VALID(NULL)                                            | NULL",
            "JSON_CONTAINS('{\"a\": 1, \"c\": {\"d\": 4}}', '1', '$.a')   | 1",
            "JSON_CONTAINS('{\"a\": 1, \"c\": {\"d\": 4}}', '{\"d\": 4}', '$.a') | 0",
            "JSON_CONTAINS('{\"a\": 1, \"c\": {\"d\": 4}}', '{\"d\": 4}', '$.c') | 1",
            "JSON_CONTAINS('[1, 2, [3, 4]]', '[1, 3]')                   | 1",
            "JSON_CONTAINS('[1, 2]', '[1, 5]')                           | 0",
            "JSON_CONTAINS('[1, 2]', '2')                                | 1",
            "JSON_CONTAINS('{\"a\": 1}', '{\"a\": 1, \"b\": 2}')         | 0",
            "JSON_CONTAINS('{\"a\": 1}', '{}')                           | 1",
            "JSON_CONTAINS('\"x\"', '\"x\"')                             | 1",
            "JSON_CONTAINS('{\"a\": 1}', '1', '$.x')                     | NULL",
            "JSON_CONTAINS(NULL, '1')                                    | NULL",
            "JSON_EXTRACT('{\"id\": 1}', '$.id') = 1                     | 1",
            "JSON_EXTRACT('{\"id\": \"1\"}', '$.id') = 1                 | 0",
            "JSON_EXTRACT('{\"n\": \"abc\"}', '$.n') = 'abc'             | 1",
            "JSON_EXTRACT('{\"n\": 1.5}', '$.n') > 1                     | 1",
            "JSON_EXTRACT('{\"n\": [1, 2]}', '$.n') = JSON_EXTRACT('[1,2]', '$') | 1",
            "JSON_EXTRACT('{\"a\": null}', '$.a') IS NULL                | 0",
            "JSON_EXTRACT('{\"a\": 1}', '$.b') IS NULL                   | 1",
    })
    void functions(String expression, String expected) {
        assertThat(Eval.eval(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', value = {
            "c->'$.id' = 1                  | 1",
            "c->\"$.id\" = 1                | 1",
            "c->'$.id'                      | 1",
            "c->'$.name'                    | \"Müller\"",
            "c->>'$.name'                   | Müller",
            "c->>'$.name' = 'Müller'        | 1",
            "c->'$.name' = 'Müller'         | 1",
            "c->>'$.name' = 'müller'        | 0",
            "c->'$.a[1].b'                  | \"x\"",
            "c->\"$.a[0]\" + 1              | 11",
            "c->'$.n' * 2                   | 3",
            "c->'$.missing' IS NULL         | 1",
            "c->'$.nil' IS NULL             | 0",
            "c->'$.id' IN (1, 2)            | 1",
            "c->'$.id' = 1 AND id = 1       | 1",
            "c->'$.id' BETWEEN 0 AND 2      | 1",
            "c->>'$.name' LIKE 'M%'         | 1",
            "JSON_TYPE(c->'$.flag')         | BOOLEAN",
            "JSON_LENGTH(c, '$.a')          | 2",
            "JSON_CONTAINS(c, '10', '$.a')  | 1",
    })
    void arrowOperatorsOnAJsonColumn(String expression, String expected) {
        assertThat(Eval.eval(expression, ROW, SCHEMA)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', value = {
            "JSON_EXTRACT('not json', '$')            | Invalid JSON text in argument 1 to function json_extract",
            "JSON_EXTRACT(name, '$')                  | Invalid JSON text in argument 1 to function json_extract",
            "JSON_EXTRACT(id, '$')                    | Invalid data type for JSON data in argument 1",
            "JSON_EXTRACT(c, CONCAT('$', '['))        | Invalid JSON path expression",
            "JSON_LENGTH(c, CONCAT('$', '[*]'))       | may not contain the * and ** tokens",
    })
    void invalidDocumentsAndPathsFailAsInMySql(String expression, String message) {
        assertThatThrownBy(() -> Eval.eval(expression, ROW, SCHEMA)).isInstanceOf(ExpressionException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', value = {
            "JSON_EXTRACT(c, 'a')                     | Invalid JSON path expression 'a'",
            "JSON_EXTRACT(c, '$.a[')                  | Invalid JSON path expression",
            "JSON_EXTRACT(c, '$**.a')                 | unsupported: JSON path wildcard **",
            "JSON_EXTRACT(c, '$[1 to 2]')             | unsupported: JSON path range",
            "c->'$.a'->'$.b'                          | unsupported: chained JSON operators",
            "c->1 = 1                                 | needs a JSON path string",
    })
    void constantPathsAreCheckedWhenParsed(String expression, String message) {
        assertThatThrownBy(() -> Expression.parse(expression)).isInstanceOf(ExpressionException.class)
                .hasMessageContaining(message);
    }
}
