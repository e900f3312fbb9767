package io.dmconnect.common.rules.route;

import io.dmconnect.common.TableId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where one upstream table (or schema) goes downstream, and the extract columns appended to each of its rows.
 *
 * @param target        the downstream table; schema-only when the upstream id is schema-only
 * @param extractColumns column name to value, in DM's order (table, schema, source); empty when the rule has none
 * @param ruleName      the rule that routed it, or null when no rule matched (the upstream names are kept)
 */
public record RouteResult(TableId target, Map<String, String> extractColumns, String ruleName) {
    public RouteResult {
        Objects.requireNonNull(target, "target");
        extractColumns = extractColumns.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(extractColumns));
    }

    /** No rule matched: the upstream names are kept and nothing is appended. */
    public static RouteResult unrouted(TableId upstream) {
        return new RouteResult(upstream, Map.of(), null);
    }

    public boolean routed() {
        return ruleName != null;
    }
}
