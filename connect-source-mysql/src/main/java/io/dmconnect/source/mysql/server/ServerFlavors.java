package io.dmconnect.source.mysql.server;

import io.dmconnect.common.ddl.ServerFlavor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;

/** Builds the parser's {@link ServerFlavor} from the live server: version, default collations, server defaults. */
public final class ServerFlavors {
    private ServerFlavors() {
    }

    public static ServerFlavor of(ServerConnection server, boolean mariaDb) {
        ServerFlavor flavor = mariaDb ? ServerFlavor.MARIADB_10_11 : ServerFlavor.MYSQL_8_0;
        flavor = flavor.withVersion(versionNumber(server.query("SELECT VERSION() AS v").get(0).get("v")));
        Map<String, String> collations = new HashMap<>();
        try {
            server.query("SELECT CHARACTER_SET_NAME, COLLATION_NAME FROM information_schema.COLLATIONS WHERE IS_DEFAULT = 'Yes'")
                    .forEach(r -> collations.put(r.get("CHARACTER_SET_NAME").toLowerCase(Locale.ROOT),
                            r.get("COLLATION_NAME").toLowerCase(Locale.ROOT)));
            if (!collations.isEmpty()) {
                flavor = flavor.withDefaultCollations(collations);
            }
        } catch (ConnectException e) {
            // keep the preset's table: only defaults of new string columns depend on it
        }
        return flavor.withServerDefaults(server.variable("character_set_server").orElse(flavor.serverCharset()),
                server.variable("collation_server").orElse(flavor.serverCollation()),
                server.variable("default_storage_engine").orElse(flavor.defaultEngine()));
    }

    /** {@code 10.11.19-MariaDB-0+deb12u1} is 101119, {@code 8.0.35} is 80035, as executable comments number them. */
    static long versionNumber(String version) {
        String[] parts = version.split("[.-]");
        try {
            return Long.parseLong(parts[0]) * 10000 + Long.parseLong(parts[1]) * 100 + Long.parseLong(parts[2].replaceAll("\\D.*", ""));
        } catch (RuntimeException e) {
            return 0; // unknown: every executable comment is honoured
        }
    }
}
