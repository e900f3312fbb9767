package io.dmconnect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.harness.ConnectRestClient.ConnectorStatus;
import io.dmconnect.harness.ConnectRestClient.TaskStatus;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProgressViewTest {
    private final ProgressView view = new ProgressView("http://127.0.0.1:8083", "/data/connect/worker.log");

    @Test
    void barsFillByRowsDoneAndStopAt99PercentUntilTheTableIsFinished() {
        assertThat(ProgressView.bar(0, 2000, false)).isEqualTo("[--------------------]   0%");
        assertThat(ProgressView.bar(700, 2000, false)).isEqualTo("[#######-------------]  35%");
        assertThat(ProgressView.bar(2100, 2000, false)).isEqualTo("[###################-]  99%");
        assertThat(ProgressView.bar(2100, 2000, true)).isEqualTo("[####################] 100%");
        assertThat(ProgressView.bar(5, 0, false)).isEqualTo("[--------------------]   0%");
    }

    @Test
    void aSourceShowsItsSnapshotPerTableAndItsBinlogLag() {
        Progress.SnapshotTask task = new Progress.SnapshotTask(0, "reading", 2, 8, 3, 1200, 4000, 850.25, List.of(
                new Progress.Table("shop_01.orders_01", 700, 2000, 2, 4), new Progress.Table("shop_01.orders_02", 2000, 2000, 4, 4)));
        Progress.Source source = new Progress.Source(List.of(task),
                new Progress.Streaming(3, 12.34, 99, "mysql-bin.000002", 4567));
        String text = view.render(List.of(new Progress.OfConnector("up1", "source", running("up1", 1), source, null)));
        assertThat(text).isEqualTo(String.join("\n",
                "up1 (source)  RUNNING  task 0 RUNNING",
                "  snapshot task 0  reading                chunks 3/8  rows 1200/4000  850.3 rows/s",
                "    shop_01.orders_01            [#######-------------]  35% 700/2000 rows",
                "    shop_01.orders_02            [####################] 100% 2000/2000 rows",
                "  binlog  mysql-bin.000002:4567   3 s behind the source   12.3 events/s (99 total)",
                ""));
    }

    @Test
    void aSinkShowsItsRateAndDeadLetterCount() {
        String text = view.render(List.of(new Progress.OfConnector("tidb", "sink", running("tidb", 2), null,
                new Progress.Sink(240.46, 12000, 3, 4))));
        assertThat(text).isEqualTo("tidb (sink)  RUNNING  task 0 RUNNING  task 1 RUNNING\n"
                + "  applied 240.5 rows/s (12000 total)   DLQ 3   record errors 4\n");
    }

    @Test
    void aFailedTaskShowsTheStartOfItsTraceAndWhereTheRestIs() {
        String trace = IntStream.rangeClosed(1, 9).mapToObj(i -> i == 1 ? "java.sql.SQLException: Table 'shop.orders' doesn't exist"
                : "\tat io.dmconnect.Frame" + i).collect(Collectors.joining("\n"));
        ConnectorStatus status = new ConnectorStatus("tidb", "RUNNING", null, List.of(
                new TaskStatus(0, "FAILED", "127.0.0.1:8083", trace), new TaskStatus(1, "RUNNING", "127.0.0.1:8083", null)));
        String text = view.render(List.of(new Progress.OfConnector("tidb", "sink", status, null, null)));
        assertThat(text).startsWith("tidb (sink)  RUNNING  task 0 FAILED  task 1 RUNNING\n  task 0 trace:\n"
                        + "    java.sql.SQLException: Table 'shop.orders' doesn't exist\n")
                .contains("    \tat io.dmconnect.Frame6\n")
                .doesNotContain("Frame7")
                .endsWith("    ... 3 more lines; the whole trace: curl -s http://127.0.0.1:8083/connectors/tidb/status "
                        + "or /data/connect/worker.log\n");
    }

    @Test
    void aConnectorTheClusterDoesNotKnowSaysSo() {
        assertThat(view.render(List.of(new Progress.OfConnector("gone", "?", null, null, null)))).isEqualTo("gone (?)  NOT FOUND\n");
    }

    private static ConnectorStatus running(String name, int tasks) {
        return new ConnectorStatus(name, "RUNNING", null, IntStream.range(0, tasks)
                .mapToObj(i -> new TaskStatus(i, "RUNNING", "w", null)).toList());
    }
}
