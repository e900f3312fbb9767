package io.dmconnect.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.dmconnect.harness.ConnectRestClient;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every connector config through {@code PUT /connector-plugins/{class}/config/validate} before anything is created:
 * the user sees every problem of every file in one go, each with its key.
 */
final class ConfigValidation {
    /** One error of one key. */
    record ConfigError(String key, String message) {
    }

    private ConfigValidation() {
    }

    /** Errors per file (files without errors are left out), in the order given. */
    static Map<ConnectorFile, List<ConfigError>> validate(ConnectRestClient rest, List<ConnectorFile> files) {
        Map<ConnectorFile, List<ConfigError>> problems = new LinkedHashMap<>();
        for (ConnectorFile file : files) {
            List<ConfigError> errors;
            try {
                errors = errors(rest.validate(file.connectorClass(), file.config()));
            } catch (ConnectRestClient.RestException e) {
                errors = List.of(new ConfigError("connector.class", "the Connect cluster cannot validate "
                        + file.connectorClass() + " (is the plugin on its plugin.path?): " + e.getMessage()));
            }
            if (!errors.isEmpty()) {
                problems.put(file, errors);
            }
        }
        return problems;
    }

    /** Every error of a ConfigInfos answer. */
    static List<ConfigError> errors(JsonNode configInfos) {
        List<ConfigError> errors = new ArrayList<>();
        configInfos.path("configs").forEach(c -> c.path("value").path("errors").forEach(
                e -> errors.add(new ConfigError(c.path("value").path("name").asText(), e.asText()))));
        return errors;
    }

    static void print(Map<ConnectorFile, List<ConfigError>> problems, PrintStream err) {
        int total = problems.values().stream().mapToInt(List::size).sum();
        err.println("dm-connect run: " + total + (total == 1 ? " configuration error" : " configuration errors")
                + "; nothing was created or changed");
        problems.forEach((file, errors) -> {
            err.println(file.file() + " (connector " + file.name() + "):");
            errors.forEach(e -> err.println("  " + e.key() + ": " + e.message()));
        });
    }
}
