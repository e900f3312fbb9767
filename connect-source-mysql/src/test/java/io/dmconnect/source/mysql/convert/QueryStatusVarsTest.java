package io.dmconnect.source.mysql.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.source.mysql.convert.QueryStatusVars.CharsetIds;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Status variable blocks, one row per variable the parser must step over: each is followed by Q_CHARSET_CODE
 * (client utf8mb4_general_ci, 45), so a wrong length for it loses the charset. Then the variables it reads, and
 * blocks it must stop in (unknown codes stop it, as they stop the server; a cut block keeps what came before).
 */
class QueryStatusVarsTest {
    private static final String CHARSET_45 = "042d002d000800";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Q_FLAGS2_CODE                     | 0000400000",
            "Q_CATALOG_CODE (5.0.0-5.0.3)      | 020373746400",
            "Q_AUTO_INCREMENT                  | 0301000100",
            "Q_CATALOG_NZ_CODE                 | 0603737464",
            "Q_LC_TIME_NAMES_CODE              | 070000",
            "Q_CHARSET_DATABASE_CODE           | 082100",
            "Q_TABLE_MAP_FOR_UPDATE_CODE       | 090100000000000000",
            "Q_MASTER_DATA_WRITTEN_CODE        | 0a00000000",
            "Q_INVOKER                         | 0b04726f6f74096c6f63616c686f7374",
            "Q_UPDATED_DB_NAMES                | 0c0261006200",
            "Q_UPDATED_DB_NAMES over the limit | 0cfe",
            "Q_MICROSECONDS                    | 0d010203",
            "Q_EXPLICIT_DEFAULTS_FOR_TIMESTAMP | 1001",
            "Q_DDL_LOGGED_WITH_XID             | 110500000000000000",
            "Q_DEFAULT_COLLATION_FOR_UTF8MB4   | 12ff00",
            "Q_SQL_REQUIRE_PRIMARY_KEY         | 1301",
            "Q_DEFAULT_TABLE_ENCRYPTION        | 1400",
            "Q_HRNOW (MariaDB)                 | 80010203",
            "Q_XID (MariaDB)                   | 811700000000000000",
    })
    void stepsOverEveryVariableItDoesNotNeed(String variable, String hex) {
        QueryStatusVars vars = QueryStatusVars.parse(HexFormat.of().parseHex(hex + CHARSET_45));
        assertThat(vars.charsets()).isEqualTo(new CharsetIds(45, 45, 8));
        assertThat(vars.sqlMode()).isNull();
        assertThat(vars.timeZone()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // what it reads
            "MariaDB 10.11 CREATE TABLE         | 00000000000100002054000000000603737464040800080008008117000000000000"
                    + "00 | 1411383296 | 8   | -",
            "MySQL 8.0 order, every variable    | 000000000001040000000000000006037374640301000100"
                    + "04ff00ff00ff0005062b30353a333007000008ff0009010000000000000000"
                    + "0b04726f6f74096c6f63616c686f73740c02610062000d010203100111050000000000000012ff0013001400"
                    + "                                     | 4          | 255 | +05:30",
            "time zone then charset             | 05062b30353a3330" + CHARSET_45 + " | -      | 45  | +05:30",
            "empty time zone                    | 0500" + CHARSET_45 + "             | -          | 45  | ''",
            "SYSTEM time zone                   | 050653595354454d                    | -          | -   | SYSTEM",
            "sql_mode with the high bits        | 01ffffffffffffffff                  | -1         | -   | -",
            // where it stops
            "no variables                       | ''                                  | -          | -   | -",
            "unknown Q_COMMIT_TS stops it       | 0e" + CHARSET_45 + "               | -          | -   | -",
            "unknown MariaDB code stops it      | 8201" + CHARSET_45 + "             | -          | -   | -",
            "what came before an unknown code   | 010400000000000000ff" + CHARSET_45 + " | 4      | -   | -",
            "sql_mode cut short                 | 0100000000                          | -          | -   | -",
            "charset cut short                  | 010400000000000000042d00            | 4          | -   | -",
            "time zone cut short                | 05092b3035                          | -          | -   | -",
            "catalog cut short                  | 0209737464" + CHARSET_45 + "       | -          | -   | -",
            "invoker cut short                  | 0b04726f                            | -          | -   | -",
            "database names cut short           | 0c02610062                          | -          | -   | -",
    })
    void readsTheVariablesThatSayHowTheTextReads(String block, String hex, Long sqlMode, Integer client, String tz) {
        QueryStatusVars vars = QueryStatusVars.parse(HexFormat.of().parseHex(hex.strip()));
        assertThat(vars.sqlMode()).isEqualTo(sqlMode);
        assertThat(vars.charsets() == null ? null : vars.charsets().client()).isEqualTo(client);
        assertThat(vars.timeZone()).isEqualTo(tz);
    }
}
