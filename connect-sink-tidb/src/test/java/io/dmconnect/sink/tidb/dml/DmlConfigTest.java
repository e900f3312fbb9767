package io.dmconnect.sink.tidb.dml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmconnect.common.config.ConfigDocs;
import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DmlConfigTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            // properties (';'-separated)                                          | workers | batch | multiple rows | compact
            "                                                                      | 16      | 100   | false         | false",
            "worker.count=4; batch.size=20; multiple.rows=true; compact=true       | 4       | 20    | true          | true",
            "worker.count= 1 ; batch.size=2147483647; multiple.rows=TRUE; compact=False | 1  | 2147483647 | true     | false",
            "worker.count=1024                                                     | 1024    | 100   | false         | false",
    })
    void parsesWithDmDefaults(String spec, int workers, int batch, boolean multipleRows, boolean compact) {
        assertThat(DmlConfig.parse(props(spec))).isEqualTo(new DmlConfig(workers, batch, multipleRows, compact));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "worker.count=0      | worker.count  | '0' is not a whole number from 1 to 1024: use for example 16",
            "worker.count=1025   | worker.count  | from 1 to 1024",
            "worker.count=four   | worker.count  | 'four' is not a whole number",
            "worker.count=       | worker.count  | '' is not a whole number",
            "batch.size=-5       | batch.size    | '-5' is not a whole number from 1 to 2147483647: use for example 100",
            "batch.size=1e3      | batch.size    | '1e3' is not a whole number",
            "multiple.rows=yes   | multiple.rows | 'yes' is not a boolean: use true or false",
            "compact=1           | compact       | '1' is not a boolean: use true or false",
    })
    void aBadValueIsAProblemOnItsKey(String spec, String key, String message) {
        InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class,
                () -> DmlConfig.parse(props(spec)));

        assertThat(e).as("no problem reported").isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo(key);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void absentKeysAreDmsDefaults() {
        assertThat(DmlConfig.parse(Map.of())).isEqualTo(DmlConfig.defaults());
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new DmlConfig(0, 100, false, false)))
                .hasMessageContaining("worker count");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class, () -> DmlConfig.parse(
                props("worker.count=x; batch.size=0; multiple.rows=on; compact=off")));

        assertThat(e.problems()).extracting(ConfigProblem::key)
                .containsExactly("worker.count", "batch.size", "multiple.rows", "compact");
    }

    @ParameterizedTest(name = "[{index}] fk={0} {1}")
    @CsvSource(delimiter = '|', value = {
            "true  | compact=true; multiple.rows=true | compact,multiple.rows",
            "true  | compact=true                     | compact",
            "true  | multiple.rows=true               | multiple.rows",
            "true  |                                  | ''",
            "false | compact=true; multiple.rows=true | ''",
    })
    void dmRefusesMergingWithForeignKeyChecks(boolean fkChecks, String spec, String keys) {
        assertThat(DmlConfig.parse(props(spec)).foreignKeyProblems(fkChecks)).extracting(ConfigProblem::key)
                .containsExactly(keys.isEmpty() ? new String[0] : keys.split(","));
    }

    @Test
    void declaresEveryKeyForTheDocs() {
        ConfigDef def = DmlConfig.define(new ConfigDef());

        assertThat(def.names()).containsExactlyInAnyOrder("worker.count", "batch.size", "multiple.rows", "compact", "batch.linger.ms");
        assertThat(ConfigDocs.problems(def)).isEmpty();
        assertThat(def.configKeys().values()).allSatisfy(k -> assertThat(k.group).isEqualTo(DmlConfig.GROUP));
        Map<String, Object> parsed = def.parse(Map.of());
        assertThat(parsed).containsEntry("worker.count", 16).containsEntry("batch.size", 100)
                .containsEntry("multiple.rows", false).containsEntry("compact", false).containsEntry("batch.linger.ms", 100L);
    }

    @ParameterizedTest
    @CsvSource({"worker.count, 0", "worker.count, 1025", "batch.size, 0"})
    void theConfigDefValidatorsAgreeWithParse(String key, String value) {
        ConfigDef def = DmlConfig.define(new ConfigDef());

        assertThat(catchThrowableOfType(ConfigException.class, () -> def.parse(Map.of(key, value)))).isNotNull();
        assertThat(catchThrowableOfType(InvalidConfigException.class, () -> DmlConfig.parse(Map.of(key, value))))
                .isNotNull();
    }

    private static Map<String, String> props(String spec) {
        Map<String, String> props = new HashMap<>();
        if (spec == null || spec.isBlank()) {
            return props;
        }
        for (String kv : spec.split(";")) {
            int eq = kv.indexOf('=');
            props.put(kv.substring(0, eq).trim(), kv.substring(eq + 1));
        }
        return props;
    }
}
