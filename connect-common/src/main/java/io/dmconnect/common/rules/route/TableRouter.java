package io.dmconnect.common.rules.route;

import io.dmconnect.common.TableId;
import io.dmconnect.common.rules.ba.BoundedCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * DM's table routing: maps an upstream table to its downstream table by the one rule that matches it.
 * Immutable and thread-safe; results are memoised per (table, source id).
 *
 * <p>Precedence, exactly as DM: table-level rules are tried first; only when none matches are schema-level
 * rules tried (schema-only ids go straight to schema-level rules). More than one match at the deciding level is
 * an {@link AmbiguousRouteException}; no match keeps the upstream names.
 */
public final class TableRouter {
    private final List<RouteRule> rules;
    private final List<RouteRule> tableRules;
    private final List<RouteRule> schemaRules;
    private final BoundedCache<Key, RouteResult> cache;

    private record Key(TableId table, String sourceId) {
    }

    public TableRouter(List<RouteRule> rules) {
        this(rules, BoundedCache.DM_MAX_ENTRIES);
    }

    TableRouter(List<RouteRule> rules, int cacheSize) {
        this.rules = List.copyOf(rules);
        this.tableRules = rules.stream().filter(RouteRule::tableLevel).toList();
        this.schemaRules = rules.stream().filter(r -> !r.tableLevel()).toList();
        this.cache = new BoundedCache<>(cacheSize);
    }

    /** A router without rules: every name is kept. */
    public static TableRouter none() {
        return new TableRouter(List.of());
    }

    /**
     * @param sourceId the upstream's source id, the input of extract-source columns
     * @throws AmbiguousRouteException when more than one rule of the deciding level matches
     */
    public RouteResult route(TableId upstream, String sourceId) {
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(sourceId, "sourceId");
        return cache.get(new Key(upstream, sourceId), key -> evaluate(key.table(), key.sourceId()));
    }

    /** The rules in configuration order. */
    public List<RouteRule> rules() {
        return rules;
    }

    int cachedResults() {
        return cache.size();
    }

    private RouteResult evaluate(TableId upstream, String sourceId) {
        boolean tableLevel = !upstream.isSchemaOnly();
        List<RouteRule> hits = tableLevel ? matching(tableRules, upstream) : List.of();
        if (hits.isEmpty()) {
            tableLevel = false;
            hits = matching(schemaRules, upstream);
        }
        if (hits.size() > 1) {
            throw new AmbiguousRouteException(upstream, tableLevel, hits.stream().map(RouteRule::name).toList());
        }
        return hits.isEmpty() ? RouteResult.unrouted(upstream) : hits.get(0).apply(upstream, sourceId);
    }

    private static List<RouteRule> matching(List<RouteRule> rules, TableId id) {
        List<RouteRule> hits = new ArrayList<>(2);
        for (RouteRule rule : rules) {
            if (rule.matches(id)) {
                hits.add(rule);
            }
        }
        return hits;
    }
}
