package io.dmconnect.source.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.config.ConfigDocs;
import io.dmconnect.common.rules.RuleSide;
import io.dmconnect.common.rules.RulesConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class MySqlSourceConfigTest {
    private static final Path REFERENCE = Path.of("..", "docs", "reference", "source-mysql.md");

    private static Map<String, String> valid() {
        Map<String, String> props = new HashMap<>();
        props.put("database.hostname", "127.0.0.1");
        props.put("database.user", "dm_source");
        props.put("database.server.id", "4242");
        props.put("topic.prefix", "up1");
        props.put("schema.history.kafka.bootstrap.servers", "127.0.0.1:9092");
        return props;
    }

    @Test
    void sourceIdDefaultsToTopicPrefix() {
        assertThat(new MySqlSourceConfig(valid()).sourceId()).isEqualTo("up1");
        Map<String, String> props = valid();
        props.put("source.id", "mysql-replica-01");
        assertThat(new MySqlSourceConfig(props).sourceId()).isEqualTo("mysql-replica-01");
    }

    @Test
    void snapshotKeysAreValidatedAndTheTasksShareTheChunks() {
        assertThat(new MySqlSourceConfig(valid()).snapshotMode()).isEqualTo(MySqlSourceConfig.SnapshotMode.INITIAL);
        Map<String, String> props = valid();
        props.put("snapshot.mode", "Initial_Only");
        props.put("snapshot.locking.mode", "global");
        MySqlSourceConfig config = new MySqlSourceConfig(props);
        assertThat(config.snapshotMode()).isEqualTo(MySqlSourceConfig.SnapshotMode.INITIAL_ONLY);
        assertThat(config.lockingMode()).isEqualTo(MySqlSourceConfig.LockingMode.GLOBAL);
        props.put("snapshot.mode", "always");
        assertThatThrownBy(() -> new MySqlSourceConfig(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("initial, initial_only, no_data, when_needed");
        props.put("snapshot.mode", "initial");
        props.put("snapshot.chunk.size", "0");
        assertThatThrownBy(() -> new MySqlSourceConfig(props)).isInstanceOf(ConfigException.class);

        MySqlSourceConnector connector = new MySqlSourceConnector();
        connector.start(valid());
        assertThat(connector.taskConfigs(3)).extracting(c -> c.get("task.index") + "/" + c.get("task.count"))
                .containsExactly("0/3", "1/3", "2/3");
        Map<String, String> streamOnly = valid();
        streamOnly.put("snapshot.mode", "no_data");
        connector.start(streamOnly);
        assertThat(connector.taskConfigs(3)).extracting(c -> c.get("task.index")).containsExactly("0");
    }

    @Test
    void validateReportsEveryBadKeyWithWhatToDo() {
        Map<String, String> props = valid();
        props.remove("database.hostname");
        props.put("database.port", "70000");
        props.put("topic.prefix", "bad prefix/");
        Map<String, ConfigValue> values = new HashMap<>();
        new MySqlSourceConnector().validate(props).configValues().forEach(v -> values.put(v.name(), v));

        assertThat(values.get("database.hostname").errorMessages()).singleElement().asString().contains("no default value");
        assertThat(values.get("database.port").errorMessages()).singleElement().asString().contains("no more than 65535");
        assertThat(values.get("topic.prefix").errorMessages()).singleElement().asString()
                .contains("use only letters, digits, '.', '_' and '-'");
        assertThat(values.get("database.user").errorMessages()).isEmpty();
    }

    @Test
    void connectorRejectsAnInvalidConfigurationAtStart() {
        Map<String, String> props = valid();
        props.put("database.server.id", "0");
        assertThatThrownBy(() -> new MySqlSourceConnector().start(props))
                .isInstanceOf(ConfigException.class).hasMessageContaining("database.server.id");
    }

    @Test
    void everyKeyIsDocumentedAndTheReferenceIsCurrent() {
        assertThat(ConfigDocs.problems(RulesConfig.documented(MySqlSourceConfig.CONFIG_DEF, RuleSide.SOURCE))).isEmpty();
        String md = ConfigDocs.markdown("MySqlSourceConnector configuration", MySqlSourceConnector.class.getName(),
                RulesConfig.documented(MySqlSourceConfig.CONFIG_DEF, RuleSide.SOURCE));
        assertThat(ConfigDocs.syncReference(REFERENCE, md, Boolean.getBoolean("dmconnect.docs.regenerate")))
                .as("docs/reference/source-mysql.md is stale: mvn -pl connect-source-mysql -am test -Ddmconnect.docs.regenerate=true")
                .isTrue();
    }
}
