package io.dmconnect.sink.tidb.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.sink.tidb.ddl.SqlScanner.Kind;
import io.dmconnect.sink.tidb.ddl.SqlScanner.Tok;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScannerTest {

    @Test
    void keepsQuotedTextWholeAndTracksDepth() {
        List<Tok> toks = SqlScanner.scan("CREATE TABLE `a``b`.t (c VARCHAR(3) DEFAULT 'x''y\\'z', d INT) CHARSET=x");
        assertThat(toks).extracting(Tok::text).containsExactly("CREATE", "TABLE", "`a``b`", ".", "t", "(", "c",
                "VARCHAR", "(", "3", ")", "DEFAULT", "'x''y\\'z'", ",", "d", "INT", ")", "CHARSET", "=", "x");
        assertThat(toks.get(2).kind()).isEqualTo(Kind.QUOTED);
        assertThat(toks.get(2).name()).isEqualTo("a`b");
        assertThat(toks.get(12).kind()).isEqualTo(Kind.STRING);
        assertThat(toks).extracting(Tok::depth).containsExactly(0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 0, 0,
                0, 0);
        assertThat(SqlScanner.closing(toks, 5)).isEqualTo(16);
        assertThat(SqlScanner.closing(toks, 8)).isEqualTo(10);
    }

    @Test
    void anUnterminatedQuoteRunsToTheEnd() {
        List<Tok> toks = SqlScanner.scan("SELECT 'abc");
        assertThat(toks).extracting(Tok::text).containsExactly("SELECT", "'abc");
        assertThat(SqlScanner.closing(SqlScanner.scan("f(("), 1)).isEqualTo(-1);
    }
}
