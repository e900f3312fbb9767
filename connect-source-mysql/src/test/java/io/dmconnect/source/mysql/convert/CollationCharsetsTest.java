package io.dmconnect.source.mysql.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row per id range; the real-server oracle for every id is {@code QueryEventDecodingIT}. */
class CollationCharsetsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
            "1, big5", "8, latin1", "28, gbk", "33, utf8mb3", "45, utf8mb4", "46, utf8mb4", "63, binary",
            "83, utf8mb3", "87, gbk", "94, latin1", "95, cp932", "98, eucjpms", "99, cp1250",
            "128, ucs2", "151, ucs2", "159, ucs2", "160, utf32", "183, utf32", "101, utf16", "124, utf16",
            "192, utf8mb3", "215, utf8mb3", "223, utf8mb3", "224, utf8mb4", "247, utf8mb4",
            // MySQL 8.0 only
            "76, utf8mb3", "248, gb18030", "250, gb18030", "255, utf8mb4", "309, utf8mb4", "323, utf8mb4",
            // MariaDB only: _mysql561, _nopad_ (1024 + id), UCA 14.0.0 (256 per charset from 2048)
            "576, utf8mb3", "608, utf8mb4", "640, ucs2", "672, utf16", "736, utf32",
            "1025, big5", "1032, latin1", "1069, utf8mb4", "1070, utf8mb4", "1248, utf8mb4", "1270, utf8mb4",
            "2048, utf8mb3", "2303, utf8mb3", "2304, utf8mb4", "2559, utf8mb4", "2560, ucs2", "2816, utf16",
            "3072, utf32", "3327, utf32",
            // unknown
            "0, -", "17, -", "100, -", "125, -", "251, -", "254, -", "324, -", "1024, -", "1272, -",
            "1274, -", "2047, -", "3328, -", "65535, -",
    })
    void charsetOfACollationId(int id, String charset) {
        assertThat(CollationCharsets.charsetOf(id).orElse(null)).isEqualTo(charset);
    }
}
