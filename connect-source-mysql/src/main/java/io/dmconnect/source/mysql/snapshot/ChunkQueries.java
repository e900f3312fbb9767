package io.dmconnect.source.mysql.snapshot;

import io.dmconnect.common.TableId;
import io.dmconnect.common.record.TableSchemas;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.convert.JdbcCells;
import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of one table's snapshot: key-range conditions written out as OR-ed prefixes, {@code k1 > ? OR (k1 = ? AND
 * k2 > ?)}, which every server's range optimizer turns into an index range (row-constructor comparisons are not
 * optimized by all MariaDB versions), and the statements that find chunk boundaries and read a chunk.
 */
public final class ChunkQueries {
    private final TableSchema schema;
    private final List<ColumnDef> key;
    private final boolean mariaDb;

    public ChunkQueries(TableSchema schema, boolean mariaDb) {
        this.schema = schema;
        this.key = TableSchemas.keyPositions(schema).stream().map(i -> schema.columns().get(i)).toList();
        this.mariaDb = mariaDb;
    }

    public boolean keyed() {
        return !key.isEmpty();
    }

    public List<ColumnDef> key() {
        return key;
    }

    /** The key of the {@code chunkSize}-th row after {@code lower} (all rows when null), in key order. */
    public String boundary(boolean hasLower, int chunkSize) {
        return "SELECT " + expressions(key) + " FROM " + schema.id().quoted()
                + (hasLower ? " WHERE " + above() : "") + " ORDER BY " + order() + " LIMIT 1 OFFSET " + (chunkSize - 1);
    }

    /** Every column of the chunk's rows, in key order (a keyless table: all rows). */
    public String chunk(Chunk chunk) {
        List<String> where = new ArrayList<>();
        if (chunk.lower() != null) {
            where.add("(" + above() + ")");
        }
        if (chunk.upper() != null) {
            where.add("(" + atMost() + ")");
        }
        return "SELECT " + expressions(schema.columns()) + " FROM " + schema.id().quoted()
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + (keyed() ? " ORDER BY " + order() : "");
    }

    /** Binds the chunk's bounds for {@link #chunk}; returns the next parameter index. */
    public int bind(PreparedStatement ps, Chunk chunk) throws SQLException {
        int next = 1;
        if (chunk.lower() != null) {
            next = bindPrefixes(ps, next, chunk.lower());
        }
        if (chunk.upper() != null) {
            next = bindPrefixes(ps, next, chunk.upper());
        }
        return next;
    }

    /** Binds a lower bound for {@link #boundary}. */
    public void bindLower(PreparedStatement ps, Serializable[] lower) throws SQLException {
        bindPrefixes(ps, 1, lower);
    }

    /** {@code k1 > ? OR (k1 = ? AND k2 > ?) OR ...}. */
    String above() {
        return prefixes(">", ">");
    }

    /** {@code k1 < ? OR (k1 = ? AND k2 < ?) OR ... (k1 = ? AND ... AND kn <= ?)}. */
    String atMost() {
        return prefixes("<", "<=");
    }

    private String prefixes(String op, String lastOp) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                parts.add(TableId.quote(key.get(j).name()) + " = ?");
            }
            parts.add(TableId.quote(key.get(i).name()) + " " + (i == key.size() - 1 ? lastOp : op) + " ?");
            terms.add(parts.size() == 1 ? parts.get(0) : "(" + String.join(" AND ", parts) + ")");
        }
        return String.join(" OR ", terms);
    }

    /** Parameters in the order {@link #prefixes} uses them: for term i, key cells 0..i. */
    private int bindPrefixes(PreparedStatement ps, int first, Serializable[] bound) throws SQLException {
        int next = first;
        for (int i = 0; i < key.size(); i++) {
            for (int j = 0; j <= i; j++) {
                JdbcCells.bind(ps, next++, key.get(j), bound[j], schema.charset());
            }
        }
        return next;
    }

    private String expressions(List<ColumnDef> columns) {
        return columns.stream().map(c -> JdbcCells.selectExpression(c, mariaDb)).collect(Collectors.joining(", "));
    }

    private String order() {
        return key.stream().map(c -> TableId.quote(c.name())).collect(Collectors.joining(", "));
    }
}
