package io.dmconnect.sink.tidb.apply;

import io.dmconnect.common.ddl.ServerFlavor;
import io.dmconnect.common.rules.RuleSide;
import io.dmconnect.common.rules.RulesConfig;
import io.dmconnect.sink.tidb.TiDbSinkConfig;
import io.dmconnect.sink.tidb.checkpoint.CheckpointStore;
import io.dmconnect.sink.tidb.checkpoint.Checkpoints;
import io.dmconnect.sink.tidb.checkpoint.DownstreamBarrierLedger;
import io.dmconnect.sink.tidb.ddl.DdlReplaceConfig;
import io.dmconnect.sink.tidb.ddl.DdlReplayConfig;
import io.dmconnect.sink.tidb.ddl.DdlReplayPlanner;
import io.dmconnect.sink.tidb.ddl.ReplayOptions;
import io.dmconnect.sink.tidb.dml.Batcher;
import io.dmconnect.sink.tidb.dml.Causality;
import io.dmconnect.sink.tidb.dml.DmlConfig;
import io.dmconnect.sink.tidb.route.RuleStage;
import io.dmconnect.sink.tidb.session.Downstream;
import io.dmconnect.sink.tidb.session.SessionConfig;
import io.dmconnect.sink.tidb.session.SessionSetup;
import io.dmconnect.sink.tidb.tables.TargetTables;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;

/** Builds a task's {@link ApplyEngine} from its configuration: the only place that knows every part. */
public final class SinkAssembly {
    private SinkAssembly() {
    }

    /** The engine and what the task needs besides it (the checkpoints, to seek its partitions). */
    public record Assembled(ApplyEngine engine, Checkpoints checkpoints, SafeMode safeMode, Runnable reloadCheckpoints,
                            int workers) {
    }

    public static Assembled build(TiDbSinkConfig config, Map<String, String> props, String connectorName, FailureHandler failures,
                                  PartitionControl partitions) {
        DmlConfig dml = DmlConfig.parse(props);
        Downstream kind;
        String version;
        DownstreamConnections plain = new DownstreamConnections(config.url(), config.username(), config.password(), List.of());
        try (Connection c = plain.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            version = rs.getString(1);
            kind = Downstream.fromVersion(version);
        } catch (SQLException e) {
            throw new ConnectException("cannot connect to " + plain.description() + ": " + e.getMessage()
                    + " (check connection.url, connection.username and connection.password)", e);
        }
        Map<String, String> overrides = SessionConfig.parse(props);
        // TIMESTAMP values travel as instants: written as UTC wall-clock times in a UTC session unless told otherwise
        java.time.ZoneId zone = sessionZone(overrides.get("time_zone"));
        List<String> session = SessionSetup.statements(new SessionSetup.Options(kind, version, null,
                overrides.containsKey("time_zone") ? null : "+00:00", overrides));
        DownstreamConnections downstream = new DownstreamConnections(config.url(), config.username(), config.password(), session);
        CheckpointStore store = new CheckpointStore(config.metaSchema(), connectorName);
        // the tables exist from the start; what they hold is read on every assignment (TiDbSinkTask.open), the first included
        Checkpoints checkpoints = Checkpoints.empty();
        onCheckpointTables(downstream, c -> {
            store.ensureTables(c);
            return null;
        });
        SafeMode safeMode = new SafeMode(config.getBoolean(TiDbSinkConfig.SAFE_MODE),
                config.getLong(TiDbSinkConfig.SAFE_MODE_DURATION), System.currentTimeMillis());
        RuleStage rules = new RuleStage(RulesConfig.parse(props, RuleSide.SINK));
        ServerFlavor targetFlavor = kind == Downstream.MARIADB ? ServerFlavor.MARIADB_10_11 : ServerFlavor.MYSQL_8_0;
        TargetSchemas targets = new TargetSchemas(downstream, new TargetTables(targetFlavor));
        DdlReplayPlanner planner = new DdlReplayPlanner(ServerFlavor.MARIADB_10_11,
                ReplayOptions.defaults(kind).withCollation(DdlReplayConfig.parse(props)));
        DdlStage ddl = new DdlStage(rules, planner, targets, config.getList(TiDbSinkConfig.DDL_SKIP),
                DdlReplaceConfig.parse(props));
        WorkerPool workers = new WorkerPool(downstream, dml.workerCount(), connectorName);
        WorkerCommit commit = new WorkerCommit(Batcher.of(dml), dml.batchSize(), dml.compact(), store, checkpoints);
        failures.bind(workers, store, checkpoints);
        DownstreamBarrierLedger ledger = new DownstreamBarrierLedger(downstream::open, config.metaSchema(), connectorName);
        ApplyEngine engine = new ApplyEngine(rules, new Causality(dml.workerCount()), workers, commit, targets, ddl,
                safeMode, checkpoints, failures, zone, partitions, ledger,
                new FlushTrigger(dml.batchSize(), config.getLong(DmlConfig.BATCH_LINGER_MS), System::currentTimeMillis));
        return new Assembled(engine, checkpoints, safeMode, () -> checkpoints.absorb(onCheckpointTables(downstream, store::load)),
                dml.workerCount());
    }

    /** A configured session.time_zone ('+08:00', 'Asia/Shanghai'); SYSTEM or unreadable values are refused. */
    static java.time.ZoneId sessionZone(String configured) {
        if (configured == null) {
            return java.time.ZoneOffset.UTC;
        }
        try {
            return java.time.ZoneId.of(configured.replace("'", "").trim());
        } catch (java.time.DateTimeException e) {
            throw new ConnectException("session.time_zone=" + configured + " is not a zone the sink can convert "
                    + "TIMESTAMP values to: use an offset such as +00:00 or a region such as Asia/Shanghai");
        }
    }

    private interface CheckpointCall<T> {
        T run(Connection c) throws SQLException;
    }

    private static <T> T onCheckpointTables(DownstreamConnections downstream, CheckpointCall<T> call) {
        try (Connection c = downstream.open()) {
            c.setAutoCommit(true);
            return call.run(c);
        } catch (SQLException e) {
            throw new ConnectException("cannot read the sink's checkpoints downstream: " + e.getMessage()
                    + " (the account needs CREATE on meta.schema)", e);
        }
    }
}
