package io.dmconnect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.AttributeNotFoundException;
import javax.management.DynamicMBean;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reads MBeans shaped like the source's and Connect's from this JVM's platform MBean server. */
class JmxMetricsTest {
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final List<ObjectName> registered = new ArrayList<>();
    private final JmxMetrics metrics = new JmxMetrics(server);

    /** An MBean whose attributes are a map, so names like Connect's "sink-record-send-rate" are possible. */
    private record MapMBean(Map<String, Object> values) implements DynamicMBean {
        @Override
        public Object getAttribute(String name) throws AttributeNotFoundException {
            if (!values.containsKey(name)) {
                throw new AttributeNotFoundException(name);
            }
            return values.get(name);
        }

        @Override
        public AttributeList getAttributes(String[] names) {
            AttributeList list = new AttributeList();
            for (String n : names) {
                if (values.containsKey(n)) {
                    list.add(new Attribute(n, values.get(n)));
                }
            }
            return list;
        }

        @Override public void setAttribute(Attribute attribute) { throw new UnsupportedOperationException(); }
        @Override public AttributeList setAttributes(AttributeList attributes) { return new AttributeList(); }
        @Override public Object invoke(String action, Object[] params, String[] signature) { return null; }

        @Override
        public MBeanInfo getMBeanInfo() {
            return new MBeanInfo(MapMBean.class.getName(), "test", values.keySet().stream().map(k -> new MBeanAttributeInfo(
                    k, Object.class.getName(), k, true, false, false)).toArray(MBeanAttributeInfo[]::new), null, null, null);
        }
    }

    private void register(String name, Map<String, Object> values) throws Exception {
        ObjectName objectName = new ObjectName(name);
        server.registerMBean(new MapMBean(values), objectName);
        registered.add(objectName);
    }

    @AfterEach
    void unregister() throws Exception {
        for (ObjectName name : registered) {
            server.unregisterMBean(name);
        }
    }

    @Test
    void readsEverySnapshotTaskOfTheSourceInTaskOrderAndItsBinlogReader() throws Exception {
        String tables = "[{\"table\":\"shop_01.orders_01\",\"rows_done\":700,\"rows_estimated\":2000,\"chunks_done\":2,\"chunks_total\":4}]";
        register("io.dmconnect:type=source-snapshot,source=jx1,task=1", Map.of("Phase", "waiting-for-other-tasks",
                "ChunksDone", 4L, "ChunksTotal", 8L, "RowsDone", 900L, "RowsEstimated", 4000L, "RowsPerSecond", 12.5,
                "TablesTotal", 2L, "TableProgressJson", "[]"));
        register("io.dmconnect:type=source-snapshot,source=jx1,task=0", Map.of("Phase", "reading", "RowsDone", 700L,
                "RowsPerSecond", Double.NaN, "TableProgressJson", tables));
        register("io.dmconnect:type=source-task,source=" + ObjectName.quote("jx1"), Map.of("SecondsBehindSource", 4L,
                "EventsPerSecond", 3.5, "EventsTotal", 42L, "BinlogFile", "mysql-bin.000003", "BinlogPosition", 1234L));
        register("io.dmconnect:type=source-task,source=other", Map.of("EventsTotal", 7L));

        Progress.Source source = metrics.source("jx1");
        assertThat(source.snapshot()).extracting(Progress.SnapshotTask::task).containsExactly(0, 1);
        Progress.SnapshotTask first = source.snapshot().get(0);
        assertThat(first.phase()).isEqualTo("reading");
        assertThat(first.rowsPerSecond()).isZero(); // NaN before the first sample is shown as 0
        assertThat(first.tables()).containsExactly(new Progress.Table("shop_01.orders_01", 700, 2000, 2, 4));
        assertThat(source.snapshot().get(1)).isEqualTo(new Progress.SnapshotTask(1, "waiting-for-other-tasks", 2, 8, 4, 900,
                4000, 12.5, List.of()));
        assertThat(source.streaming()).isEqualTo(new Progress.Streaming(4, 3.5, 42, "mysql-bin.000003", 1234));
        assertThat(metrics.source("unknown")).isNull();
    }

    @Test
    void sumsASinksTasksAndItsDeadLetterCount() throws Exception {
        register("kafka.connect:type=sink-task-metrics,connector=jx-sink,task=0",
                Map.of("sink-record-send-rate", 100.5, "sink-record-send-total", 1000.0));
        register("kafka.connect:type=sink-task-metrics,connector=jx-sink,task=1",
                Map.of("sink-record-send-rate", 20.0, "sink-record-send-total", 500.0));
        register("kafka.connect:type=task-error-metrics,connector=jx-sink,task=0",
                Map.of("deadletterqueue-produce-requests", 3.0, "total-record-errors", 4.0));
        register("kafka.connect:type=sink-task-metrics,connector=jx-sink-2,task=0", Map.of("sink-record-send-rate", 9.0));

        assertThat(metrics.sink("jx-sink")).isEqualTo(new Progress.Sink(120.5, 1500, 3, 4));
        assertThat(metrics.sink("nothing")).isNull();
    }

    @Test
    void unreadableTableJsonIsNoTables() {
        assertThat(JmxMetrics.tables("not json")).isEmpty();
        assertThat(JmxMetrics.tables(null)).isEmpty();
    }
}
