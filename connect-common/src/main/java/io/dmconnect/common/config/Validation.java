package io.dmconnect.common.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;

/**
 * Adds problems found beyond a {@code ConfigDef}'s own validators (cross-key rules, named-group keys such as
 * {@code filters.<name>.action}) to the result of {@code Connector.validate()}, each on its exact key, so Connect's
 * REST API reports them where the user wrote the value.
 */
public final class Validation {
    private Validation() {
    }

    /** Returns {@code config} with every problem attached to its key's {@code ConfigValue} (created when missing). */
    public static Config withProblems(Config config, List<ConfigProblem> problems, Map<String, String> props) {
        Map<String, ConfigValue> byName = new HashMap<>();
        config.configValues().forEach(v -> byName.put(v.name(), v));
        for (ConfigProblem problem : problems) {
            ConfigValue value = byName.get(problem.key());
            if (value == null) {
                value = new ConfigValue(problem.key(), props.get(problem.key()), List.of(), new java.util.ArrayList<>());
                config.configValues().add(value);
                byName.put(problem.key(), value);
            }
            if (!value.errorMessages().contains(problem.message())) {
                value.addErrorMessage(problem.message());
            }
        }
        return config;
    }
}
