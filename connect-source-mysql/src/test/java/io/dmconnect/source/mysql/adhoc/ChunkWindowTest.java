package io.dmconnect.source.mysql.adhoc;

import static io.dmconnect.source.mysql.adhoc.ChunkWindow.Action.EMIT;
import static io.dmconnect.source.mysql.adhoc.ChunkWindow.Action.PASS;
import static io.dmconnect.source.mysql.adhoc.ChunkWindow.Action.REREAD;
import static io.dmconnect.source.mysql.adhoc.ChunkWindow.Action.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.source.mysql.position.BinlogPosition;
import org.junit.jupiter.api.Test;

class ChunkWindowTest {
    private static final BinlogPosition L = BinlogPosition.at("bin.000002", 1000);
    private final ChunkWindow<String> window = new ChunkWindow<>();

    @Test
    void withoutAWindowEveryEventPasses() {
        assertThat(window.beforeEvent(at(5000))).isEqualTo(PASS);
        assertThat(window.whenIdle(at(5000))).isEqualTo(PASS);
    }

    @Test
    void whileThePositionIsUnknownNoEventPasses() {
        window.opening();
        // the read view's position is not known: an event may lie on either side of it
        assertThat(window.beforeEvent(at(10))).isEqualTo(WAIT);
        window.openedAt(L);
        assertThat(window.beforeEvent(at(10))).isEqualTo(PASS);
    }

    @Test
    void eventsUpToThePositionPassAndTheFirstPastItWaitsForTheRowsThenTheyGoFirst() {
        window.opening();
        window.openedAt(L);
        assertThat(window.beforeEvent(at(1000))).as("an event ending at L: its effect is in the rows").isEqualTo(PASS);
        assertThat(window.beforeEvent(at(1001))).as("past L before the rows are read").isEqualTo(WAIT);
        window.ready("rows");
        assertThat(window.beforeEvent(at(1001))).isEqualTo(EMIT);
        assertThat(window.take()).isEqualTo("rows");
        assertThat(window.open()).isFalse();
        assertThat(window.beforeEvent(at(1001))).isEqualTo(PASS);
    }

    @Test
    void aLaterFileIsPastThePosition() {
        window.opening();
        window.openedAt(L);
        window.ready("rows");
        assertThat(window.beforeEvent(BinlogPosition.at("bin.000001", 99999))).isEqualTo(PASS);
        assertThat(window.beforeEvent(BinlogPosition.at("bin.000003", 4))).isEqualTo(EMIT);
    }

    @Test
    void anIdleStreamPublishesOnceItProcessedEverythingUpToThePosition() {
        window.opening();
        window.openedAt(L);
        assertThat(window.whenIdle(at(1000))).as("rows not read yet").isEqualTo(PASS);
        window.ready("rows");
        assertThat(window.whenIdle(at(999))).isEqualTo(PASS);
        assertThat(window.whenIdle(at(1000))).isEqualTo(EMIT);
        assertThat(window.whenIdle(BinlogPosition.at("bin.000003", 4))).isEqualTo(EMIT);
    }

    @Test
    void aDdlOnTheTableWhileTheWindowIsOpenMakesTheChunkBeReadAgain() {
        window.opening();
        window.openedAt(L);
        window.tableChanged();
        window.ready("rows");
        assertThat(window.beforeEvent(at(2000))).isEqualTo(REREAD);
        assertThat(window.whenIdle(at(1000))).isEqualTo(REREAD);
        window.take();
        window.opening();
        window.openedAt(at(3000));
        window.ready("again");
        assertThat(window.beforeEvent(at(3001))).as("a new window starts clean").isEqualTo(EMIT);
    }

    @Test
    void aDdlWithoutAnOpenWindowChangesNothing() {
        window.tableChanged();
        window.opening();
        window.openedAt(L);
        window.ready("rows");
        assertThat(window.beforeEvent(at(1001))).isEqualTo(EMIT);
    }

    private static BinlogPosition at(long pos) {
        return BinlogPosition.at("bin.000002", pos);
    }
}
