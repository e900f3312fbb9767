package io.dmconnect.bench;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The Markdown report of a snapshot run: the facts needed to repeat it, each leg's figures and the goal check. A pure
 * function of its inputs.
 */
public final class SnapshotReport {
    private SnapshotReport() {
    }

    public static String markdown(RunFacts run, MachineFacts machine, SnapshotConfig config, Duration upstreamLoad,
            List<LegResult> results) {
        StringBuilder md = new StringBuilder();
        ReportHeader.append(md, run, machine);
        md.append("- Software: MariaDB ").append(run.mariadb()).append(", Kafka ").append(run.kafka())
                .append(", dm-connect source ").append(run.pluginVersion(ConnectorConfigs.DM_SOURCE_CLASS))
                .append(" and sink ").append(run.pluginVersion(ConnectorConfigs.DM_SINK_CLASS))
                .append(", Debezium MariaDB source ").append(run.pluginVersion(ConnectorConfigs.DEBEZIUM_SOURCE_CLASS))
                .append(" and JDBC sink ").append(run.pluginVersion(ConnectorConfigs.DEBEZIUM_SINK_CLASS))
                .append("; converter ").append(config.converter().key()).append('\n');
        md.append("- Data: ").append(SbTable.QUALIFIED).append(", ").append(config.rows())
                .append(" rows (sysbench's table), loaded upstream in ").append(Report.seconds(upstreamLoad))
                .append(" s (not measured)\n");
        DmTuning dm = config.dm();
        md.append("- dm-connect (c): source tasks.max=").append(dm.sourceTasks()).append(", snapshot.chunk.size=")
                .append(dm.chunkSize()).append("; topic partitions ").append(dm.topicPartitions())
                .append("; sink tasks.max=").append(dm.sinkTasks()).append(", worker.count=").append(dm.workerCount())
                .append(", batch.size=").append(dm.batchSize()).append(", multiple.rows=").append(dm.multipleRows())
                .append("; source producer overrides: ").append(dm.sourceProducerText())
                .append(config.peerProducer() ? " (Debezium's source: the same)" : " (Debezium's source: Connect's default)")
                .append("\n\n");
        legTable(md, results);
        goalTable(md, SnapshotGoal.of(results));
        return md.toString();
    }

    private static void legTable(StringBuilder md, List<LegResult> results) {
        md.append("Each leg alone, in this order, into its own empty downstream; seconds from the pipe's start or the "
                + "connectors' creation to the downstream holding every row (checksum verified afterwards). CPU "
                + "seconds during that time:\n\n");
        md.append("| leg | rows | seconds | rows/s | worker CPU s | broker CPU s | upstream CPU s "
                + "| downstream CPU s | dump + client CPU s | all CPU ms / 1000 rows |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LegResult r : results) {
            md.append("| ").append(r.leg().label()).append(' ').append(r.leg().key()).append(" | ");
            if (r instanceof LegResult.Measured m) {
                LegCpu cpu = m.cpu();
                md.append(m.rows()).append(" | ").append(Report.seconds(m.elapsed())).append(" | ")
                        .append(Report.whole(m.rowsPerSecond())).append(" | ").append(Report.seconds(cpu.worker()))
                        .append(" | ").append(Report.seconds(cpu.broker())).append(" | ")
                        .append(Report.seconds(cpu.upstream())).append(" | ").append(Report.seconds(cpu.downstream()))
                        .append(" | ").append(Report.seconds(cpu.clients())).append(" | ")
                        .append(Report.whole(m.cpuMsPer1000Rows())).append(" |\n");
            } else if (r instanceof LegResult.Failed f) {
                md.append("failed: ").append(f.reason().replace("|", "\\|").replace("\n", " "))
                        .append(" | | | | | | | | |\n");
            }
        }
        md.append('\n');
    }

    private static void goalTable(StringBuilder md, SnapshotGoal goal) {
        md.append("Against the goal:\n\n| goal | ratio | verdict |\n|---|---:|---|\n");
        md.append("| (c) at least ").append(SnapshotGoal.PEER_GOAL).append("× (b)'s rows/s | ")
                .append(ratio(goal.dmOverDebezium())).append(" | ")
                .append(verdict(goal.dmOverDebezium(), goal.peerMet(), SnapshotGoal.PEER_GOAL, true)).append(" |\n");
        md.append("| (c) within ").append(SnapshotGoal.DUMP_GOAL).append("× of (a): (a)'s rows/s / (c)'s at most ")
                .append(SnapshotGoal.DUMP_GOAL).append(" | ").append(ratio(goal.dumpOverDm())).append(" | ")
                .append(verdict(goal.dumpOverDm(), goal.dumpMet(), SnapshotGoal.DUMP_GOAL, false)).append(" |\n");
    }

    private static String ratio(OptionalDouble ratio) {
        return ratio.isPresent() ? Report.ratio(ratio.getAsDouble()) + "×" : "–";
    }

    /** PASS, MISS with how many times faster (c) must get, or why there is no verdict. */
    private static String verdict(OptionalDouble ratio, boolean met, int goal, boolean atLeast) {
        if (ratio.isEmpty()) {
            return "not measured: a leg failed or did not run";
        }
        if (met) {
            return "PASS";
        }
        double shortBy = atLeast ? goal / ratio.getAsDouble() : ratio.getAsDouble() / goal;
        return "MISS: (c) must get " + Report.ratio(shortBy) + "× faster";
    }
}
