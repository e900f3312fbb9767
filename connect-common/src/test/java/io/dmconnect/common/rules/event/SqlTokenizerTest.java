package io.dmconnect.common.rules.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.dmconnect.common.rules.event.SqlToken.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqlTokenizerTest {

    private static String render(String sql) {
        List<SqlToken> tokens = SqlTokenizer.tokenize(sql);
        return String.join(" ", tokens.stream().map(t -> t.kind().name().charAt(0) + ":" + t.value()).toList());
    }

    static Stream<Arguments> statements() {
        return Stream.of(
                arguments("ALTER TABLE `my db`.t", "W:ALTER W:TABLE Q:my db S:. W:t"),
                arguments("`a``b`", "Q:a`b"),
                arguments("'it''s' \"x\\\"y\"", "S:it's S:x\"y"),
                arguments("DEFAULT -1.5e3", "W:DEFAULT S:- N:1.5e3"),
                arguments("0x1F X'0A' b'01' N'abc'", "N:0x1F S:0A S:01 S:abc"),
                arguments("1st_table", "W:1st_table"),
                arguments("a /* comment */ b # rest", "W:a W:b"),
                arguments("a -- rest", "W:a"),
                arguments("a--b", "W:a S:- S:- W:b"),
                arguments("/*!40101 SET NAMES utf8 */", "W:SET W:NAMES W:utf8"),
                arguments("t /*!50100 PARTITION BY */ x", "W:t W:PARTITION W:BY W:x"),
                arguments("'a\\nb\\%'", "S:a\nb\\%"),
                arguments("_utf8mb4'x'", "W:_utf8mb4 S:x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void tokenizesMysql(String sql, String expected) {
        assertThat(render(sql)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'open", "`open", "/* open", "\"open"})
    void rejectsUnterminatedQuotesAndComments(String sql) {
        assertThatThrownBy(() -> SqlTokenizer.tokenize(sql)).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> executableComments() {
        return Stream.of(
                arguments("CREATE TABLE t (a int) /*!40101 ENGINE=InnoDB */", "CREATE TABLE t (a int)   ENGINE=InnoDB  "),
                arguments("/*!40000 ALTER TABLE t DISABLE KEYS */", "  ALTER TABLE t DISABLE KEYS  "),
                arguments("/*!ALTER TABLE t FORCE*/", " ALTER TABLE t FORCE "),
                arguments("SELECT '/*!50100 x */' /* keep */", "SELECT '/*!50100 x */' /* keep */"),
                arguments("plain", "plain"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("executableComments")
    void expandsExecutableComments(String sql, String expected) {
        assertThat(SqlTokenizer.expandVersionComments(sql)).isEqualTo(expected);
    }

    static Stream<Arguments> identifiers() {
        return Stream.of(arguments("`a``b`", "a`b"), arguments("\"a\"\"b\"", "a\"b"), arguments("plain", "plain"),
                arguments("`", "`"), arguments("'x'", "'x'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identifiers")
    void unquotesIdentifiers(String quoted, String expected) {
        assertThat(SqlTokenizer.unquoteIdentifier(quoted)).isEqualTo(expected);
    }

    static Stream<Arguments> kinds() {
        return Stream.of(arguments("`x`", Kind.QUOTED_IDENTIFIER), arguments("x", Kind.WORD),
                arguments("'x'", Kind.STRING), arguments("12", Kind.NUMBER), arguments("(", Kind.SYMBOL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void namesTokenKinds(String sql, Kind kind) {
        assertThat(SqlTokenizer.tokenize(sql)).singleElement().extracting(SqlToken::kind).isEqualTo(kind);
    }
}
