package io.dmconnect.common.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SqlLexerTest {

    /** Tokens as TYPE:value, space separated (EOF left out). */
    private static String tokens(String sql, SqlMode mode, ServerFlavor flavor) {
        List<Token> tokens = SqlLexer.tokenize(sql, mode, flavor);
        return tokens.stream().filter(t -> t.type() != Token.Type.EOF)
                .map(t -> t.type() + ":" + t.value()).collect(Collectors.joining(" "));
    }

    static Stream<Arguments> lexemes() {
        return Stream.of(
                arguments("ALTER TABLE t", "WORD:ALTER WORD:TABLE WORD:t"),
                arguments("`a``b`.`c`", "QUOTED_ID:a`b SYMBOL:. QUOTED_ID:c"),
                arguments("'it''s' 'a\\'b'", "STRING:it's STRING:a'b"),
                arguments("\"dq\"", "STRING:dq"),
                arguments("'\\n\\t\\\\\\%'", "STRING:\n\t\\\\%"),
                arguments("12 1.5 .5 1e3 2E-2", "NUMBER:12 NUMBER:1.5 NUMBER:.5 NUMBER:1e3 NUMBER:2E-2"),
                arguments("1abc 2x", "WORD:1abc WORD:2x"),
                arguments("0x1F x'AB' b'101' 0b11", "HEX:1F HEX:AB BIT:101 BIT:11"),
                arguments("N'nat' _utf8mb4'x'", "STRING:nat WORD:_utf8mb4 STRING:x"),
                arguments("a<=>b a->>'$.x' c:=1",
                        "WORD:a SYMBOL:<=> WORD:b WORD:a SYMBOL:->> STRING:$.x WORD:c SYMBOL::= NUMBER:1"),
                arguments("@v @@session.sql_mode @`q`", "VARIABLE:@v VARIABLE:@@session.sql_mode VARIABLE:q"),
                arguments("a -- comment\n b # other\n c", "WORD:a WORD:b WORD:c"),
                arguments("a--b", "WORD:a SYMBOL:- SYMBOL:- WORD:b"),
                arguments("a /* plain */ b /*+ HINT */ c", "WORD:a WORD:b WORD:c"),
                arguments("db.t1", "WORD:db SYMBOL:. WORD:t1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lexemes")
    void tokenizesLikeMysql(String sql, String expected) {
        assertThat(tokens(sql, SqlMode.DEFAULT, ServerFlavor.MARIADB_10_11)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ansi={1} noBackslash={2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "\"col\"      | true  | false | QUOTED_ID:col",
            "\"col\"      | false | false | STRING:col",
            "'a\\'        | false | true  | STRING:a\\",
            "'a\\nb'      | false | true  | STRING:a\\nb",
    })
    void followsTheSessionSqlMode(String sql, boolean ansiQuotes, boolean noBackslash, String expected) {
        assertThat(tokens(sql, new SqlMode(ansiQuotes, noBackslash), ServerFlavor.MARIADB_10_11)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} on {1} v{2}")
    @CsvSource(delimiter = '|', value = {
            // executable comments run when the server's version is at least the comment's
            "a /*!40101 b */ c           | MARIADB | 101100 | WORD:a WORD:b WORD:c",
            "a /*!80016 b */ c           | MYSQL   | 80035  | WORD:a WORD:b WORD:c",
            "a /*!80016 b */ c           | MYSQL   | 50744  | WORD:a WORD:c",
            "a /*!b */ c                 | MYSQL   | 80035  | WORD:a WORD:b WORD:c",
            "a /*!80016 b */ c           | MYSQL   | 0      | WORD:a WORD:b WORD:c",
            // MariaDB-only comments: six-digit versions, ignored by MySQL
            "a /*M!100301 b */ c         | MARIADB | 101100 | WORD:a WORD:b WORD:c",
            "a /*M!110500 b */ c         | MARIADB | 101100 | WORD:a WORD:c",
            "a /*M!100301 b */ c         | MYSQL   | 80035  | WORD:a WORD:c",
            "a /*!100301 b */ c          | MARIADB | 101100 | WORD:a WORD:b WORD:c",
            "DROP /*!40005 TEMPORARY */ TABLE | MYSQL | 80035 | WORD:DROP WORD:TEMPORARY WORD:TABLE",
    })
    void unwrapsExecutableCommentsTheServerWouldRun(String sql, ServerFlavor.Kind kind, long version, String expected) {
        ServerFlavor flavor = (kind == ServerFlavor.Kind.MYSQL ? ServerFlavor.MYSQL_8_0 : ServerFlavor.MARIADB_10_11)
                .withVersion(version);
        assertThat(tokens(sql, SqlMode.DEFAULT, flavor)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "'open        | unterminated string literal",
            "`open        | unterminated quoted identifier",
            "a /* open    | unterminated comment",
            "x'AB         | unterminated hex literal",
    })
    void reportsWhereTheTextBreaks(String sql, String message) {
        assertThatThrownBy(() -> SqlLexer.tokenize(sql, SqlMode.DEFAULT, ServerFlavor.MARIADB_10_11))
                .isInstanceOf(DdlSyntaxException.class).hasMessageContaining(message);
    }

    static Stream<Arguments> printed() {
        return Stream.of(
                arguments("a  b   (c)", "a b (c)"),
                arguments("`x`\"y\"", "`x`'y'"),
                arguments("'a''b'", "'a''b'"),
                arguments("'a\\\\b'", "'a\\\\b'"),
                arguments("'a\\'b'", "'a''b'"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("printed")
    void printsTokensBackForTheDefaultSqlMode(String sql, String printed) {
        List<Token> tokens = SqlLexer.tokenize(sql, SqlMode.DEFAULT, ServerFlavor.MARIADB_10_11);
        assertThat(TokenText.render(tokens, 0, tokens.size())).isEqualTo(printed);
    }
}
