package io.dmconnect.sink.tidb.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionSetupTest {

    @Test
    void tidbGetsDmsFullSession() {
        SessionSetup.Options o = new SessionSetup.Options(Downstream.TIDB, "8.0.11-TiDB-v7.5.1",
                "STRICT_TRANS_TABLES,NO_ZERO_DATE", "+08:00", Map.of());
        assertThat(SessionSetup.statements(o)).containsExactly(
                "SET SESSION foreign_key_checks = 0",
                "SET SESSION sql_mode = 'IGNORE_SPACE,NO_AUTO_VALUE_ON_ZERO,ALLOW_INVALID_DATES'",
                "SET SESSION time_zone = '+08:00'",
                "SET SESSION tidb_txn_mode = 'optimistic'");
    }

    /** tidb_txn_mode only on TiDB 3.0+; no time_zone unless the task has one (the downstream's global stays). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            MYSQL   | 8.0.36              | null   | foreign_key_checks,sql_mode
            MARIADB | 10.11.19-MariaDB    | UTC    | foreign_key_checks,sql_mode,time_zone
            TIDB    | 5.7.10-TiDB-v2.1.19 | null   | foreign_key_checks,sql_mode
            TIDB    | null                | null   | foreign_key_checks,sql_mode,tidb_txn_mode
            """)
    void setsOnlyWhatTheDownstreamHas(Downstream downstream, String version, String zone, String expected) {
        SessionSetup.Options o = new SessionSetup.Options(downstream, version, null, zone, null);
        assertThat(String.join(",", SessionSetup.variables(o).keySet())).isEqualTo(expected);
    }

    /** A session.<variable> the user sets wins over DM's default and keeps the default's place. */
    @Test
    void userVariablesWin() {
        SessionSetup.Options o = new SessionSetup.Options(Downstream.TIDB, null, "STRICT_ALL_TABLES", "+08:00",
                Map.of("foreign_key_checks", "1", "sql_mode", "STRICT_TRANS_TABLES", "time_zone", "UTC",
                        "tidb_txn_mode", "pessimistic", "max_execution_time", "5000"));
        assertThat(SessionSetup.variables(o)).containsExactly(
                Map.entry("foreign_key_checks", "1"),
                Map.entry("sql_mode", "'STRICT_TRANS_TABLES'"),
                Map.entry("time_zone", "'UTC'"),
                Map.entry("tidb_txn_mode", "'pessimistic'"),
                Map.entry("max_execution_time", "5000"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            0           | 0
            -12.5       | -12.5
            on          | on
            DEFAULT     | DEFAULT
            optimistic  | 'optimistic'
            it's        | 'it''s'
            a\\b        | 'a\\\\b'
            1e5         | '1e5'
            """)
    void writesValuesAsLiterals(String value, String expected) {
        assertThat(SessionSetup.literal(value)).isEqualTo(expected);
    }
}
