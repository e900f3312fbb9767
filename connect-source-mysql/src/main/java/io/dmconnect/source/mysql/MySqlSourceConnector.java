package io.dmconnect.source.mysql;

import io.dmconnect.common.Version;
import io.dmconnect.common.config.InvalidConfigException;
import io.dmconnect.common.config.Validation;
import io.dmconnect.common.rules.RuleSide;
import io.dmconnect.common.rules.RulesConfig;
import io.dmconnect.source.mysql.precheck.SourcePrecheck;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Reads one MySQL/MariaDB server into one Kafka topic per table. Thin by design: it parses the configuration and
 * hands it to the task; the work lives in plain classes.
 */
public final class MySqlSourceConnector extends SourceConnector {
    private static final java.util.Set<String> CONNECTION_KEYS = java.util.Set.of(MySqlSourceConfig.HOSTNAME,
            MySqlSourceConfig.PORT, MySqlSourceConfig.USER, MySqlSourceConfig.PASSWORD, MySqlSourceConfig.SERVER_ID,
            MySqlSourceConfig.TOPIC_PREFIX, MySqlSourceConfig.HISTORY_BOOTSTRAP);
    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new MySqlSourceConfig(props); // fail fast on a bad configuration
        try {
            RulesConfig.parse(props, RuleSide.SOURCE);
        } catch (InvalidConfigException e) {
            throw new ConfigException(e.getMessage());
        }
        this.props = Map.copyOf(props);
    }

    /**
     * The binlog is one ordered stream, read by task 0 alone. A snapshot's chunks are spread over all
     * {@code maxTasks} tasks (each told its index and the count); with snapshot.mode=no_data there is one task.
     */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        int tasks = new MySqlSourceConfig(props).snapshotMode().maySnapshot() ? Math.max(1, maxTasks) : 1;
        List<Map<String, String>> configs = new java.util.ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            Map<String, String> task = new java.util.HashMap<>(props);
            task.put(MySqlSourceConfig.TASK_INDEX, String.valueOf(i));
            task.put(MySqlSourceConfig.TASK_COUNT, String.valueOf(tasks));
            configs.add(task);
        }
        return configs;
    }

    @Override
    public Class<? extends Task> taskClass() {
        return MySqlSourceTask.class;
    }

    @Override
    public void stop() {
        props = null;
    }

    /** Connect's checks of the declared keys, plus every rule problem on its exact key (named-group keys too). */
    @Override
    public Config validate(Map<String, String> props) {
        Config config = super.validate(props);
        Validation.withProblems(config, RulesConfig.problems(props, RuleSide.SOURCE), props);
        boolean connectionValid = config.configValues().stream().filter(v -> CONNECTION_KEYS.contains(v.name()))
                .allMatch(v -> v.errorMessages().isEmpty());
        if (connectionValid) {
            // DM's precheck runs only against a server the other keys let us reach
            Validation.withProblems(config, SourcePrecheck.problems(new MySqlSourceConfig(props)), props);
        }
        return config;
    }

    @Override
    public ConfigDef config() {
        return MySqlSourceConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        return Version.get();
    }
}
