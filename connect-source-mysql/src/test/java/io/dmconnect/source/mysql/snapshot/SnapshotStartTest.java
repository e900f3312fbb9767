package io.dmconnect.source.mysql.snapshot;

import static io.dmconnect.source.mysql.MySqlSourceConfig.SnapshotMode.INITIAL;
import static io.dmconnect.source.mysql.MySqlSourceConfig.SnapshotMode.INITIAL_ONLY;
import static io.dmconnect.source.mysql.MySqlSourceConfig.SnapshotMode.NO_DATA;
import static io.dmconnect.source.mysql.MySqlSourceConfig.SnapshotMode.WHEN_NEEDED;
import static io.dmconnect.source.mysql.snapshot.SnapshotStart.FRESH;
import static io.dmconnect.source.mysql.snapshot.SnapshotStart.RESUME;
import static io.dmconnect.source.mysql.snapshot.SnapshotStart.STREAM;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.source.mysql.MySqlSourceConfig.SnapshotMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotStartTest {
    private static final Map<String, Object> OFFSET = Map.of("file", "mysql-bin.000003", "pos", 4L);
    private static final Map<String, Object> FIRST_START_OFFSET = Map.of("file", "mysql-bin.000003", "pos", 4L,
            SnapshotStart.PLAN_KEY, "p1");

    @Test
    void noDataNeverSnapshots() {
        assertThat(SnapshotStart.decide(NO_DATA, false, null, false, false)).isEqualTo(STREAM);
        assertThat(SnapshotStart.decide(NO_DATA, true, OFFSET, true, false)).isEqualTo(STREAM);
    }

    @Test
    void aFirstStartSnapshotsAndACommittedPlanIsResumed() {
        for (SnapshotMode mode : List.of(INITIAL, INITIAL_ONLY, WHEN_NEEDED)) {
            assertThat(SnapshotStart.decide(mode, false, null, false, false)).as(mode.name()).isEqualTo(FRESH);
            assertThat(SnapshotStart.decide(mode, true, OFFSET, false, false)).as(mode.name()).isEqualTo(RESUME);
            // the first records' offset was committed, the plan was not: the plan is lost, plan again
            assertThat(SnapshotStart.decide(mode, false, FIRST_START_OFFSET, false, false)).as(mode.name()).isEqualTo(FRESH);
        }
    }

    @Test
    void anOffsetFromStreamingWithoutASnapshotKeepsStreaming() {
        assertThat(SnapshotStart.decide(INITIAL, false, OFFSET, false, false)).isEqualTo(STREAM);
        assertThat(SnapshotStart.decide(WHEN_NEEDED, false, OFFSET, false, false)).isEqualTo(STREAM);
        assertThat(SnapshotStart.decide(INITIAL_ONLY, false, OFFSET, false, false)).isEqualTo(FRESH);
    }

    @Test
    void aConfiguredStartPositionStreamsFromThereOnAFirstStart() {
        assertThat(SnapshotStart.decide(INITIAL, false, null, false, true)).isEqualTo(STREAM);
        assertThat(SnapshotStart.decide(WHEN_NEEDED, false, null, false, true)).isEqualTo(STREAM);
        assertThat(SnapshotStart.decide(INITIAL_ONLY, false, null, false, true)).isEqualTo(FRESH);
        assertThat(SnapshotStart.decide(INITIAL, true, OFFSET, false, true)).isEqualTo(RESUME);
    }

    @Test
    void whenNeededSnapshotsAgainWhenTheOffsetsBinlogIsPurged() {
        assertThat(SnapshotStart.decide(WHEN_NEEDED, true, OFFSET, true, false)).isEqualTo(FRESH);
        assertThat(SnapshotStart.decide(WHEN_NEEDED, false, OFFSET, true, false)).isEqualTo(FRESH);
        assertThat(SnapshotStart.decide(INITIAL, true, OFFSET, true, false)).isEqualTo(RESUME); // streaming then says it is gone
    }
}
