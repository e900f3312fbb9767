package io.dmconnect.cli;

import io.dmconnect.harness.ConnectRestClient.ConnectorStatus;
import io.dmconnect.harness.ConnectRestClient.TaskStatus;
import java.util.List;
import java.util.Locale;

/** Renders {@link Progress} as plain text, the same on a terminal and in a log file. */
final class ProgressView {
    static final int BAR_WIDTH = 20;
    static final int TRACE_LINES = 6;

    /** Where a failed task's whole trace is: the REST URL and, for the embedded worker, its log. */
    private final String restUrl;
    private final String workerLog;

    ProgressView(String restUrl, String workerLog) {
        this.restUrl = restUrl;
        this.workerLog = workerLog;
    }

    String render(List<Progress.OfConnector> connectors) {
        StringBuilder sb = new StringBuilder();
        connectors.forEach(c -> connector(sb, c));
        return sb.toString();
    }

    private void connector(StringBuilder sb, Progress.OfConnector c) {
        ConnectorStatus s = c.status();
        sb.append(c.name()).append(" (").append(c.type()).append(")  ").append(s == null ? "NOT FOUND" : s.state());
        if (s != null) {
            s.tasks().forEach(t -> sb.append("  task ").append(t.id()).append(' ').append(t.state()));
        }
        sb.append('\n');
        if (s != null && s.trace() != null) {
            trace(sb, c.name(), "connector", s.trace());
        }
        if (s != null) {
            for (TaskStatus t : s.tasks()) {
                if (t.trace() != null) {
                    trace(sb, c.name(), "task " + t.id(), t.trace());
                }
            }
        }
        if (c.source() != null) {
            source(sb, c.source());
        }
        if (c.sink() != null) {
            Progress.Sink k = c.sink();
            sb.append(String.format(Locale.ROOT, "  applied %s rows/s (%d total)   DLQ %d   record errors %d%n",
                    rate(k.recordsPerSecond()), k.recordsTotal(), k.deadLettered(), k.recordErrors()));
        }
    }

    private void trace(StringBuilder sb, String connector, String what, String trace) {
        String[] lines = trace.split("\\R");
        sb.append("  ").append(what).append(" trace:\n");
        for (int i = 0; i < Math.min(lines.length, TRACE_LINES); i++) {
            sb.append("    ").append(lines[i]).append('\n');
        }
        sb.append("    ... ").append(lines.length > TRACE_LINES ? (lines.length - TRACE_LINES) + " more lines; " : "")
                .append("the whole trace: curl -s ").append(restUrl).append("/connectors/").append(connector).append("/status");
        if (workerLog != null) {
            sb.append(" or ").append(workerLog);
        }
        sb.append('\n');
    }

    private static void source(StringBuilder sb, Progress.Source src) {
        for (Progress.SnapshotTask t : src.snapshot()) {
            sb.append(String.format(Locale.ROOT, "  snapshot task %d  %-22s chunks %d/%d  rows %d/%d  %s rows/s%n",
                    t.task(), t.phase(), t.chunksDone(), t.chunksTotal(), t.rowsDone(), t.rowsEstimated(), rate(t.rowsPerSecond())));
            for (Progress.Table table : t.tables()) {
                sb.append(String.format(Locale.ROOT, "    %-28s %s %d/%d rows%n", table.table(),
                        bar(table.rowsDone(), table.rowsEstimated(), table.chunksTotal() > 0 && table.chunksDone() >= table.chunksTotal()),
                        table.rowsDone(), table.rowsEstimated()));
            }
        }
        Progress.Streaming b = src.streaming();
        if (b != null) {
            sb.append(String.format(Locale.ROOT, "  binlog  %s:%d   %d s behind the source   %s events/s (%d total)%n",
                    b.binlogFile().isEmpty() ? "-" : b.binlogFile(), b.binlogPosition(), b.secondsBehind(),
                    rate(b.eventsPerSecond()), b.eventsTotal()));
        }
    }

    /**
     * {@code [########------------]  40%}. Row counts are estimates (InnoDB statistics), so done may pass the estimate:
     * the bar stops at 99% until the table is known to be finished.
     */
    static String bar(long done, long estimated, boolean finished) {
        int percent;
        if (finished) {
            percent = 100;
        } else if (estimated <= 0) {
            percent = 0;
        } else {
            percent = (int) Math.min(99, done * 100 / estimated);
        }
        int filled = percent * BAR_WIDTH / 100;
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + String.format(Locale.ROOT, "%3d%%", percent);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.1f", perSecond);
    }
}
