package io.dmconnect.common.record;

import io.dmconnect.common.schema.ColumnDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ColumnDefs from column types as information_schema prints them, for tests (shared through the test-jar). */
public final class Columns {
    private static final Pattern TYPE = Pattern.compile("([a-z ]+?)(?:\\((.*)\\))?( unsigned)?");
    private static final Set<String> FSP_TYPES = Set.of("datetime", "timestamp", "time");

    private Columns() {
    }

    /** A nullable column; the charset of string types is utf8mb4. */
    public static ColumnDef col(String name, String columnType) {
        return col(name, columnType, true, false, null);
    }

    public static ColumnDef col(String name, String columnType, boolean nullable, boolean generated, String charset) {
        String type = columnType.toLowerCase(Locale.ROOT);
        Matcher m = TYPE.matcher(type);
        if (!m.matches()) {
            throw new IllegalArgumentException(columnType);
        }
        String base = m.group(1).trim();
        String args = m.group(2);
        Integer length = null;
        Integer precision = null;
        Integer scale = null;
        List<String> elements = new ArrayList<>();
        if (args != null) {
            if (base.equals("enum") || base.equals("set")) {
                elements.addAll(quoted(args));
            } else if (base.equals("decimal")) {
                String[] ps = args.split(",");
                precision = Integer.parseInt(ps[0].trim());
                scale = ps.length > 1 ? Integer.parseInt(ps[1].trim()) : 0;
            } else if (FSP_TYPES.contains(base)) {
                precision = Integer.parseInt(args);
            } else {
                length = Integer.parseInt(args);
            }
        } else if (FSP_TYPES.contains(base)) {
            precision = 0;
        }
        boolean text = base.contains("char") || base.contains("text") || base.equals("enum") || base.equals("set");
        String cs = charset != null ? charset : text ? "utf8mb4" : null;
        return new ColumnDef(name, base, type, length, precision, scale, m.group(3) != null, nullable, null, false,
                false, cs, null, elements, generated);
    }

    /** 'a,b','it''s' -> [a,b, it's] */
    private static List<String> quoted(String list) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("'((?:[^']|'')*)'").matcher(list);
        while (m.find()) {
            out.add(m.group(1).replace("''", "'"));
        }
        return out;
    }
}
