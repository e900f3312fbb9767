package io.dmconnect.common.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.rules.expr.ExpressionException.Kind;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing: what is accepted, what is rejected and how the rejection names the offending part. */
class ExpressionParserTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "c % 2 = 0",                        // DM docs and integration test (even_c)
            "state = 1 AND id > 100",           // DM docs
            "ts > NOW()",                       // DM integration test (future_date)
            "a*a + b*b = c*c",                  // DM integration test (pythagorean)
            "c > 100",                          // DM integration test (update_old_lt_100)
            "name != 'Müller'",                 // DM integration test (only_muller)
            "r = 'a'",                          // DM integration test (e02)
            "state != 1",                       // DM unit test
            "f > 1.23",                         // DM unit test
            "f > a + b",                        // DM unit test
            "c->\"$.id\" = 1",                  // DM unit test (JSON column)
            "find_in_set('c', c) > 0",          // DM unit test (SET column)
            "c = b'1'",                         // DM unit test (BIT column)
            "c = x'1234'",                      // DM unit test (BLOB column)
            "c IS NULL",
            "c BETWEEN 1 AND 10 OR c IN (20, 30)",
            "CASE WHEN c > 1 THEN 1 ELSE 0 END = 1",
    })
    void acceptsDmExamples(String expression) {
        assertThatCode(() -> Expression.parse(expression)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "~>", quoteCharacter = '§', value = {
            "SOUNDEX(name) = 'x'                ~> unsupported: function SOUNDEX(...)",
            "a IN (SELECT 1)                    ~> unsupported: subquery",
            "EXISTS (SELECT 1)                  ~> unsupported: EXISTS (subquery)",
            "a = ANY (SELECT 1)                 ~> unsupported: subquery",
            "COUNT(*) > 1                       ~> unsupported: aggregate function COUNT(...)",
            "SUM(a) > 1                         ~> unsupported: aggregate function SUM(...)",
            "a = ?                              ~> unsupported: parameter ?",
            "t.a = 1                            ~> unsupported: qualified column t.a",
            "(a, b) = (1, 2)                    ~> unsupported: row constructor",
            "a ILIKE 'x'                        ~> unsupported: ILIKE",
            "a || b                             ~> unsupported: ||",
            "INTERVAL 1 DAY                     ~> unsupported: INTERVAL outside DATE_ADD",
            "a::int = 1                         ~> unsupported: cast syntax",
            "CAST(a AS VARCHAR(10))             ~> unsupported: CAST to VARCHAR",
            "DATE_FORMAT(d, '%U') = '01'        ~> unsupported: DATE_FORMAT specifier %U",
            "EXTRACT(WEEK FROM d) = 1           ~> unsupported: EXTRACT unit WEEK",
            "a COLLATE foo = 'x'                ~> unsupported: collation foo",
            "ROW_NUMBER() OVER () = 1           ~> unsupported: window function",
            "a MEMBER OF ('[1]')                ~> unsupported: MEMBER OF",
    })
    void rejectsUnsupportedConstructsNamingThem(String expression, String message) {
        assertThatThrownBy(() -> Expression.parse(expression)).isInstanceOf(ExpressionException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((ExpressionException) e).kind()).isEqualTo(Kind.UNSUPPORTED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "~>", quoteCharacter = '§', value = {
            "a =                                ~> does not parse as MySQL",
            "a = 1 b                            ~> has text after the expression",
            "a = 1, b = 2                       ~> 2 comma-separated expressions",
            "a = 1 FROM t                       ~> has more than an expression",
            "a = 1; DROP TABLE t                ~> has more than an expression",
            "'  '                               ~> ",
            "LEFT('a')                          ~> LEFT takes 2 arguments, not 1",
            "CONCAT()                           ~> CONCAT takes at least 1 argument, not 0",
            "DATE_ADD(d, 1)                     ~> must be INTERVAL n unit",
            "'a' REGEXP '('                     ~> invalid regular expression",
            "'a' LIKE 'x' ESCAPE 'ab'           ~> Incorrect arguments to ESCAPE",
            "DATE '2021-02-30' = d              ~> invalid DATE literal",
            "!a = 1                             ~> ambiguous",
            "a | b & c                          ~> ambiguous",
            "a << 1 + 1                         ~> ambiguous",
            "a * b ^ c                          ~> ambiguous",
            "a OR b XOR c                       ~> ambiguous",
            "NOT a && b                         ~> ambiguous",
    })
    void rejectsSyntaxErrorsAndAmbiguousGrouping(String expression, String message) {
        String text = expression.equals("'  '") ? "  " : expression;
        assertThatThrownBy(() -> Expression.parse(text)).isInstanceOf(ExpressionException.class)
                .hasMessageContaining(message == null ? "empty" : message)
                .satisfies(e -> assertThat(((ExpressionException) e).kind()).isEqualTo(Kind.SYNTAX));
    }

    @ParameterizedTest(name = "{0} with a={1}, b={2}, c={3} -> {4}")
    @CsvSource(delimiterString = "~>", quoteCharacter = '§', value = {
            "!(a = 1)                 ~> 1  ~> 0  ~> 0  ~> 0",
            "(!a) = 1                 ~> 0  ~> 0  ~> 0  ~> 1",
            "a | (b & c)              ~> 1  ~> 2  ~> 6  ~> 3",
            "(a | b) & c              ~> 1  ~> 2  ~> 6  ~> 2",
            "a & b & c                ~> 7  ~> 6  ~> 4  ~> 4",
            "a << (b + c)             ~> 1  ~> 1  ~> 1  ~> 4",
            "(a OR b) XOR c           ~> 1  ~> 0  ~> 1  ~> 0",
            "a OR (b XOR c)           ~> 1  ~> 0  ~> 1  ~> 1",
            "(NOT a) && b             ~> 0  ~> 1  ~> 0  ~> 1",
            "a OR b AND c             ~> 1  ~> 0  ~> 0  ~> 1",
            "NOT a = b                ~> 1  ~> 1  ~> 0  ~> 0",
            "a + b * c                ~> 1  ~> 2  ~> 3  ~> 7",
            "a - b - c                ~> 9  ~> 2  ~> 3  ~> 4",
            "-a * b                   ~> 2  ~> 3  ~> 0  ~> -6",
    })
    void groupsOperatorsAsMySqlDoes(String expression, long a, long b, long c, String expected) {
        assertThat(Eval.eval(expression, Eval.row("a", a, "b", b, "c", c), null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "~>", quoteCharacter = '§', value = {
            "'it''s'                          ~> it's",
            "'a\\'b'                          ~> a'b",
            "LENGTH('a\\nb')                  ~> 3",
            "LENGTH('\\%')                    ~> 2",
            "\"double\" = 'double'            ~> 1",
            "'a' \"b\"                        ~> ",
            "_utf8mb4'abc'                    ~> abc",
            "N'abc'                           ~> abc",
            "_binary'abc' = 'abc'             ~> 1",
            "1.5 + 0                          ~> 1.5",
            "1.50 + 0                         ~> 1.50",
            "1.5e0 + 0                        ~> 1.5",
            "1e1                              ~> 10",
            "18446744073709551616 + 0         ~> 18446744073709551616",
            "CONCAT(X'4D7953514C')            ~> MySQL",
            "concat('a', 'b')                 ~> ab",
            "Left('abc', 1)                   ~> a",
    })
    void readsMySqlLiterals(String expression, String expected) {
        if (expected == null) {
            assertThatThrownBy(() -> Expression.parse(expression)).hasMessageContaining("has text after the expression");
            return;
        }
        assertThat(Eval.eval(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "~>", quoteCharacter = '§', value = {
            "`my col` + 1       ~> 42",
            "`MY COL` + 1       ~> 42",
            "`a``b` + 0         ~> 7",
    })
    void readsQuotedColumnNames(String expression, String expected) {
        Map<String, Object> row = Eval.row("my col", 41L, "a`b", 7L);
        assertThat(Eval.eval(expression, row, null)).isEqualTo(expected);
    }
}
