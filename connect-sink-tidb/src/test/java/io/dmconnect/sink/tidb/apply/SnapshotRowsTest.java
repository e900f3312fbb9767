package io.dmconnect.sink.tidb.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.record.Envelope;
import org.junit.jupiter.api.Test;

class SnapshotRowsTest {
    @Test
    void snapshotRowsApplyInSafeModeEvenWhenSafeModeIsOff() {
        assertThat(SnapshotRows.safe(Envelope.Op.READ, false)).isTrue();
        assertThat(SnapshotRows.safe(Envelope.Op.CREATE, false)).isFalse();
        assertThat(SnapshotRows.safe(Envelope.Op.CREATE, true)).isTrue();
    }

    @Test
    void snapshotRowsNeitherUseNorMoveThePositionCheckpoint() {
        assertThat(SnapshotRows.positioned(Envelope.Op.READ, true)).isFalse();
        assertThat(SnapshotRows.positioned(Envelope.Op.UPDATE, true)).isTrue();
        assertThat(SnapshotRows.positioned(Envelope.Op.UPDATE, false)).isFalse();
    }
}
