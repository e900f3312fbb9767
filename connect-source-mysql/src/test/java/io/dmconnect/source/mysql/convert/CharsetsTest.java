package io.dmconnect.source.mysql.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharsetsTest {
    private static final HexFormat HEX = HexFormat.of();

    /** Bytes as MariaDB stored them for the text (latin1/gbk rows captured from the server, see CapturedBinlog). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "latin1  | 8081ff           | €\u0081ÿ",
            "latin1  | 818d8f909d       | \u0081\u008d\u008f\u0090\u009d",
            "latin1  | 41e9             | Aé",
            "gbk     | d6d0cec4         | 中文",
            "gb18030 | d6d0cec4         | 中文",
            "utf8mb3 | c3a4c39f         | äß",
            "utf8    | c3a4c39f         | äß",
            "utf8mb4 | f09f988078       | 😀x",
            "utf8mb4 | efbfbd           | \uFFFD",
            "ucs2    | 4e2d             | 中",
            "utf16le | 2d4e             | 中",
            "ascii   | 616263           | abc",
            "cp1251  | cff0e8e2e5f2     | Привет",
            "big5    | a4a4             | 中",
            "UTF8MB4 | 61               | a",
    })
    void decodesLikeMySql(String charset, String hex, String text) {
        assertThat(Charsets.decoder(charset).orElseThrow().apply(HEX.parseHex(hex))).isEqualTo(text);
    }

    @Test
    void mysqlLatin1CoversAll256BytesOneToOne() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String text = Charsets.latin1(all);
        assertThat(text.chars().distinct().count()).isEqualTo(256);
        assertThat(text).doesNotContain("\uFFFD");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"utf8mb4, c328", "utf8mb4, ff", "ascii, 80", "gbk, 81"})
    void invalidBytesAreErrorsNotReplacementCharacters(String charset, String hex) {
        assertThatThrownBy(() -> Charsets.decoder(charset).orElseThrow().apply(HEX.parseHex(hex)))
                .isInstanceOf(DataException.class).hasMessageContaining("not valid " + charset);
    }

    @Test
    void unknownCharsetsAreEmpty() {
        assertThat(Charsets.decoder("klingon")).isEmpty();
        assertThat(Charsets.decoder("binary")).isEmpty();
    }
}
