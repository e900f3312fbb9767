package io.dmconnect.sink.tidb.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.config.ConfigDocs;
import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DdlReplayConfigTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"loose, LOOSE", "strict, STRICT", "STRICT, STRICT", "' Loose ', LOOSE"})
    void parsesDmsTwoModes(String value, CollationMode expected) {
        assertThat(DdlReplayConfig.parse(Map.of(DdlReplayConfig.COLLATION_COMPATIBLE, value))).isEqualTo(expected);
    }

    @Test
    void defaultsToLooseAsDm() {
        assertThat(DdlReplayConfig.parse(Map.of())).isEqualTo(CollationMode.LOOSE);
        ConfigDef def = DdlReplayConfig.define(new ConfigDef());
        assertThat(def.defaultValues()).containsEntry(DdlReplayConfig.COLLATION_COMPATIBLE, "loose");
        assertThat(ConfigDocs.problems(def)).isEmpty();
    }

    @Test
    void reportsABadValueOnItsKeyWithWhatToWrite() {
        assertThatThrownBy(() -> DdlReplayConfig.parse(Map.of("ddl.collation.compatible", "strikt")))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        new ConfigProblem("ddl.collation.compatible", "'strikt' is not a collation mode: use loose "
                                + "(DM's default, DDL as written) or strict (write out implicit collations)")));
        ConfigValue value = DdlReplayConfig.define(new ConfigDef())
                .validate(Map.of("ddl.collation.compatible", "strikt")).get(0);
        assertThat(value.errorMessages()).singleElement().asString().contains("use loose");
    }
}
