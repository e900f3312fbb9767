package io.dmconnect.source.mysql.precheck;

import io.dmconnect.source.mysql.server.ServerConnection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.errors.ConnectException;

/** Reads {@link ServerFacts} from a live server with the connector's own account. */
public final class ServerFactsReader {
    private static final List<String> VARIABLES = List.of("log_bin", "binlog_format", "binlog_row_image", "server_id",
            "log_bin_compress", "gtid_mode", "binlog_row_metadata");

    private ServerFactsReader() {
    }

    public static ServerFacts read(ServerConnection server) {
        Map<String, String> variables = new HashMap<>();
        for (String name : VARIABLES) {
            server.variable(name).ifPresent(v -> variables.put(name, v));
        }
        return new ServerFacts(server.isMariaDb(), variables, privileges(server), replicas(server));
    }

    /** Global privileges from {@code SHOW GRANTS}: the list between GRANT and ON *.*. */
    static Set<String> privileges(ServerConnection server) {
        Set<String> privileges = new HashSet<>();
        for (Map<String, String> row : server.query("SHOW GRANTS")) {
            parseGrant(row.values().iterator().next(), privileges);
        }
        return privileges;
    }

    static void parseGrant(String grant, Set<String> into) {
        String upper = grant.toUpperCase(Locale.ROOT);
        int on = upper.indexOf(" ON *.* ");
        if (!upper.startsWith("GRANT ") || on < 0) {
            return;
        }
        for (String p : upper.substring("GRANT ".length(), on).split(",")) {
            into.add(p.trim());
        }
    }

    /** Replica server ids; the statement needs privileges the source does not have to hold, so failure means none known. */
    private static Set<Long> replicas(ServerConnection server) {
        Set<Long> ids = new HashSet<>();
        for (String sql : List.of("SHOW SLAVE HOSTS", "SHOW REPLICAS")) {
            try {
                server.query(sql).forEach(r -> {
                    String id = r.get("Server_id");
                    if (id != null) {
                        ids.add(Long.parseLong(id));
                    }
                });
                return ids;
            } catch (ConnectException e) {
                // try the other spelling, or give up quietly
            }
        }
        return ids;
    }
}
