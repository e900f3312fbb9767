package io.dmconnect.sink.tidb.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DM's AdjustSQLModeCompatible: the strict and zero-date modes go, three permissive ones come. */
class SqlModesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null | IGNORE_SPACE,NO_AUTO_VALUE_ON_ZERO,ALLOW_INVALID_DATES
            ''   | IGNORE_SPACE,NO_AUTO_VALUE_ON_ZERO,ALLOW_INVALID_DATES
            # MySQL 8.0's default
            ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION | ONLY_FULL_GROUP_BY,NO_ENGINE_SUBSTITUTION,IGNORE_SPACE,NO_AUTO_VALUE_ON_ZERO,ALLOW_INVALID_DATES
            # MariaDB 10.11's default
            STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION | NO_ENGINE_SUBSTITUTION,IGNORE_SPACE,NO_AUTO_VALUE_ON_ZERO,ALLOW_INVALID_DATES
            # already there: not repeated; case and blanks do not matter
            ' ignore_space , strict_all_tables,ALLOW_INVALID_DATES' | IGNORE_SPACE,ALLOW_INVALID_DATES,NO_AUTO_VALUE_ON_ZERO
            # combination modes are expanded first, so TRADITIONAL loses its strict parts
            TRADITIONAL | NO_ENGINE_SUBSTITUTION,IGNORE_SPACE,NO_AUTO_VALUE_ON_ZERO,ALLOW_INVALID_DATES
            ANSI        | REAL_AS_FLOAT,PIPES_AS_CONCAT,ANSI_QUOTES,IGNORE_SPACE,ONLY_FULL_GROUP_BY,NO_AUTO_VALUE_ON_ZERO,ALLOW_INVALID_DATES
            """)
    void adjustsTheSourceModeAsDm(String source, String expected) {
        assertThat(SqlModes.adjust(source)).isEqualTo(expected);
    }
}
