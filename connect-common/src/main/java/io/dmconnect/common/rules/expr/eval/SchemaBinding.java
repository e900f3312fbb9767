package io.dmconnect.common.rules.expr.eval;

import io.dmconnect.common.TableId;
import io.dmconnect.common.rules.expr.value.Collation;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table schema as the evaluator uses it, resolved once per schema version: each column's position, kind and
 * collation. Immutable.
 */
public final class SchemaBinding {
    private final TableId table;
    private final List<String> names;
    private final ColumnKind[] kinds;
    private final Collation[] collations;
    private final Map<String, Integer> positions = new HashMap<>();

    private SchemaBinding(TableSchema schema) {
        this.table = schema.id();
        List<ColumnDef> columns = schema.columns();
        this.names = columns.stream().map(ColumnDef::name).toList();
        this.kinds = new ColumnKind[columns.size()];
        this.collations = new Collation[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            ColumnDef c = columns.get(i);
            kinds[i] = ColumnKind.of(c);
            collations[i] = kinds[i] == ColumnKind.BINARY ? Collation.BINARY : Collation.forColumn(c, schema.collation());
            positions.putIfAbsent(c.name().toLowerCase(Locale.ROOT), i);
        }
    }

    public static SchemaBinding of(TableSchema schema) {
        return new SchemaBinding(schema);
    }

    public TableId table() {
        return table;
    }

    /** Position of a column, compared case-insensitively as MySQL compares column names; -1 when absent. */
    public int indexOf(String column) {
        Integer i = positions.get(column.toLowerCase(Locale.ROOT));
        return i == null ? -1 : i;
    }

    public int size() {
        return names.size();
    }

    public String name(int index) {
        return names.get(index);
    }

    public ColumnKind kind(int index) {
        return kinds[index];
    }

    /** The collation of a character column; null for a column whose values are not strings. */
    public Collation collation(int index) {
        return kinds[index].isText() || kinds[index] == ColumnKind.BINARY ? collations[index] : null;
    }

    Object normalize(int index, Object raw, ZoneId zone) {
        return ValueNormalizer.forColumn(raw, kinds[index], names.get(index), zone);
    }
}
