package io.dmconnect.source.mysql.adhoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.TableId;
import io.dmconnect.source.mysql.position.BinlogPosition;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class AdhocStateTest {
    private static final TableId A = new TableId("db", "a");
    private static final TableId B = new TableId("db", "b");

    @Test
    void aFirstStartReadsSignalsFromTheTopicsEndAndAnOlderOffsetFromItsStart() {
        assertThat(AdhocState.fromOffset(null)).isEqualTo(AdhocState.NONE);
        assertThat(AdhocState.fromOffset(Map.of())).isEqualTo(AdhocState.NONE);
        assertThat(AdhocState.NONE.toOffset()).as("nothing to carry before the topic was read").isEmpty();
        AdhocState old = AdhocState.fromOffset(BinlogPosition.at("bin.000001", 4).toOffset());
        assertThat(old.signalNext()).isZero();
        assertThat(old.running()).isFalse();
    }

    @Test
    void aRunningSnapshotSurvivesTheOffsetRoundTripChunkByChunk() {
        AdhocState s = AdhocState.NONE.readUpTo(3).start(5, "sig", List.of(B, A));
        assertThat(s.signalNext()).as("the signal itself is consumed").isEqualTo(6);
        assertThat(s.current()).isEqualTo(B);
        assertThat(s.afterKey()).isNull();
        s = s.chunkDone(new Serializable[] {42L, new BigDecimal("1.50")});
        AdhocState back = roundTrip(s);
        assertThat(back.current()).isEqualTo(B);
        assertThat(back.chunksDone()).isEqualTo(1);
        assertThat(back.afterKey()).containsExactly(42L, new BigDecimal("1.50"));
        assertThat(back.signalId()).isEqualTo("sig");
        assertThat(back.tables()).containsExactly(B, A);
    }

    @Test
    void theLastChunkMovesToTheNextTableAndThenTheSnapshotIsDone() {
        AdhocState s = AdhocState.NONE.start(0, "x", List.of(B, A)).chunkDone(new Serializable[] {7L}).chunkDone(null);
        assertThat(s.current()).isEqualTo(A);
        assertThat(s.chunksDone()).isZero();
        assertThat(s.afterKey()).isNull();
        s = s.chunkDone(null);
        assertThat(s.running()).isFalse();
        AdhocState back = roundTrip(s);
        assertThat(back.running()).isFalse();
        assertThat(back.signalNext()).isEqualTo(1);
        assertThat(s.toOffset()).containsOnlyKeys(AdhocState.SIGNAL_NEXT);
    }

    @Test
    void theStateRidesAlongTheBinlogPositionInOneOffset() {
        AdhocState s = AdhocState.NONE.start(9, "", List.of(A));
        Map<String, Object> offset = AdhocEmitter.offset(BinlogPosition.at("bin.000004", 77), s);
        assertThat(BinlogPosition.fromOffset(offset)).isEqualTo(BinlogPosition.at("bin.000004", 77));
        assertThat(AdhocState.fromOffset(offset)).isEqualTo(s);
    }

    @Test
    void everyBinlogRecordCarriesTheStateInItsOffsetAndNothingElseChanges() {
        SourceRecord r = new SourceRecord(Map.of("source_id", "up1"), BinlogPosition.at("bin.000001", 4).toOffset(),
                "up1.db.a", 0, null, "k", null, "v", 5L);
        assertThat(AdhocSnapshots.withState(r, Map.of())).isSameAs(r);
        SourceRecord with = AdhocSnapshots.withState(r, AdhocState.NONE.start(2, "", List.of(A)).toOffset());
        assertThat(AdhocState.fromOffset(with.sourceOffset()).current()).isEqualTo(A);
        assertThat(BinlogPosition.fromOffset(with.sourceOffset())).isEqualTo(BinlogPosition.at("bin.000001", 4));
        assertThat(with.sourcePartition()).isEqualTo(r.sourcePartition());
        assertThat(List.of(with.topic(), with.kafkaPartition(), with.key(), with.value(), with.timestamp()))
                .containsExactly("up1.db.a", 0, "k", "v", 5L);
    }

    @Test
    void anUnreadableStateSaysWhatToDo() {
        Map<String, Object> offset = new HashMap<>(BinlogPosition.at("bin.000001", 4).toOffset());
        offset.put(AdhocState.SIGNAL_NEXT, 3L);
        offset.put(AdhocState.TABLES, "{broken");
        assertThatThrownBy(() -> AdhocState.fromOffset(offset)).isInstanceOf(ConnectException.class)
                .hasMessageContaining("ad-hoc snapshot state");
    }

    /** Through JSON, as Connect's offset store keeps it (numbers may come back as Integer). */
    private static AdhocState roundTrip(AdhocState s) {
        Map<String, Object> offset = new HashMap<>();
        s.toOffset().forEach((k, v) -> offset.put(k, v instanceof Long l && l < Integer.MAX_VALUE ? (Object) l.intValue() : v));
        return AdhocState.fromOffset(offset);
    }
}
