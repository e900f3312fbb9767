package io.dmconnect.common.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus statement is classified as its file says, and every DDL piece prints SQL that parses back to the
 * same piece (so the printed statements are valid for this grammar and lose nothing it tracks).
 */
class DdlCorpusTest {

    static Stream<DdlCorpus.Entry> corpus() {
        return DdlCorpus.entries().stream();
    }

    @Test
    void theCorpusHasAFewHundredStatements() {
        assertThat(DdlCorpus.entries()).hasSizeGreaterThan(300);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void classifiesAsExpected(DdlCorpus.Entry entry) {
        ParsedStatement parsed = new DdlParser(entry.flavor()).parse(entry.sql(), "db");
        assertThat(DdlCorpus.category(parsed)).as("%s: %s -> %s", entry, entry.sql(), parsed).isEqualTo(entry.expect());
        if (entry.pieces() != null) {
            assertThat(((ParsedStatement.Ddl) parsed).pieces()).as("%s", entry).hasSize(entry.pieces());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void printedPiecesParseBackToThemselves(DdlCorpus.Entry entry) {
        DdlParser parser = new DdlParser(entry.flavor());
        if (!(parser.parse(entry.sql(), "db") instanceof ParsedStatement.Ddl ddl)) {
            return;
        }
        for (SingleDdl piece : ddl.pieces()) {
            ParsedStatement again = parser.parse(piece.sql(), "elsewhere");
            assertThat(again).as("%s reparsing %s", entry, piece.sql()).isInstanceOf(ParsedStatement.Ddl.class);
            List<SingleDdl> reparsed = ((ParsedStatement.Ddl) again).pieces();
            assertThat(reparsed).as("%s", piece.sql()).hasSize(1);
            SingleDdl back = reparsed.get(0);
            assertThat(back.kind()).isEqualTo(piece.kind());
            assertThat(back.table()).isEqualTo(piece.table());
            assertThat(back.newTable()).isEqualTo(piece.newTable());
            assertThat(back.sql()).isEqualTo(piece.sql());
            if (piece.detail() instanceof AlterSpec.DropIndex drop) {
                // DM's rewrite added IF EXISTS to the printed statement
                assertThat(((AlterSpec.DropIndex) back.detail()).name()).isEqualTo(drop.name());
            } else if (!(piece.detail() instanceof AlterSpec.Partition || piece.detail() instanceof AlterSpec.Other)) {
                assertThat(back.detail()).as("%s", piece.sql()).isEqualTo(piece.detail());
            }
        }
    }
}
