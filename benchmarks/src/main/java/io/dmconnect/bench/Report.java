package io.dmconnect.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The Markdown report of a run: the facts needed to repeat it, the source's figures, each sink's figures and each
 * dm-connect sink against the goal. A pure function of its inputs.
 */
public final class Report {
    private Report() {
    }

    public static String markdown(RunFacts run, MachineFacts machine, BenchmarkConfig config, List<SourceStats> source,
            List<SinkResult> results) {
        StringBuilder md = new StringBuilder();
        ReportHeader.append(md, run, machine);
        md.append("- Software: MariaDB ").append(run.mariadb()).append(", Kafka ").append(run.kafka())
                .append(", dm-connect sink ").append(run.pluginVersion(SinkUnderTest.DM_SINK_CLASS))
                .append(", Debezium JDBC sink ").append(run.pluginVersion(SinkUnderTest.DEBEZIUM_SINK_CLASS))
                .append("; converter ").append(config.converter().key()).append('\n');
        md.append("- Sizes: rows=").append(config.size().rows()).append(", statement.rows=")
                .append(config.size().statementRows()).append(", hot.rows=").append(config.size().hotRows())
                .append(", warmup.rows=").append(config.warmupRows())
                .append(" (applied by every sink first, not measured)\n\n");
        sourceTable(md, source);
        sinkTable(md, results);
        goalTable(md, GoalCheck.of(results));
        return md.toString();
    }

    private static void sourceTable(StringBuilder md, List<SourceStats> source) {
        md.append("Source (dm-connect's MySQL source, once per workload, upstream statements running meanwhile):\n\n");
        md.append("| workload | row events | topic records | seconds | events/s |\n|---|---:|---:|---:|---:|\n");
        for (SourceStats s : source) {
            md.append("| ").append(s.workload().key()).append(" | ").append(s.events()).append(" | ")
                    .append(s.topicRecords()).append(" | ").append(seconds(s.elapsed())).append(" | ")
                    .append(whole(s.eventsPerSecond())).append(" |\n");
        }
        md.append('\n');
    }

    private static void sinkTable(StringBuilder md, List<SinkResult> results) {
        md.append("Sinks (each alone on the same topic; apply = last empty probe to checksum equal):\n\n");
        md.append("| workload | sink | row changes | start-up s | apply s | rows/s | worker CPU s "
                + "| worker CPU ms / 1000 rows | downstream CPU ms / 1000 rows |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SinkResult r : results) {
            md.append("| ").append(r.workload().key()).append(" | ").append(r.sink().key()).append(" | ");
            if (r instanceof SinkResult.Measured measured) {
                Measurement m = measured.measurement();
                md.append(m.events()).append(" | ").append(seconds(m.startup())).append(" | ")
                        .append(seconds(m.apply())).append(" | ").append(whole(m.rowsPerSecond())).append(" | ")
                        .append(seconds(m.workerCpu())).append(" | ").append(whole(m.workerCpuMsPer1000Rows()))
                        .append(" | ").append(whole(m.downstreamCpuMsPer1000Rows())).append(" |\n");
            } else if (r instanceof SinkResult.Failed failed) {
                md.append("failed: ").append(failed.reason().replace("|", "\\|").replace("\n", " "))
                        .append(" | | | | | | |\n");
            }
        }
        md.append('\n');
    }

    private static void goalTable(StringBuilder md, List<GoalCheck> checks) {
        md.append("Against the goal (at least ").append(GoalCheck.THROUGHPUT_GOAL)
                .append("× Debezium's rows/s at most 1/").append(GoalCheck.CPU_GOAL_DIVISOR)
                .append(" of its worker CPU per row):\n\n");
        md.append("| workload | sink | rows/s vs Debezium | worker CPU per row vs Debezium | throughput goal "
                + "| CPU goal |\n|---|---|---:|---:|---|---|\n");
        for (GoalCheck c : checks) {
            md.append("| ").append(c.workload().key()).append(" | ").append(c.sink().key()).append(" | ")
                    .append(ratio(c.throughputRatio())).append("× | ").append(ratio(c.cpuRatio())).append("× | ")
                    .append(c.throughputMet() ? "met" : "missed: " + ratio(c.throughputShortfall()) + "× short")
                    .append(" | ")
                    .append(c.cpuMet() ? "met" : "missed: " + ratio(c.cpuShortfall()) + "× too much")
                    .append(" |\n");
        }
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f", Measurement.seconds(d));
    }

    static String whole(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
