package io.dmconnect.sink.tidb.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.config.ConfigDocs;
import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionConfigTest {

    @Test
    void readsEverySessionKeyAndNothingElse() {
        Map<String, String> props = Map.of("session.time_zone", " +08:00 ", "session.Max_Execution_Time", "5000",
                "session.foreign_key_checks", "ON", "connection.url", "jdbc:mysql://x/");
        assertThat(SessionConfig.parse(props)).containsExactly(Map.entry("Max_Execution_Time".toLowerCase(), "5000"),
                Map.entry("foreign_key_checks", "ON"), Map.entry("time_zone", "+08:00"));
    }

    /** Every bad key is reported at once, each on its exact key, with what to write instead. */
    @Test
    void collectsEveryProblem() {
        Map<String, String> props = new HashMap<>();
        props.put("session.foreign_key_checks", "maybe");
        props.put("session.time_zone", "Mars/Olympus");
        props.put("session.tidb_txn_mode", "eventual");
        props.put("session.sql-mode", "ANSI");
        props.put("session.wait_timeout", " ");
        props.put("session.init", "1; DROP TABLE x");
        assertThatThrownBy(() -> SessionConfig.parse(props)).isInstanceOfSatisfying(InvalidConfigException.class,
                e -> assertThat(e.problems()).extracting(ConfigProblem::key).containsExactly(
                        "session.foreign_key_checks", "session.init", "session.sql-mode", "session.tidb_txn_mode",
                        "session.time_zone", "session.wait_timeout"));
        assertThatThrownBy(() -> SessionConfig.parse(props)).hasMessageContaining("use 0 or OFF (DM's default) or 1")
                .hasMessageContaining("a value cannot contain ';'")
                .hasMessageContaining("'sql-mode' is not a session variable name")
                .hasMessageContaining("use optimistic (DM's default) or pessimistic")
                .hasMessageContaining("use an offset such as +08:00")
                .hasMessageContaining("empty value");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"+08:00", "-3:30", "UTC", "SYSTEM", "Asia/Shanghai"})
    void acceptsTimeZonesTheServerKnows(String zone) {
        assertThat(SessionConfig.parse(Map.of("session.time_zone", zone))).containsEntry("time_zone", zone);
    }

    @Test
    void declaresDocumentedKeysAndValidatesThemInConnect() {
        ConfigDef def = SessionConfig.defineRule(SessionConfig.define(new ConfigDef()), "<variable>");
        assertThat(ConfigDocs.problems(def)).isEmpty();
        assertThat(def.names()).contains("session.foreign_key_checks", "session.sql_mode", "session.time_zone",
                "session.tidb_txn_mode", "session.<variable>");
        List<ConfigValue> values = SessionConfig.define(new ConfigDef())
                .validate(Map.of("session.foreign_key_checks", "2", "session.time_zone", "+01:00"));
        assertThat(values).filteredOn(v -> v.name().equals("session.foreign_key_checks")).singleElement()
                .satisfies(v -> assertThat(v.errorMessages()).singleElement().asString().contains("use 0 or OFF"));
        assertThat(values).filteredOn(v -> v.name().equals("session.time_zone")).singleElement()
                .satisfies(v -> assertThat(v.errorMessages()).isEmpty());
    }

    @Test
    void enrichDeclaresTheOtherVariablesAConfigurationUses() {
        ConfigDef def = SessionConfig.enrich(SessionConfig.define(new ConfigDef()),
                Map.of("session.max_execution_time", "5", "session.time_zone", "UTC", "other", "x"));
        assertThat(def.names()).contains("session.max_execution_time").doesNotContain("other");
    }
}
