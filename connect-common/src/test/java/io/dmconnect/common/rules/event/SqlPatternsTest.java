package io.dmconnect.common.rules.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DM's sql-pattern: items joined with '|', (?i), unanchored; Go-only spellings translated. */
class SqlPatternsTest {

    private static boolean matches(String items, String sql) {
        List<String> list = Arrays.stream(items.split(";;")).toList();
        return SqlPatterns.compile(list).matcher(sql).find();
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "^DROP\\s+PROCEDURE;;^CREATE\\s+PROCEDURE | create procedure p() select 1 | true",
            "^DROP\\s+PROCEDURE;;^CREATE\\s+PROCEDURE | DROP PROCEDURE p              | true",
            "^DROP\\s+PROCEDURE                      | /* x */ DROP PROCEDURE p      | false",
            "PROCEDURE                               | CREATE PROCEDURE p()          | true",
            "^ALTER TABLE$                           | ALTER TABLE t                 | false",
            "straße                                  | ALTER TABLE STRASSE           | false",
            "ÄNDERN                                  | ändern                        | true",
            "(?P<verb>DROP)\\s+TABLE                 | drop table t                  | true",
            "DROP[[:space:]]+TABLE                   | DROP   TABLE t                | true",
            "DROP[[:^space:]]TABLE                   | DROP_TABLE                    | true",
            "DROP[^[:alpha:]]TABLE                   | DROP TABLE                    | true",
            "x[]a]                                   | x]                            | true",
    })
    void matchesAsDm(String items, String sql, boolean expected) {
        assertThat(matches(items, sql)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(?P<n>a)       | (?<n>a)",
            "[[:digit:]]+   | [\\p{Digit}]+",
            "[[:word:]]     | [\\w]",
            "\\[[:digit:]]  | \\[[:digit:]]",
            "[:digit:]      | [:digit:]",
    })
    void translatesGoSpellings(String go, String java) {
        assertThat(SqlPatterns.translate(go)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({"'(a'", "'a{2,1}'"})
    void reportsExpressionsThatDoNotCompile(String item) {
        assertThatThrownBy(() -> SqlPatterns.compile(List.of("^DROP", item))).isInstanceOf(PatternSyntaxException.class);
    }

    @ParameterizedTest
    @CsvSource({"'(a', 'b)', true"})
    void compilesTheJoinedExpressionAsDmDoes(String first, String second, boolean compiles) {
        assertThat(SqlPatterns.compile(List.of(first, second)).matcher("xay").find()).isEqualTo(compiles);
    }
}
