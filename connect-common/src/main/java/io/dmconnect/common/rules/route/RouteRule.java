package io.dmconnect.common.rules.route;

import io.dmconnect.common.TableId;
import io.dmconnect.common.rules.pattern.NamePattern;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One named route rule. A rule with a table pattern is table-level; without one it is schema-level (it also
 * routes schema-only ids such as CREATE/DROP DATABASE). Targets are used verbatim; an empty target table keeps
 * the upstream table name.
 *
 * @param tablePattern null for a schema-level rule
 * @param extractColumns sorted into DM's order (table, schema, source) whatever order they are given in
 */
public record RouteRule(String name, NamePattern schemaPattern, NamePattern tablePattern, String targetSchema,
        String targetTable, List<ExtractColumn> extractColumns) {

    public RouteRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schemaPattern, "schemaPattern");
        Objects.requireNonNull(targetSchema, "targetSchema");
        targetTable = targetTable == null ? "" : targetTable;
        extractColumns = extractColumns.stream().sorted(Comparator.comparing(ExtractColumn::from)).toList();
    }

    public boolean tableLevel() {
        return tablePattern != null;
    }

    /** Whether the rule applies to {@code id}; a table-level rule never applies to a schema-only id. */
    public boolean matches(TableId id) {
        if (!schemaPattern.matches(id.schema())) {
            return false;
        }
        if (tablePattern == null) {
            return true;
        }
        return !id.isSchemaOnly() && tablePattern.matches(id.table());
    }

    /** Routes an id this rule matches. Schema-only ids stay schema-only and carry no extract columns. */
    public RouteResult apply(TableId upstream, String sourceId) {
        if (upstream.isSchemaOnly()) {
            return new RouteResult(TableId.schemaOnly(targetSchema), Map.of(), name);
        }
        String table = targetTable.isEmpty() ? upstream.table() : targetTable;
        Map<String, String> columns = new LinkedHashMap<>();
        for (ExtractColumn extract : extractColumns) {
            columns.put(extract.column(), extract.value(upstream, sourceId));
        }
        return new RouteResult(new TableId(targetSchema, table), columns, name);
    }
}
