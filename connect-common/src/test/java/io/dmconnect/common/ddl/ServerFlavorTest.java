package io.dmconnect.common.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerFlavorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MARIADB | utf8mb4 | utf8mb4_general_ci",
            "MYSQL   | utf8mb4 | utf8mb4_0900_ai_ci",
            "MARIADB | UTF8    | utf8mb3_general_ci",
            "MARIADB | latin1  | latin1_swedish_ci",
            "MYSQL   | gbk     | gbk_chinese_ci",
            "MARIADB | koi8r   | koi8r_general_ci",
            "MARIADB | madeup  | madeup_general_ci",
    })
    void knowsDefaultCollations(ServerFlavor.Kind kind, String charset, String collation) {
        ServerFlavor flavor = kind == ServerFlavor.Kind.MYSQL ? ServerFlavor.MYSQL_8_0 : ServerFlavor.MARIADB_10_11;
        assertThat(flavor.defaultCollation(charset)).isEqualTo(collation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "latin1 | latin1_bin | Aria",
    })
    void takesTheLiveServersDefaults(String charset, String collation, String engine) {
        ServerFlavor live = ServerFlavor.MARIADB_10_11.withServerDefaults("LATIN1", "Latin1_Bin", engine)
                .withDefaultCollations(Map.of("utf8mb4", "utf8mb4_uca1400_ai_ci")).withVersion(110402);
        assertThat(live.serverCharset()).isEqualTo(charset);
        assertThat(live.serverCollation()).isEqualTo(collation);
        assertThat(live.defaultEngine()).isEqualTo(engine);
        assertThat(live.defaultCollation("utf8mb4")).isEqualTo("utf8mb4_uca1400_ai_ci");
        assertThat(live.version()).isEqualTo(110402);
        assertThat(live.isMariaDb()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "utf8_general_ci    | utf8mb3_general_ci | utf8mb3",
            "UTF8MB4_BIN        | utf8mb4_bin        | utf8mb4",
            "binary             | binary             | binary",
    })
    void canonicalizesCollations(String collation, String canonical, String charset) {
        assertThat(Charsets.canonicalCollation(collation)).isEqualTo(canonical);
        assertThat(Charsets.charsetOfCollation(collation)).isEqualTo(charset);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "innodb | InnoDB",
            "heap   | MEMORY",
            "merge  | MRG_MyISAM",
            "Other  | Other",
    })
    void printsEngineNamesAsTheServerDoes(String written, String printed) {
        assertThat(Charsets.canonicalEngine(written)).isEqualTo(printed);
    }
}
