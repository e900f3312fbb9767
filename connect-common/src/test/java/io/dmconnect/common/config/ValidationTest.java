package io.dmconnect.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class ValidationTest {
    @Test
    void attachesProblemsToExistingAndNewKeysOnce() {
        ConfigValue existing = new ConfigValue("filters");
        Config config = new Config(new ArrayList<>(List.of(existing)));
        List<ConfigProblem> problems = List.of(
                new ConfigProblem("filters", "name 'x' is listed twice"),
                new ConfigProblem("filters.f.action", "use Do, Ignore or Error"),
                new ConfigProblem("filters.f.action", "use Do, Ignore or Error"));

        Validation.withProblems(config, problems, Map.of("filters.f.action", "Skip"));

        assertThat(existing.errorMessages()).containsExactly("name 'x' is listed twice");
        ConfigValue added = config.configValues().stream().filter(v -> v.name().equals("filters.f.action")).findFirst().orElseThrow();
        assertThat(added.value()).isEqualTo("Skip");
        assertThat(added.errorMessages()).containsExactly("use Do, Ignore or Error");
    }
}
