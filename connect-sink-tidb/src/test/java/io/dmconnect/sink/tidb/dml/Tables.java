package io.dmconnect.sink.tidb.dml;

import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.DdlParser;
import io.dmconnect.common.ddl.ParsedStatement;
import io.dmconnect.common.ddl.SchemaApplier;
import io.dmconnect.common.ddl.SchemaCatalog;
import io.dmconnect.common.ddl.ServerFlavor;
import io.dmconnect.common.schema.TableSchema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Target schemas from CREATE TABLE text (through the shared DDL parser), and row images from short specs. */
final class Tables {
    private static final ServerFlavor FLAVOR = ServerFlavor.MYSQL_8_0;
    private static final Map<String, TableSchema> CACHE = new ConcurrentHashMap<>();

    /** Keys: PK id; nullable UNIQUE u; plain v. */
    static final String PK_UK = "CREATE TABLE t (id INT PRIMARY KEY, u INT UNIQUE, v VARCHAR(20))";
    /** Keys: composite PK (a, b). */
    static final String COMPOSITE = "CREATE TABLE t (a INT, b VARCHAR(10), v INT, PRIMARY KEY (a, b))";
    /** Keys: NOT NULL UNIQUE u only. */
    static final String NN_UK = "CREATE TABLE t (u INT NOT NULL, v INT, UNIQUE KEY uk (u))";
    /** Keys: two nullable UNIQUE keys. */
    static final String NULL_UKS = "CREATE TABLE t (x INT, y INT, v INT, UNIQUE KEY ux (x), UNIQUE KEY uy (y))";
    /** No key at all. */
    static final String KEYLESS = "CREATE TABLE t (a INT, b VARCHAR(10))";

    private Tables() {
    }

    /** The schema of table db.&lt;name&gt; in {@code createTable} (statement text may use any table name). */
    static TableSchema schema(String createTable) {
        return CACHE.computeIfAbsent(createTable, Tables::parse);
    }

    private static TableSchema parse(String createTable) {
        ParsedStatement parsed = new DdlParser(FLAVOR).parse(createTable, "db");
        SchemaCatalog catalog = new SchemaApplier(FLAVOR).applyAll(SchemaCatalog.EMPTY,
                ((ParsedStatement.Ddl) parsed).pieces());
        return catalog.tables().values().iterator().next();
    }

    static TableId id(TableSchema schema) {
        return schema.id();
    }

    /**
     * A row image from {@code "id=1, u=null, v='x'"}: integers become Long, decimals BigDecimal, quoted text String,
     * {@code null} NULL, {@code x'0a'} byte[]. Empty text gives an empty image.
     */
    static Map<String, Object> row(String spec) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return row;
        }
        for (String part : spec.split(",(?=(?:[^']*'[^']*')*[^']*$)")) {
            int eq = part.indexOf('=');
            row.put(part.substring(0, eq).trim(), value(part.substring(eq + 1).trim()));
        }
        return row;
    }

    static Object value(String text) {
        if (text.equals("null")) {
            return null;
        }
        if (text.startsWith("x'")) {
            String hex = text.substring(2, text.length() - 1);
            byte[] bytes = new byte[hex.length() / 2];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            }
            return bytes;
        }
        if (text.startsWith("'")) {
            return text.substring(1, text.length() - 1);
        }
        return text.contains(".") ? new BigDecimal(text) : (Object) Long.parseLong(text);
    }

    /**
     * A change from {@code "I id=1,v='a'"}, {@code "U id=1,v='a' > id=1,v='b'"} or {@code "D id=1,v='a'"}.
     */
    static RowChange change(TableSchema schema, String spec, long seq) {
        String body = spec.substring(2);
        return switch (spec.charAt(0)) {
            case 'I' -> RowChange.insert(schema, row(body), seq);
            case 'D' -> RowChange.delete(schema, row(body), seq);
            case 'U' -> RowChange.update(schema, row(body.substring(0, body.indexOf('>'))),
                    row(body.substring(body.indexOf('>') + 1)), seq);
            default -> throw new IllegalArgumentException(spec);
        };
    }

    static RowChange change(String createTable, String spec) {
        return change(schema(createTable), spec, 0);
    }
}
