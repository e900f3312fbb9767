package io.dmconnect.sink.tidb;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.config.ConfigDocs;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class TiDbSinkConfigTest {
    private static final Path REFERENCE = Path.of("..", "docs", "reference", "sink-tidb.md");

    private static Map<String, String> valid() {
        Map<String, String> props = new HashMap<>();
        props.put("connection.url", "jdbc:mysql://tidb:4000/");
        props.put("connection.username", "dm_target");
        return props;
    }

    @Test
    void defaultsMatchDm() {
        assertThat(new TiDbSinkConfig(valid()).metaSchema()).isEqualTo("dm_meta");
    }

    @Test
    void acceptsMysqlAndMariadbUrlsAndRejectsOthersWithAdvice() {
        Map<String, ConfigValue> ok = validate(valid());
        assertThat(ok.get("connection.url").errorMessages()).isEmpty();

        Map<String, String> maria = valid();
        maria.put("connection.url", "jdbc:mariadb://127.0.0.1:3306/?useBulkStmts=true");
        assertThat(validate(maria).get("connection.url").errorMessages()).isEmpty();

        Map<String, String> bad = valid();
        bad.put("connection.url", "jdbc:postgresql://db/x");
        bad.put("meta.schema", "dm meta");
        Map<String, ConfigValue> values = validate(bad);
        assertThat(values.get("connection.url").errorMessages()).singleElement().asString().contains("use jdbc:mysql://host:port/");
        assertThat(values.get("meta.schema").errorMessages()).singleElement().asString().contains("letters, digits");
    }

    @Test
    void everyKeyIsDocumentedAndTheReferenceIsCurrent() {
        assertThat(ConfigDocs.problems(TiDbSinkConfig.documented())).isEmpty();
        String md = ConfigDocs.markdown("TiDbSinkConnector configuration", TiDbSinkConnector.class.getName(),
                TiDbSinkConfig.documented());
        assertThat(ConfigDocs.syncReference(REFERENCE, md, Boolean.getBoolean("dmconnect.docs.regenerate")))
                .as("docs/reference/sink-tidb.md is stale: mvn -pl connect-sink-tidb -am test -Ddmconnect.docs.regenerate=true")
                .isTrue();
    }

    private static Map<String, ConfigValue> validate(Map<String, String> props) {
        Map<String, ConfigValue> values = new HashMap<>();
        new TiDbSinkConnector().validate(props).configValues().forEach(v -> values.put(v.name(), v));
        return values;
    }
}
