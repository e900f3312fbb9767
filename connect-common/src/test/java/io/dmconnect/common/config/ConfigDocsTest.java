package io.dmconnect.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.junit.jupiter.api.Test;

class ConfigDocsTest {

    private static ConfigDef sample() {
        return new ConfigDef()
                .define("b.port", Type.INT, 3306, ConfigDef.Range.between(1, 65535), Importance.HIGH,
                        "Port | of the server.", "Connection", 2, Width.SHORT, "Port")
                .define("a.host", Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
                        "Host name.", "Connection", 1, Width.LONG, "Host")
                .define("c.secret", Type.PASSWORD, "", Importance.MEDIUM, "Secret.", "Security", 1, Width.MEDIUM, "Secret");
    }

    @Test
    void rendersGroupsInDeclarationOrderAndKeysInGroupOrder() {
        String md = ConfigDocs.markdown("Sample", "x.Sample", sample());

        assertThat(md.indexOf("## Connection")).isLessThan(md.indexOf("## Security"));
        assertThat(md.indexOf("`a.host`")).isLessThan(md.indexOf("`b.port`"));
        assertThat(md).contains("| `a.host` | string | *required* | non-empty string | high | Host name. |");
        assertThat(md).contains("| `b.port` | int | `3306` | [1,...,65535] | high | Port \\| of the server. |");
        assertThat(md).contains("| `c.secret` | password | \"\" |");
    }

    @Test
    void reportsKeysWithoutDocGroupOrDisplayName() {
        ConfigDef def = new ConfigDef()
                .define("bare", Type.STRING, "", Importance.LOW, "")
                .define("ok", Type.STRING, "", Importance.LOW, "Doc.", "G", 1, Width.SHORT, "Ok");

        assertThat(ConfigDocs.problems(def)).containsExactly("bare: no documentation", "bare: no group", "bare: no display name");
        assertThat(ConfigDocs.problems(sample())).isEmpty();
    }
}
