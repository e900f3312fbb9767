package io.dmconnect.source.mysql.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.source.mysql.convert.QueryStatusVars.CharsetIds;
import io.dmconnect.source.mysql.convert.StatementText.Decoded;
import io.dmconnect.source.mysql.convert.StatementText.Decoding;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DM's order: the client charset; else UTF-8 ("treat query as utf8"); bytes valid in neither are replaced. A
 * client collation id of -1 stands for an event without Q_CHARSET_CODE.
 */
class StatementTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the client charset
            "latin1 é                      | 8     | e9               | é       | latin1  | CLIENT_CHARSET",
            "latin1 0x80 is the euro       | 8     | 80               | €       | latin1  | CLIENT_CHARSET",
            "latin1 0x81 is a C1 control   | 8     | 81               | \u0081  | latin1  | CLIENT_CHARSET",
            "gbk                           | 28    | d6d0cec4         | 中文    | gbk     | CLIENT_CHARSET",
            "utf8mb4 4-byte                | 45    | f09f9880         | 😀      | utf8mb4 | CLIENT_CHARSET",
            "MySQL 8 utf8mb4_0900_ai_ci    | 255   | c3a9             | é       | utf8mb4 | CLIENT_CHARSET",
            "MariaDB utf8mb4_uca1400_ai_ci | 2304  | c3a9             | é       | utf8mb4 | CLIENT_CHARSET",
            "utf8mb3                       | 33    | c3a9             | é       | utf8mb3 | CLIENT_CHARSET",
            "cp1251                        | 51    | c0e1             | Аб      | cp1251  | CLIENT_CHARSET",
            "ASCII in a charset Java lacks | 32    | 41               | A       | armscii8 | CLIENT_CHARSET",
            "ASCII, id unknown             | 9999  | 41               | A       | utf8mb4 | CLIENT_CHARSET",
            // UTF-8, as DM does
            "no charset variable           | -1    | c3a9             | é       | utf8mb4 | UTF8_FALLBACK",
            "id unknown                    | 9999  | c3a9             | é       | utf8mb4 | UTF8_FALLBACK",
            "binary client                 | 63    | c3a9             | é       | utf8mb4 | UTF8_FALLBACK",
            "no Java decoder (armscii8)    | 32    | c3a9             | é       | utf8mb4 | UTF8_FALLBACK",
            "invalid in gbk, valid UTF-8   | 28    | e282ac           | €       | utf8mb4 | UTF8_FALLBACK",
            // neither
            "invalid in utf8mb4            | 45    | 41ff42           | A\uFFFDB | utf8mb4 | LOSSY",
            "invalid in gbk and UTF-8      | 28    | 41d6             | A\uFFFD | utf8mb4 | LOSSY",
    })
    void decodesLikeDm(String name, int clientId, String hex, String text, String charset, Decoding decoding) {
        Decoded d = StatementText.decode(HexFormat.of().parseHex(hex),
                clientId < 0 ? null : new CharsetIds(clientId, clientId, 8));
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset()).isEqualTo(charset);
        assertThat(d.decoding()).isEqualTo(decoding);
        if (decoding == Decoding.CLIENT_CHARSET) {
            assertThat(d.note()).isNull();
        } else {
            assertThat(d.note()).contains(decoding == Decoding.LOSSY ? "replaced with U+FFFD" : "as DM does");
        }
    }
}
