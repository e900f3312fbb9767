package io.dmconnect.common.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlModeTest {

    @ParameterizedTest
    @CsvSource({
            "0,        false, false",
            "4,        true,  false",
            "262144,   true,  false",
            "1048576,  false, true",
            "1048580,  true,  true",
            "2097152,  false, false",
    })
    void readsTheBinlogBitSet(long bits, boolean ansiQuotes, boolean noBackslash) {
        assertThat(SqlMode.fromBits(bits)).isEqualTo(new SqlMode(ansiQuotes, noBackslash));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "STRICT_TRANS_TABLES,NO_ZERO_DATE       | false | false",
            "ansi_quotes                            | true  | false",
            "ANSI                                   | true  | false",
            "NO_BACKSLASH_ESCAPES, ANSI_QUOTES      | true  | true",
            "''                                     | false | false",
    })
    void readsTheTextForm(String mode, boolean ansiQuotes, boolean noBackslash) {
        assertThat(SqlMode.parse(mode.equals("''") ? "" : mode)).isEqualTo(new SqlMode(ansiQuotes, noBackslash));
    }
}
