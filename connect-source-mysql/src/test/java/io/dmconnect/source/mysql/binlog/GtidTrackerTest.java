package io.dmconnect.source.mysql.binlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GtidTrackerTest {
    @Test
    void mariaDbKeepsTheLastGtidOfEachDomain() {
        GtidTracker t = GtidTracker.forServer(true, "0-1-5,1-2-9");
        t.add("0-1-6");
        t.add("2-3-1");
        assertThat(t.current()).isEqualTo("0-1-6,1-2-9,2-3-1");
        assertThatThrownBy(() -> t.add("3e11fa47-71ca-11e1-9e33-c80aa9429562:5")).hasMessageContaining("not a MariaDB GTID");
    }

    @Test
    void mySqlMergesIntervals() {
        GtidTracker t = GtidTracker.forServer(false, "3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5");
        t.add("3e11fa47-71ca-11e1-9e33-c80aa9429562:6");
        assertThat(t.current()).isEqualTo("3e11fa47-71ca-11e1-9e33-c80aa9429562:1-6");
    }
}
