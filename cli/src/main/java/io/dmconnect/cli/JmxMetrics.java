package io.dmconnect.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.Attribute;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Reads the source's and Connect's MBeans from a worker JVM. Anything missing (a task not started yet, a source
 * without a snapshot) is left out, never an error: the live view shows what there is.
 */
final class JmxMetrics implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MBeanServerConnection server;
    private final JMXConnector connector;

    JmxMetrics(MBeanServerConnection server) {
        this(server, null);
    }

    private JmxMetrics(MBeanServerConnection server, JMXConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Connects to a worker's remote JMX ({@code host:port}, the RMI registry port). */
    static JmxMetrics connect(String hostPort) throws IOException {
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://" + hostPort + "/jmxrmi");
        JMXConnector c = JMXConnectorFactory.connect(url, Map.of());
        return new JmxMetrics(c.getMBeanServerConnection(), c);
    }

    /** The source's snapshot tasks and binlog reader; null when the worker has no MBean of this source yet. */
    Progress.Source source(String sourceId) throws IOException {
        List<Progress.SnapshotTask> snapshot = new ArrayList<>();
        for (ObjectName name : named("io.dmconnect:type=source-snapshot,*", "source", sourceId)) {
            snapshot.add(snapshotTask(name));
        }
        snapshot.sort(Comparator.comparingInt(Progress.SnapshotTask::task));
        Progress.Streaming streaming = null;
        for (ObjectName name : named("io.dmconnect:type=source-task,*", "source", sourceId)) {
            Map<String, Object> a = attributes(name, "SecondsBehindSource", "EventsPerSecond", "EventsTotal",
                    "BinlogFile", "BinlogPosition");
            streaming = new Progress.Streaming(asLong(a.get("SecondsBehindSource")), asDouble(a.get("EventsPerSecond")),
                    asLong(a.get("EventsTotal")), String.valueOf(a.getOrDefault("BinlogFile", "")), asLong(a.get("BinlogPosition")));
        }
        return snapshot.isEmpty() && streaming == null ? null : new Progress.Source(snapshot, streaming);
    }

    /** A sink connector's tasks, summed; null before any task registered its metrics. */
    Progress.Sink sink(String connectorName) throws IOException {
        double rate = 0;
        long total = 0;
        long dlq = 0;
        long errors = 0;
        Set<ObjectName> tasks = named("kafka.connect:type=sink-task-metrics,*", "connector", connectorName);
        for (ObjectName name : tasks) {
            Map<String, Object> a = attributes(name, "sink-record-send-rate", "sink-record-send-total");
            rate += asDouble(a.get("sink-record-send-rate"));
            total += asLong(a.get("sink-record-send-total"));
        }
        for (ObjectName name : named("kafka.connect:type=task-error-metrics,*", "connector", connectorName)) {
            Map<String, Object> a = attributes(name, "deadletterqueue-produce-requests", "total-record-errors");
            dlq += asLong(a.get("deadletterqueue-produce-requests"));
            errors += asLong(a.get("total-record-errors"));
        }
        return tasks.isEmpty() ? null : new Progress.Sink(rate, total, dlq, errors);
    }

    private Progress.SnapshotTask snapshotTask(ObjectName name) throws IOException {
        Map<String, Object> a = attributes(name, "Phase", "TablesTotal", "ChunksTotal", "ChunksDone", "RowsDone",
                "RowsEstimated", "RowsPerSecond", "TableProgressJson");
        int task = (int) asLong(unquote(name.getKeyProperty("task")));
        return new Progress.SnapshotTask(task, String.valueOf(a.getOrDefault("Phase", "?")), asLong(a.get("TablesTotal")),
                asLong(a.get("ChunksTotal")), asLong(a.get("ChunksDone")), asLong(a.get("RowsDone")),
                asLong(a.get("RowsEstimated")), asDouble(a.get("RowsPerSecond")), tables((String) a.get("TableProgressJson")));
    }

    /** {@code [{"table","rows_done","rows_estimated","chunks_done","chunks_total"}, ...]}; unreadable JSON is no tables. */
    static List<Progress.Table> tables(String json) {
        List<Progress.Table> tables = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return tables;
        }
        try {
            for (JsonNode t : JSON.readTree(json)) {
                tables.add(new Progress.Table(t.path("table").asText(), t.path("rows_done").asLong(),
                        t.path("rows_estimated").asLong(), t.path("chunks_done").asLong(), t.path("chunks_total").asLong()));
            }
        } catch (IOException e) {
            return List.of();
        }
        return tables;
    }

    /** MBeans of the pattern whose key property equals value, quoted or not (ObjectName.quote is optional). */
    private Set<ObjectName> named(String pattern, String key, String value) throws IOException {
        try {
            Set<ObjectName> names = server.queryNames(new ObjectName(pattern), null);
            names.removeIf(n -> !value.equals(unquote(n.getKeyProperty(key))));
            return names;
        } catch (JMException e) {
            throw new IllegalArgumentException(pattern + ": " + e.getMessage(), e);
        }
    }

    private Map<String, Object> attributes(ObjectName name, String... attributes) throws IOException {
        Map<String, Object> values = new HashMap<>();
        try {
            for (Attribute a : server.getAttributes(name, attributes).asList()) {
                values.put(a.getName(), a.getValue());
            }
        } catch (JMException e) {
            // the MBean went away between the query and the read (a task restarted): no values this time
        }
        return values;
    }

    static String unquote(String value) {
        if (value != null && value.length() >= 2 && value.startsWith("\"")) {
            return ObjectName.unquote(value);
        }
        return value;
    }

    private static long asLong(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        try {
            return v == null ? 0 : Long.parseLong(v.toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double asDouble(Object v) {
        double d = v instanceof Number n ? n.doubleValue() : 0;
        return Double.isFinite(d) ? d : 0; // Connect reports NaN before a rate's first sample
    }

    @Override
    public void close() throws IOException {
        if (connector != null) {
            connector.close();
        }
    }
}
