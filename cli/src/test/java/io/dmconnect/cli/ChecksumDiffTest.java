package io.dmconnect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksumDiffTest {
    @Test
    void formatsOneLinePerTargetTableWithItsResult() {
        ChecksumDiff.Line same = new ChecksumDiff.Line("shop.orders",
                new ChecksumDiff.Side(10, 255).plus(new ChecksumDiff.Side(5, 1)), new ChecksumDiff.Side(15, 256));
        ChecksumDiff.Line differs = new ChecksumDiff.Line("shop.customers_merged", new ChecksumDiff.Side(3, 7), new ChecksumDiff.Side(3, 8));
        assertThat(ChecksumDiff.format(List.of(same, differs))).isEqualTo(String.join("\n",
                "target table             rows up  rows down  checksum up       checksum down     result",
                "shop.orders                   15         15  0000000000000100  0000000000000100  match",
                "shop.customers_merged          3          3  0000000000000007  0000000000000008  DIFFERENT",
                ""));
        assertThat(ChecksumDiff.allMatch(List.of(same))).isTrue();
        assertThat(ChecksumDiff.allMatch(List.of(same, differs))).isFalse();
    }

    @Test
    void equalChecksumsWithDifferentRowCountsDoNotMatch() {
        assertThat(new ChecksumDiff.Line("t", new ChecksumDiff.Side(2, 9), new ChecksumDiff.Side(1, 9)).matches()).isFalse();
    }
}
