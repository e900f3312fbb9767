package io.dmconnect.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SbTableTest {
    @ParameterizedTest(name = "{0} rows, {1} per statement")
    @CsvSource({"25000, 10000, 3", "20000, 10000, 2", "1, 10000, 1", "7, 2, 4"})
    void theLoadInsertsEveryIdOnceInStatementsOfAtMostStatementRows(int rows, int perStatement, int statements) {
        List<String> load = SbTable.load(rows, perStatement);
        assertThat(load).hasSize(statements);
        long covered = 0;
        for (String s : load) {
            int count = Integer.parseInt(s.replaceAll(".*seq_1_to_(\\d+).*", "$1"));
            long first = Long.parseLong(s.replaceAll(".*SELECT (\\d+) \\+ seq.*", "$1")) + 1;
            assertThat(first).isEqualTo(covered + 1);
            assertThat(count).isLessThanOrEqualTo(perStatement);
            covered += count;
        }
        assertThat(covered).isEqualTo(rows);
    }

    @Test
    void valuesHaveSysbenchsShapeAndKStaysInOneToRows() {
        String s = SbTable.insertSelect(1, 10, 1000);
        assertThat(s).startsWith("INSERT INTO sbtest.sbtest1 (id, k, c, pad) SELECT id, 1 + (id * 2654435761) % 1000, ");
        // c: ten groups of 11 digits, pad: five (119 and 59 characters, as sysbench's templates)
        int cGroups = s.substring(0, s.indexOf("), CONCAT_WS")).split("LPAD").length - 1;
        int padGroups = s.substring(s.indexOf("), CONCAT_WS")).split("LPAD").length - 1;
        assertThat(cGroups).isEqualTo(10);
        assertThat(padGroups).isEqualTo(5);
        assertThat(SbTable.createTable()).contains("KEY k_1 (k)").contains("c CHAR(120)").contains("pad CHAR(60)");
        assertThat(SbTable.createTableWithoutIndex()).doesNotContain("k_1");
    }

    @Test
    void theChecksumFoldsEveryColumnAsTheIssueSpellsIt() {
        assertThat(SbTable.checksum()).isEqualTo("SELECT COUNT(*), COALESCE(BIT_XOR(CRC32(CONCAT_WS('#', id, k, c, pad)"
                + ")), 0) FROM sbtest.sbtest1");
    }

    @Test
    void theTableIsCountedOnlyOnceEnoughRowsWereWritten() {
        AtomicInteger counts = new AtomicInteger();
        assertThat(DownstreamProgress.isComplete(999, 1000, () -> counts.incrementAndGet() * 0L + 1000)).isFalse();
        assertThat(counts).hasValue(0);
        assertThat(DownstreamProgress.isComplete(1016, 1000, () -> counts.incrementAndGet() * 0L + 999)).isFalse();
        assertThat(DownstreamProgress.isComplete(1016, 1000, () -> counts.incrementAndGet() * 0L + 1000)).isTrue();
        assertThat(counts).hasValue(2);
    }
}
