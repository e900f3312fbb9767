package io.dmconnect.sink.tidb.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DownstreamTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            8.0.11-TiDB-v7.5.1                 | TIDB
            5.7.25-TiDB-v3.0.0                 | TIDB
            10.11.19-MariaDB-0+deb12u1-log     | MARIADB
            8.0.36                             | MYSQL
            null                               | MYSQL
            """)
    void tellsTheKindFromVersion(String version, Downstream expected) {
        assertThat(Downstream.fromVersion(version)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} >= 3.0: {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            8.0.11-TiDB-v7.5.1  | true
            5.7.25-TiDB-v3.0.0  | true
            5.7.10-TiDB-v2.1.19 | false
            5.7.10-TiDB-v3.1.0  | true
            null                | true
            8.0.11-TiDB-None    | true
            """)
    void comparesTidbVersions(String version, boolean atLeast30) {
        assertThat(Downstream.tidbAtLeast(version, 3, 0)).isEqualTo(atLeast30);
    }
}
