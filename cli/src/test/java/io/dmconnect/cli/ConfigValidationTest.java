package io.dmconnect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigValidationTest {
    /** The shape of Connect's ConfigInfos answer, trimmed to what matters. */
    private static final String ANSWER = """
            {"name":"MySqlSourceConnector","error_count":3,"configs":[
              {"definition":{"name":"database.port"},"value":{"name":"database.port","value":"99999",
                "errors":["Invalid value 99999 for configuration database.port: Value must be no more than 65535"]}},
              {"definition":{"name":"topic.prefix"},"value":{"name":"topic.prefix","value":"up","errors":[]}},
              {"value":{"name":"filters.f1.action","errors":["Skip is not an action: use Do, Ignore or Error","second"]}}]}
            """;

    @Test
    void readsEveryErrorWithItsKey() throws Exception {
        List<ConfigValidation.ConfigError> errors = ConfigValidation.errors(new ObjectMapper().readTree(ANSWER));
        assertThat(errors).containsExactly(
                new ConfigValidation.ConfigError("database.port",
                        "Invalid value 99999 for configuration database.port: Value must be no more than 65535"),
                new ConfigValidation.ConfigError("filters.f1.action", "Skip is not an action: use Do, Ignore or Error"),
                new ConfigValidation.ConfigError("filters.f1.action", "second"));
    }

    @Test
    void printsTheErrorsGroupedPerFileAndSaysNothingWasCreated() {
        ConnectorFile a = new ConnectorFile(Path.of("config/a.properties"), "up1", "C", Map.of());
        ConnectorFile b = new ConnectorFile(Path.of("config/b.properties"), "sink", "S", Map.of());
        Map<ConnectorFile, List<ConfigValidation.ConfigError>> problems = new LinkedHashMap<>();
        problems.put(a, List.of(new ConfigValidation.ConfigError("database.port", "too big"),
                new ConfigValidation.ConfigError("filters.f1.action", "not an action")));
        problems.put(b, List.of(new ConfigValidation.ConfigError("connection.url", "required")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConfigValidation.print(problems, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                dm-connect run: 3 configuration errors; nothing was created or changed
                config/a.properties (connector up1):
                  database.port: too big
                  filters.f1.action: not an action
                config/b.properties (connector sink):
                  connection.url: required
                """);
    }
}
