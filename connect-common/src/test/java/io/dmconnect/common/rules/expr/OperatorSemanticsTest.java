package io.dmconnect.common.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MySQL operator semantics over constants: three-valued logic, comparison coercion, arithmetic, predicates. */
class OperatorSemanticsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "NULL AND 0         | 0",
            "0 AND NULL         | 0",
            "NULL AND 1         | NULL",
            "1 AND 1            | 1",
            "NULL OR 1          | 1",
            "1 OR NULL          | 1",
            "NULL OR 0          | NULL",
            "0 OR 0             | 0",
            "NULL XOR 1         | NULL",
            "1 XOR 1            | 0",
            "1 XOR 0            | 1",
            "1 XOR 1 XOR 1      | 1",
            "NOT NULL           | NULL",
            "NOT 0              | 1",
            "NOT 'abc'          | 1",
            "NOT '1abc'         | 0",
            "!0                 | 1",
            "1 && 0             | 0",
            "NOT 2 AND 1        | 0",
            "1 OR 0 AND 0       | 1",
            "(1 OR 0) AND 0     | 0",
            "NULL = NULL        | NULL",
            "NULL <=> NULL      | 1",
            "1 <=> NULL         | 0",
            "1 <=> 1            | 1",
            "NULL IS NULL       | 1",
            "0 IS NOT NULL      | 1",
            "NULL IS TRUE       | 0",
            "NULL IS NOT TRUE   | 1",
            "2 IS TRUE          | 1",
            "0 IS FALSE         | 1",
            "0.0 IS FALSE       | 1",
            "NULL IS UNKNOWN    | 1",
            "1 IS NOT UNKNOWN   | 1",
            "TRUE               | 1",
            "FALSE              | 0",
    })
    void threeValuedLogic(String expression, String expected) {
        assertThat(Eval.eval(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'10' = 10                                        | 1",
            "'10abc' = 10                                     | 1",
            "'abc' = 0                                        | 1",
            "'1e3' = 1000                                     | 1",
            "'10' > '9'                                       | 0",
            "'10' > 9                                         | 1",
            "10 > 9                                           | 1",
            "1.0 = 1                                          | 1",
            "0.1 + 0.2 = 0.3                                  | 1",
            "0.1e0 + 0.2e0 = 0.3e0                            | 0",
            "18446744073709551615 > 9223372036854775807       | 1",
            "18446744073709551615 = 18446744073709551615.0    | 1",
            "-1 < 18446744073709551615                        | 1",
            "'a' = 'A'                                        | 0",
            "'a' = 'a  '                                      | 1",
            "'a' COLLATE utf8mb4_general_ci = 'A'             | 1",
            "'a' COLLATE utf8mb4_0900_ai_ci = 'a '            | 0",
            "'é' COLLATE utf8mb4_general_ci = 'E'             | 1",
            "'a' < 'b'                                        | 1",
            "'abc' != 'abd'                                   | 1",
            "'abc' <> 'abc'                                   | 0",
            "DATE '2021-06-01' = '2021-06-01'                 | 1",
            "DATE '2021-06-01' = '2021-06-01 00:00:00'        | 1",
            "DATE '2021-06-01' < '2021-06-01 00:00:01'        | 1",
            "DATE '2021-06-01' = '2021/6/1'                   | 1",
            "TIMESTAMP '2021-06-01 10:00:00' > '2021-06-01 9:00:00' | 1",
            "DATE '2021-06-01' = 20210601                     | 1",
            "DATE '2021-06-01' = 'not a date'                 | 0",
            "TIME '10:00:00' > '9:00:00'                      | 1",
            "TIME '-01:00:00' < '00:00:00'                    | 1",
            "x'41' = 'A'                                      | 1",
            "x'01' = 1                                        | 1",
            "0x41 = 'A'                                       | 1",
            "b'101' = 5                                       | 1",
            "'abc' >= 'ABC'                                   | 1",
    })
    void comparisonCoercion(String expression, String expected) {
        assertThat(Eval.eval(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "1 + 2                          ; 3",
            "7 / 2                          ; 3.5000",
            "1 / 3                          ; 0.3333",
            "1.00 / 3                       ; 0.333333",
            "1 / 0                          ; NULL",
            "1 / NULL                       ; NULL",
            "7 DIV 2                        ; 3",
            "-7 DIV 2                       ; -3",
            "7.9 DIV 2                      ; 3",
            "7 DIV 0                        ; NULL",
            "-7 % 3                         ; -1",
            "7 % -3                         ; 1",
            "7.5 % 2                        ; 1.5",
            "5 % 0                          ; NULL",
            "'3' + 4                        ; 7",
            "'1.5' + 1                      ; 2.5",
            "'abc' + 1                      ; 1",
            "1.5 + 1                        ; 2.5",
            "0.1 * 3                        ; 0.3",
            "2 * 3.0                        ; 6.0",
            "1e0 / 4                        ; 0.25",
            "-(-5)                          ; 5",
            "2 + 3 * 4                      ; 14",
            "(2 + 3) * 4                    ; 20",
            "10 - 2 - 3                     ; 5",
            "18446744073709551615 - 1       ; 18446744073709551614",
            "-9223372036854775808           ; -9223372036854775808",
            "5 & 3                          ; 1",
            "5 | 3                          ; 7",
            "5 ^ 3                          ; 6",
            "1 << 3                         ; 8",
            "16 >> 2                        ; 4",
            "1 << 64                        ; 0",
            "~0                             ; 18446744073709551615",
            "-1 & 255                       ; 255",
            "'5.7' | 0                      ; 6",
            "DATE '2021-06-01' + 1          ; 20210602",
            "TIME '01:02:03' + 0            ; 10203",
    })
    void arithmetic(String expression, String expected) {
        assertThat(Eval.eval(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "9223372036854775807 + 1        | BIGINT value is out of range",
            "-9223372036854775807 - 2       | BIGINT value is out of range",
            "9223372036854775807 * 2        | BIGINT value is out of range",
            "18446744073709551615 + 1       | BIGINT value is out of range",
            "0 - 18446744073709551615       | BIGINT value is out of range",
            "-(-9223372036854775808)        | BIGINT value is out of range",
            "1e308 * 10                     | DOUBLE value is out of range",
    })
    void overflowIsAnErrorAsInMySql(String expression, String message) {
        assertThatThrownBy(() -> Eval.eval(expression)).isInstanceOf(ExpressionException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((ExpressionException) e).kind()).isEqualTo(ExpressionException.Kind.EVALUATION));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1 IN (1, 2)                    | 1",
            "3 IN (1, 2)                    | 0",
            "3 IN (1, NULL)                 | NULL",
            "1 IN (1, NULL)                 | 1",
            "NULL IN (1, 2)                 | NULL",
            "NULL IN (NULL)                 | NULL",
            "3 NOT IN (1, NULL)             | NULL",
            "1 NOT IN (1, NULL)             | 0",
            "3 NOT IN (1, 2)                | 1",
            "'a' IN ('A', 'b')              | 0",
            "'1' IN (1, 2)                  | 1",
            "2 BETWEEN 1 AND 3              | 1",
            "1 BETWEEN 1 AND 3              | 1",
            "4 BETWEEN 1 AND 3              | 0",
            "NULL BETWEEN 1 AND 3           | NULL",
            "2 BETWEEN NULL AND 3           | NULL",
            "5 BETWEEN NULL AND 3           | 0",
            "2 NOT BETWEEN 1 AND 3          | 0",
            "2 NOT BETWEEN NULL AND 3       | NULL",
            "'b' BETWEEN 'a' AND 'c'        | 1",
            "'10' BETWEEN 9 AND 11          | 1",
            "DATE '2021-06-15' BETWEEN '2021-06-01' AND '2021-06-30' | 1",
            "CASE 1 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'other' END | one",
            "CASE 3 WHEN 1 THEN 'one' ELSE 'other' END | other",
            "CASE 3 WHEN 1 THEN 'one' END   | NULL",
            "CASE NULL WHEN NULL THEN 'null' ELSE 'no' END | no",
            "CASE WHEN 1 > 2 THEN 'a' WHEN 2 > 1 THEN 'b' END | b",
            "CASE WHEN NULL THEN 'a' ELSE 'b' END | b",
            "CASE '1' WHEN 1 THEN 'num' END | num",
            "CASE 'A' WHEN 'a' THEN 'ci' ELSE 'bin' END | bin",
    })
    void inBetweenCase(String expression, String expected) {
        assertThat(Eval.eval(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'abc' LIKE 'a%'                          | 1",
            "'abc' LIKE 'a_c'                         | 1",
            "'abc' LIKE 'a_'                          | 0",
            "'abc' LIKE '%'                           | 1",
            "'' LIKE '%'                              | 1",
            "'' LIKE '_'                              | 0",
            "'a%c' LIKE 'a\\%c'                       | 1",
            "'abc' LIKE 'a\\%c'                       | 0",
            "'a_c' LIKE 'a!_c' ESCAPE '!'             | 1",
            "'abc' LIKE 'a!_c' ESCAPE '!'             | 0",
            "'ABC' LIKE 'abc'                         | 0",
            "'ABC' COLLATE utf8mb4_general_ci LIKE 'abc' | 1",
            "'abc ' LIKE 'abc'                        | 0",
            "NULL LIKE 'a'                            | NULL",
            "'abc' LIKE NULL                          | NULL",
            "123 LIKE '12%'                           | 1",
            "'abc' NOT LIKE 'a%'                      | 0",
            "'aXbXc' LIKE '%b%c'                      | 1",
            "'mississippi' LIKE '%iss%ppi'            | 1",
            "'mississippi' LIKE '%iss%ppx'            | 0",
            "'日本語' LIKE '日_語'                     | 1",
            "'abc' REGEXP '^a'                        | 1",
            "'abc' RLIKE 'b.'                         | 1",
            "'abc' REGEXP 'd'                         | 0",
            "'abc' NOT REGEXP 'd'                     | 1",
            "'ABC' REGEXP 'abc'                       | 0",
            "'ABC' COLLATE utf8mb4_general_ci REGEXP 'abc' | 1",
            "NULL REGEXP 'a'                          | NULL",
    })
    void likeAndRegexp(String expression, String expected) {
        assertThat(Eval.eval(expression)).isEqualTo(expected);
    }
}
