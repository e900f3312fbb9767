package io.dmconnect.common.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.config.ConfigDocs;
import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import io.dmconnect.common.record.ConversionOptions.BigintUnsignedMode;
import io.dmconnect.common.record.ConversionOptions.DecimalMode;
import io.dmconnect.common.record.ConversionOptions.TemporalMode;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConversionOptionsTest {
    @Test
    void defaultsAreLossless() {
        ConversionOptions options = ConversionOptions.parse(Map.of());
        assertThat(options).isEqualTo(ConversionOptions.DEFAULTS);
        assertThat(options.temporalMode()).isEqualTo(TemporalMode.DEBEZIUM);
        assertThat(options.decimalMode()).isEqualTo(DecimalMode.PRECISE);
        assertThat(options.bigintUnsignedMode()).isEqualTo(BigintUnsignedMode.PRECISE);
        assertThat(options.timestampZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(options.propagateSourceType()).isFalse();
    }

    @Test
    void parsesEveryKeyCaseInsensitively() {
        ConversionOptions options = ConversionOptions.parse(Map.of("temporal.mode", "String", "decimal.mode", " DOUBLE ",
                "bigint.unsigned.mode", "long", "timestamp.zone", "Asia/Shanghai", "propagate.source.type", "TRUE"));
        assertThat(options).isEqualTo(new ConversionOptions(TemporalMode.STRING, DecimalMode.DOUBLE,
                BigintUnsignedMode.LONG, ZoneId.of("Asia/Shanghai"), true));
    }

    @Test
    void collectsEveryProblemWithWhatToDo() {
        assertThatThrownBy(() -> ConversionOptions.parse(Map.of("temporal.mode", "adaptive", "decimal.mode", "exact",
                "bigint.unsigned.mode", "precise", "timestamp.zone", "Mars/Olympus", "propagate.source.type", "yes")))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        new ConfigProblem("temporal.mode", "'adaptive' is not a valid value; use one of debezium, string"),
                        new ConfigProblem("decimal.mode", "'exact' is not a valid value; use one of precise, double, string"),
                        new ConfigProblem("timestamp.zone", "'Mars/Olympus' is not a time zone; use a region such as "
                                + "Asia/Shanghai, an offset such as +08:00, or UTC"),
                        new ConfigProblem("propagate.source.type", "'yes' is not a boolean; use true or false")));
    }

    @Test
    void declaresDocumentedKeys() {
        ConfigDef def = ConversionOptions.define(new ConfigDef());
        assertThat(def.names()).containsExactlyInAnyOrder("temporal.mode", "decimal.mode", "bigint.unsigned.mode",
                "timestamp.zone", "propagate.source.type");
        assertThat(ConfigDocs.problems(def)).isEmpty();
        assertThat(def.configKeys().values()).allMatch(k -> ConversionOptions.GROUP.equals(k.group));
        Map<String, Object> parsed = def.parse(Map.of());
        assertThat(ConversionOptions.parse(Map.of("temporal.mode", (String) parsed.get("temporal.mode"),
                "decimal.mode", (String) parsed.get("decimal.mode"),
                "bigint.unsigned.mode", (String) parsed.get("bigint.unsigned.mode"),
                "timestamp.zone", (String) parsed.get("timestamp.zone"),
                "propagate.source.type", parsed.get("propagate.source.type").toString())))
                .isEqualTo(ConversionOptions.DEFAULTS); // the ConfigDef defaults are the record's defaults
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"temporal.mode, adaptive", "decimal.mode, exact", "bigint.unsigned.mode, int",
            "timestamp.zone, Mars/Olympus"})
    void theConfigDefRejectsWhatParseRejects(String key, String value) {
        ConfigDef def = ConversionOptions.define(new ConfigDef());
        assertThatThrownBy(() -> def.parse(Map.of(key, value))).isInstanceOf(ConfigException.class)
                .hasMessageContaining(key);
        assertThatThrownBy(() -> ConversionOptions.parse(Map.of(key, value))).isInstanceOf(InvalidConfigException.class);
    }
}
