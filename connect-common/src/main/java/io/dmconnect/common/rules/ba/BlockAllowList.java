package io.dmconnect.common.rules.ba;

import io.dmconnect.common.TableId;
import io.dmconnect.common.rules.pattern.NamePattern;
import java.util.List;

/**
 * DM's block-allow list: decides whether a table (or, for schema-level statements, a schema) is replicated.
 * Immutable and thread-safe; decisions are memoised per {@link TableId} in a {@link BoundedCache}.
 *
 * <p>Evaluation, exactly as DM:
 * <ol>
 *   <li>System schemas ({@link SystemSchemas}) are dropped whatever the rules say.</li>
 *   <li>Schema level: if do-dbs is non-empty the schema must match one of them and ignore-dbs is <em>not
 *       consulted at all</em>; otherwise a matching ignore-dbs entry drops it.</li>
 *   <li>A schema-only id (table {@code ""}) is decided here: it is captured.</li>
 *   <li>Table level: a matching do-tables entry captures at once (it beats ignore-tables); else a matching
 *       ignore-tables entry drops; else the table is captured only if do-tables is empty.</li>
 * </ol>
 * With every list empty, everything but the system schemas is captured.
 */
public final class BlockAllowList {
    static final String DO_DBS = "block.allow.do.dbs";
    static final String IGNORE_DBS = "block.allow.ignore.dbs";
    static final String DO_TABLES = "block.allow.do.tables";
    static final String IGNORE_TABLES = "block.allow.ignore.tables";
    static final String NO_RULE = "no rule: captured";

    private final List<NamePattern> doDbs;
    private final List<NamePattern> ignoreDbs;
    private final List<TableEntry> doTables;
    private final List<TableEntry> ignoreTables;
    private final BoundedCache<TableId, BaDecision> cache;

    public BlockAllowList(List<NamePattern> doDbs, List<NamePattern> ignoreDbs, List<TableEntry> doTables,
            List<TableEntry> ignoreTables) {
        this(doDbs, ignoreDbs, doTables, ignoreTables, BoundedCache.DM_MAX_ENTRIES);
    }

    BlockAllowList(List<NamePattern> doDbs, List<NamePattern> ignoreDbs, List<TableEntry> doTables,
            List<TableEntry> ignoreTables, int cacheSize) {
        this.doDbs = List.copyOf(doDbs);
        this.ignoreDbs = List.copyOf(ignoreDbs);
        this.doTables = List.copyOf(doTables);
        this.ignoreTables = List.copyOf(ignoreTables);
        this.cache = new BoundedCache<>(cacheSize);
    }

    /** A list with no entries: captures everything but the system schemas. */
    public static BlockAllowList captureAll() {
        return new BlockAllowList(List.of(), List.of(), List.of(), List.of());
    }

    public BaDecision decide(TableId id) {
        return cache.get(id, this::evaluate);
    }

    /** Entries per key, for diagnostics and docs. */
    public List<NamePattern> doDbs() {
        return doDbs;
    }

    public List<NamePattern> ignoreDbs() {
        return ignoreDbs;
    }

    public List<TableEntry> doTables() {
        return doTables;
    }

    public List<TableEntry> ignoreTables() {
        return ignoreTables;
    }

    int cachedDecisions() {
        return cache.size();
    }

    private BaDecision evaluate(TableId id) {
        String schema = id.schema();
        if (SystemSchemas.isSystem(schema)) {
            return BaDecision.drop("system schema " + schema);
        }
        String schemaReason = NO_RULE;
        if (!doDbs.isEmpty()) {
            NamePattern hit = first(doDbs, schema);
            if (hit == null) {
                return BaDecision.drop(DO_DBS + ": no entry matches schema '" + schema + "'");
            }
            schemaReason = DO_DBS + " entry '" + hit.source() + "'";
        } else {
            NamePattern hit = first(ignoreDbs, schema);
            if (hit != null) {
                return BaDecision.drop(IGNORE_DBS + " entry '" + hit.source() + "'");
            }
        }
        if (id.isSchemaOnly()) {
            return BaDecision.capture(schemaReason);
        }
        return decideTable(id, schemaReason);
    }

    private BaDecision decideTable(TableId id, String schemaReason) {
        TableEntry allowed = first(doTables, id);
        if (allowed != null) {
            return BaDecision.capture(DO_TABLES + " entry '" + allowed.source() + "'");
        }
        TableEntry blocked = first(ignoreTables, id);
        if (blocked != null) {
            return BaDecision.drop(IGNORE_TABLES + " entry '" + blocked.source() + "'");
        }
        if (!doTables.isEmpty()) {
            return BaDecision.drop(DO_TABLES + ": no entry matches table '" + id + "'");
        }
        return BaDecision.capture(schemaReason);
    }

    private static NamePattern first(List<NamePattern> patterns, String name) {
        for (NamePattern p : patterns) {
            if (p.matches(name)) {
                return p;
            }
        }
        return null;
    }

    private static TableEntry first(List<TableEntry> entries, TableId id) {
        for (TableEntry e : entries) {
            if (e.matches(id)) {
                return e;
            }
        }
        return null;
    }
}
