package io.dmconnect.common.rules.ba;

import java.util.Locale;
import java.util.Set;

/**
 * The schemas DM never replicates, whatever the rules say: the server's own schemas and DM's heartbeat schema.
 * Compared case-insensitively, as DM does, because {@code MYSQL} and {@code mysql} are the same schema on servers
 * with {@code lower_case_table_names} set.
 */
public final class SystemSchemas {
    private static final Set<String> NAMES = Set.of("mysql", "sys", "information_schema", "performance_schema",
            "metrics_schema", "inspection_schema", "dm_heartbeat");

    private SystemSchemas() {
    }

    /** Lower-case names of all system schemas. */
    public static Set<String> names() {
        return NAMES;
    }

    public static boolean isSystem(String schema) {
        return NAMES.contains(schema.toLowerCase(Locale.ROOT));
    }
}
