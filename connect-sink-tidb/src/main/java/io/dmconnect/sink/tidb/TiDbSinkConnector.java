package io.dmconnect.sink.tidb;

import io.dmconnect.common.Version;
import io.dmconnect.common.config.InvalidConfigException;
import io.dmconnect.common.config.Validation;
import io.dmconnect.common.rules.RuleSide;
import io.dmconnect.common.rules.RulesConfig;
import io.dmconnect.sink.tidb.ddl.DdlReplaceConfig;
import io.dmconnect.sink.tidb.dml.DmlConfig;
import io.dmconnect.sink.tidb.session.SessionConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Applies the per-table change topics to TiDB with DM's semantics. Thin by design: it parses the configuration
 * and hands it to the tasks; Connect spreads the topic partitions over them.
 */
public final class TiDbSinkConnector extends SinkConnector {
    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new TiDbSinkConfig(props); // fail fast on a bad configuration
        try {
            RulesConfig.parse(props, RuleSide.SINK);
            DdlReplaceConfig.parse(props);
        } catch (InvalidConfigException e) {
            throw new ConfigException(e.getMessage());
        }
        this.props = Map.copyOf(props);
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>(maxTasks);
        for (int i = 0; i < maxTasks; i++) {
            configs.add(props);
        }
        return configs;
    }

    @Override
    public Class<? extends Task> taskClass() {
        return TiDbSinkTask.class;
    }

    @Override
    public void stop() {
        props = null;
    }

    /** Connect's checks of the declared keys, plus every rule problem on its exact key (named-group keys too). */
    @Override
    public Config validate(Map<String, String> props) {
        Config config = super.validate(props);
        Validation.withProblems(config, RulesConfig.problems(props, RuleSide.SINK), props);
        Validation.withProblems(config, problems(() -> DmlConfig.parse(props)), props);
        Validation.withProblems(config, DdlReplaceConfig.problems(props), props);
        return Validation.withProblems(config, problems(() -> SessionConfig.parse(props)), props);
    }

    private static java.util.List<io.dmconnect.common.config.ConfigProblem> problems(Runnable parse) {
        try {
            parse.run();
            return java.util.List.of();
        } catch (InvalidConfigException e) {
            return e.problems();
        }
    }

    @Override
    public ConfigDef config() {
        return TiDbSinkConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        return Version.get();
    }
}
