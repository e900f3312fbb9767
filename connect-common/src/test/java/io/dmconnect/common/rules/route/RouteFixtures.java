package io.dmconnect.common.rules.route;

import io.dmconnect.common.TableId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Compact notation of the table-driven routing tests. */
final class RouteFixtures {
    /** DM's documented rules (docs:dm/dm-table-routing.md): a table-level rule-1 and a schema-level rule-2. */
    static final String DM_RULES = "routes=rule-1,rule-2; "
            + "routes.rule-1.schema.pattern=test_*; routes.rule-1.table.pattern=t_*; "
            + "routes.rule-1.target.schema=test; routes.rule-1.target.table=t; "
            + "routes.rule-2.schema.pattern=test_*; routes.rule-2.target.schema=test";

    private RouteFixtures() {
    }

    /** {@code k=v; k=v}: properties separated by semicolons. */
    static Map<String, String> props(String spec) {
        Map<String, String> props = new LinkedHashMap<>();
        if (spec == null) {
            return props;
        }
        for (String pair : spec.split(";")) {
            if (!pair.isBlank()) {
                int eq = pair.indexOf('=');
                props.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return props;
    }

    static TableRouter router(String spec, boolean caseSensitive) {
        return TableRouterConfig.parse(props(spec), caseSensitive);
    }

    /** {@code db.t}; {@code db} alone is schema-only. */
    static TableId id(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? TableId.schemaOnly(text) : new TableId(text.substring(0, dot), text.substring(dot + 1));
    }
}
