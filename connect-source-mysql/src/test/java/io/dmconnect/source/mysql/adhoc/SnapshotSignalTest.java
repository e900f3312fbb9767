package io.dmconnect.source.mysql.adhoc;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotSignalTest {

    @Test
    void aDebeziumExecuteSnapshotSignalNamesItsTablesInOrder() {
        SnapshotSignal.Parsed p = SnapshotSignal.parse(
                "{\"id\":\"s1\",\"type\":\"execute-snapshot\",\"data\":{\"data-collections\":[\"db.b\",\"db.a\",\"db.b\"],"
                        + "\"type\":\"incremental\"}}");
        assertThat(p).isEqualTo(new SnapshotSignal.Snapshot("s1", List.of(new TableId("db", "b"), new TableId("db", "a"))));
    }

    @Test
    void theIdIsOptionalAndATableNameMayContainDots() {
        SnapshotSignal.Parsed p = SnapshotSignal.parse(
                "{\"type\":\"execute-snapshot\",\"data\":{\"data-collections\":[\" db.t.v2 \"]}}");
        assertThat(p).isEqualTo(new SnapshotSignal.Snapshot("", List.of(new TableId("db", "t.v2"))));
    }

    @Test
    void malformedJsonIsRejectedSayingSo() {
        assertThat(reason("{not json")).startsWith("the signal is not JSON");
        assertThat(reason("[1,2]")).isEqualTo("the signal is not a JSON object");
        assertThat(reason("")).isEqualTo("the signal has no value");
        assertThat(reason(null)).isEqualTo("the signal has no value");
    }

    @Test
    void unknownTypesAreRejectedNamingTheType() {
        assertThat(reason("{\"type\":\"stop-snapshot\",\"data\":{}}")).contains("unknown signal type 'stop-snapshot'");
        assertThat(reason("{\"data\":{}}")).contains("unknown signal type ''");
    }

    @Test
    void missingOrBadTableListsAreRejected() {
        assertThat(reason("{\"type\":\"execute-snapshot\"}")).contains("needs data.data-collections");
        assertThat(reason("{\"type\":\"execute-snapshot\",\"data\":{\"data-collections\":[]}}")).contains("non-empty array");
        assertThat(reason("{\"type\":\"execute-snapshot\",\"data\":{\"data-collections\":[\"nodot\"]}}"))
                .contains("\"nodot\" is not \"db.table\"");
        assertThat(reason("{\"type\":\"execute-snapshot\",\"data\":{\"data-collections\":[\"db.\"]}}")).contains("is not");
        assertThat(reason("{\"type\":\"execute-snapshot\",\"data\":{\"data-collections\":[7]}}")).contains("7 is not");
    }

    private static String reason(String value) {
        SnapshotSignal.Parsed p = SnapshotSignal.parse(value);
        assertThat(p).isInstanceOf(SnapshotSignal.Rejected.class);
        return ((SnapshotSignal.Rejected) p).reason();
    }
}
