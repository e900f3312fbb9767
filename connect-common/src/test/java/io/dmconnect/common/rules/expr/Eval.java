package io.dmconnect.common.rules.expr;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helpers: evaluate an expression and render its value as MySQL's client prints it. */
final class Eval {
    /** The fixed "now" of every test: 2024-03-15 10:20:30 UTC, a Friday. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-15T10:20:30.123456Z"), ZoneOffset.UTC);
    static final TableId TABLE = new TableId("shop", "orders");

    private Eval() {
    }

    /** A constant expression's value; "(empty)" stands for the empty string in tables. */
    static String eval(String expression) {
        return eval(expression, Map.of(), null, ZoneOffset.UTC);
    }

    static String eval(String expression, Map<String, Object> row, TableSchema schema) {
        return eval(expression, row, schema, ZoneOffset.UTC);
    }

    static String eval(String expression, Map<String, Object> row, TableSchema schema, ZoneId zone) {
        String text = Expression.render(Expression.parse(expression).evaluate(row, schema, zone, CLOCK));
        return text.isEmpty() ? "(empty)" : text;
    }

    /** A schema from "name type" pairs, e.g. {@code schema("id int", "name varchar(20)")}. */
    static TableSchema schema(String... columns) {
        List<ColumnDef> defs = new ArrayList<>();
        for (String c : columns) {
            String[] parts = c.split(" ", 2);
            defs.add(ColumnDef.of(parts[0], parts[1]));
        }
        return TableSchema.of(TABLE, defs, List.of());
    }

    /** A string column with an explicit collation. */
    static ColumnDef text(String name, String collation) {
        return new ColumnDef(name, "varchar", "varchar(64)", 64, null, null, false, true, null, false, false, "utf8mb4",
                collation, List.of(), false);
    }

    /** A row from alternating names and values. */
    static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }
}
