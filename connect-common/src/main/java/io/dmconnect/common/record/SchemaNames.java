package io.dmconnect.common.record;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes Connect schema names and field names valid Avro names, so that records go through Avro and a schema
 * registry unchanged.
 *
 * <p>Avro full name: parts separated by dots, each part {@code [A-Za-z_][A-Za-z0-9_]*}. Every other character
 * becomes {@code _}, a part that starts with a digit gets a leading {@code _}, an empty part becomes {@code _}.
 * Valid names are returned unchanged. The adjustment is not injective ({@code a-b} and {@code a_b} both give
 * {@code a_b}); where that matters for columns, {@link #fieldNames} makes the names unique and the original name
 * is kept in the field's {@link LogicalTypes#COLUMN_NAME} parameter.
 */
public final class SchemaNames {
    private static final Pattern FULL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SchemaNames() {
    }

    /** A valid Avro full name for {@code name}, keeping its dots as part separators: {@code up1.shop-db.order$s} gives {@code up1.shop_db.order_s}. */
    public static String adjust(String name) {
        Objects.requireNonNull(name, "name");
        if (FULL_NAME.matcher(name).matches()) {
            return name;
        }
        String[] parts = name.split("\\.", -1);
        StringBuilder out = new StringBuilder(name.length() + 2);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('.');
            }
            out.append(part(parts[i]));
        }
        return out.toString();
    }

    /**
     * One valid part (no dots) for a name component such as a database or table name, which may itself contain
     * dots: {@code my.db} gives {@code my_db}. Compose record names from parts so that a dot in a table name
     * cannot add a namespace level: {@code adjust(prefix) + "." + part(db) + "." + part(table) + ".Value"}.
     */
    public static String part(String component) {
        Objects.requireNonNull(component, "component");
        if (component.isEmpty()) {
            return "_";
        }
        StringBuilder out = new StringBuilder(component.length() + 1);
        if (component.charAt(0) >= '0' && component.charAt(0) <= '9') {
            out.append('_'); // prefixed rather than replaced: 1st_col stays recognisable as _1st_col
        }
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            out.append(isNameChar(c) ? c : '_');
        }
        return out.toString();
    }

    /** A valid Avro field name for a column name (same rules as {@link #part}). */
    public static String fieldName(String columnName) {
        return part(columnName);
    }

    /**
     * Field names for columns in order: each adjusted with {@link #fieldName}; a name already taken (by an
     * earlier column, compared case-insensitively as MySQL compares column names) gets the first free suffix
     * {@code _2}, {@code _3}, ...
     */
    public static List<String> fieldNames(List<String> columnNames) {
        List<String> names = new ArrayList<>(columnNames.size());
        Set<String> taken = new HashSet<>();
        for (String column : columnNames) {
            String base = fieldName(column);
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "_" + n;
            }
            names.add(name);
        }
        return names;
    }

    /** True when {@code name} is a valid Avro full name. */
    public static boolean isValidFullName(String name) {
        return name != null && FULL_NAME.matcher(name).matches();
    }

    /** True when {@code name} is a valid Avro simple name (a field name). */
    public static boolean isValidSimpleName(String name) {
        return name != null && SIMPLE_NAME.matcher(name).matches();
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
