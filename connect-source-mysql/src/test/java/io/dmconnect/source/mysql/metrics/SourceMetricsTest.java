package io.dmconnect.source.mysql.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.source.mysql.position.BinlogPosition;
import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class SourceMetricsTest {
    @Test
    void exposesTheOwnersValuesThroughJmxAndUnregisters() throws Exception {
        BinlogPosition pos = new BinlogPosition("mysql-bin.000007", 1234, "0-1-99", 0, 0, 1, 0);
        long eventTs = System.currentTimeMillis() - 5_000;
        ObjectName name = new ObjectName("io.dmconnect:type=source-task,source=" + ObjectName.quote("up-metrics"));
        try (SourceMetrics metrics = new SourceMetrics("up-metrics", () -> pos, () -> eventTs, () -> 4096L, () -> 3, () -> 12)) {
            metrics.recorded(10);
            var server = ManagementFactory.getPlatformMBeanServer();
            assertThat(server.getAttribute(name, "BinlogFile")).isEqualTo("mysql-bin.000007");
            assertThat(server.getAttribute(name, "BinlogPosition")).isEqualTo(1234L);
            assertThat(server.getAttribute(name, "GtidSet")).isEqualTo("0-1-99");
            assertThat((Long) server.getAttribute(name, "SecondsBehindSource")).isBetween(4L, 10L);
            assertThat(server.getAttribute(name, "QueueBytes")).isEqualTo(4096L);
            assertThat(server.getAttribute(name, "QueueRecords")).isEqualTo(3);
            assertThat(server.getAttribute(name, "TrackedTables")).isEqualTo(12);
            assertThat(server.getAttribute(name, "EventsTotal")).isEqualTo(10L);
        }
        assertThat(ManagementFactory.getPlatformMBeanServer().isRegistered(name)).isFalse();
    }
}
