package io.dmconnect.source.mysql;

import io.dmconnect.common.Version;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Reads one MySQL/MariaDB server into one Kafka topic per table. Thin by design: it parses the configuration and
 * hands it to the task; the work lives in plain classes.
 */
public final class MySqlSourceConnector extends SourceConnector {
    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new MySqlSourceConfig(props); // fail fast on a bad configuration
        this.props = Map.copyOf(props);
    }

    /** The binlog is one ordered stream, so it is read by exactly one task. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return MySqlSourceTask.class;
    }

    @Override
    public void stop() {
        props = null;
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
