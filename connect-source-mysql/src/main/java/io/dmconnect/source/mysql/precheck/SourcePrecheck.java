package io.dmconnect.source.mysql.precheck;

import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.source.mysql.MySqlSourceConfig;
import io.dmconnect.source.mysql.server.ServerConnection;
import java.util.HashSet;
import java.util.List;
import org.apache.kafka.connect.errors.ConnectException;

/** Runs the precheck against the configured server for {@code validate()}: its failures as config problems. */
public final class SourcePrecheck {
    private SourcePrecheck() {
    }

    public static List<ConfigProblem> problems(MySqlSourceConfig config) {
        try (ServerConnection server = ServerConnection.open(config.hostname(), config.port(), config.user(), config.password())) {
            ServerFacts facts = ServerFactsReader.read(server);
            Precheck.Request request = new Precheck.Request(config.serverId(),
                    !config.getString(MySqlSourceConfig.START_GTID).isBlank());
            return Precheck.run(facts, request, new HashSet<>(config.getList(MySqlSourceConfig.PRECHECK_IGNORE)))
                    .stream().map(r -> new ConfigProblem(r.key(), r.message())).toList();
        } catch (ConnectException e) {
            return List.of(new ConfigProblem(MySqlSourceConfig.HOSTNAME, e.getMessage()));
        }
    }
}
