package io.dmconnect.sink.tidb.ddl;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.sink.tidb.error.ErrorCode;
import io.dmconnect.sink.tidb.error.SinkException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CREATE TABLE for a target table that does not exist downstream, from the table schema a DDL record carries
 * ({@code schema_after}, already under the target name): columns with their {@code COLUMN_TYPE}, character set
 * and collation, nullability, default and AUTO_INCREMENT; the keys; engine, charset, collation and comment.
 * {@code IF NOT EXISTS}, so a concurrent creator is harmless. What the schema does not carry cannot be created:
 * generated columns (no expression) are refused; key prefix lengths are unknown, so TEXT/BLOB key parts get a
 * 255-character prefix; column comments and {@code ON UPDATE} clauses are not kept.
 */
public final class TableCreator {
    /** TEXT/BLOB key parts need a prefix; the schema does not say which one the upstream used. */
    static final int BLOB_PREFIX = 255;

    private static final Set<String> CHARACTER_TYPES = Set.of("char", "varchar", "tinytext", "text", "mediumtext",
            "longtext", "enum", "set");
    private static final Set<String> NUMERIC_TYPES = Set.of("tinyint", "smallint", "mediumint", "int", "integer",
            "bigint", "decimal", "float", "double");
    private static final Set<String> BLOB_TYPES = Set.of("tinytext", "text", "mediumtext", "longtext", "tinyblob",
            "blob", "mediumblob", "longblob");
    private static final Set<String> BINARY_TYPES = Set.of("binary", "varbinary", "tinyblob", "blob", "mediumblob",
            "longblob");
    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile("current_timestamp\\((\\d*)\\)");
    private static final Pattern FUNCTION_CALL = Pattern.compile("[a-z_][a-z0-9_]*\\(.*\\)", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    /**
     * The statement.
     *
     * @throws SinkException DMC-SINK-2008 when the schema has no columns or a generated column
     */
    public String createTableSql(TableSchema target) {
        if (target.columns().isEmpty()) {
            throw refuse(target.id(), "the schema has no columns");
        }
        List<String> parts = new ArrayList<>();
        for (ColumnDef column : target.columns()) {
            if (column.generated()) {
                throw refuse(target.id(), "column " + column.name() + " is generated and the schema does not "
                        + "carry its expression");
            }
            parts.add(column(column));
        }
        for (IndexDef index : target.indexes()) {
            parts.add(index(index, target));
        }
        return "CREATE TABLE IF NOT EXISTS " + target.id().quoted() + " (" + String.join(", ", parts) + ")"
                + options(target);
    }

    private static String column(ColumnDef c) {
        StringBuilder sql = new StringBuilder(TableId.quote(c.name())).append(' ').append(c.columnType());
        if (CHARACTER_TYPES.contains(c.dataType())) {
            if (c.charset() != null) {
                sql.append(" CHARACTER SET ").append(c.charset());
            }
            if (c.collation() != null) {
                sql.append(" COLLATE ").append(c.collation());
            }
        }
        sql.append(c.nullable() ? " NULL" : " NOT NULL");
        String defaultClause = defaultClause(c);
        if (!defaultClause.isEmpty()) {
            sql.append(" DEFAULT ").append(defaultClause);
        }
        if (c.autoIncrement()) {
            sql.append(" AUTO_INCREMENT");
        }
        return sql.toString();
    }

    /**
     * The DEFAULT value: the schema keeps it canonical and unquoted ({@code 5}, {@code abc},
     * {@code current_timestamp(3)}, {@code uuid()}), so the column type decides how it is written.
     */
    static String defaultClause(ColumnDef c) {
        if (!c.hasDefault()) {
            return "";
        }
        String v = c.defaultValue();
        if (v == null) {
            return c.nullable() ? "NULL" : "";
        }
        var now = CURRENT_TIMESTAMP.matcher(v.toLowerCase(java.util.Locale.ROOT));
        if (now.matches()) {
            return now.group(1).isEmpty() ? "CURRENT_TIMESTAMP" : "CURRENT_TIMESTAMP(" + now.group(1) + ")";
        }
        if (NUMERIC_TYPES.contains(c.dataType()) && NUMBER.matcher(v).matches()) {
            return v;
        }
        if (c.dataType().equals("bit") && v.matches("b'[01]*'")) {
            return v;
        }
        if (BINARY_TYPES.contains(c.dataType()) && v.matches("0x[0-9a-fA-F]*")) {
            return v;
        }
        if (FUNCTION_CALL.matcher(v).matches()) {
            return "(" + v + ")";
        }
        return "'" + v.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static String index(IndexDef index, TableSchema table) {
        List<String> keyParts = new ArrayList<>();
        for (String part : index.columns()) {
            keyParts.add(keyPart(part, index.kind(), table));
        }
        String columns = "(" + String.join(", ", keyParts) + ")";
        String name = TableId.quote(index.name());
        return switch (index.kind()) {
            case PRIMARY -> "PRIMARY KEY " + columns;
            case UNIQUE -> "UNIQUE KEY " + name + " " + columns;
            case INDEX -> "KEY " + name + " " + columns;
            case FULLTEXT -> "FULLTEXT KEY " + name + " " + columns;
            case SPATIAL -> "SPATIAL KEY " + name + " " + columns;
        };
    }

    /** A column (with a prefix for TEXT/BLOB) or, for a functional key part, the expression. */
    private static String keyPart(String part, IndexDef.Kind kind, TableSchema table) {
        var column = table.column(part);
        if (column.isEmpty()) {
            return part.startsWith("(") ? part : "(" + part + ")";
        }
        String quoted = TableId.quote(column.get().name());
        boolean needsPrefix = BLOB_TYPES.contains(column.get().dataType()) && kind != IndexDef.Kind.FULLTEXT
                && kind != IndexDef.Kind.SPATIAL;
        return needsPrefix ? quoted + "(" + BLOB_PREFIX + ")" : quoted;
    }

    private static String options(TableSchema t) {
        StringBuilder sql = new StringBuilder();
        if (t.engine() != null) {
            sql.append(" ENGINE=").append(t.engine());
        }
        if (t.charset() != null) {
            sql.append(" DEFAULT CHARSET=").append(t.charset());
        }
        if (t.collation() != null) {
            sql.append(" COLLATE=").append(t.collation());
        }
        if (t.comment() != null && !t.comment().isEmpty()) {
            sql.append(" COMMENT='").append(t.comment().replace("\\", "\\\\").replace("'", "''")).append('\'');
        }
        return sql.toString();
    }

    private static SinkException refuse(TableId table, String why) {
        return new SinkException(ErrorCode.CANNOT_CREATE_TABLE, table + ": " + why);
    }
}
