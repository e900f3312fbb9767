package io.dmconnect.common.rules.ba;

import io.dmconnect.common.TableId;
import io.dmconnect.common.config.ListValues;
import io.dmconnect.common.rules.pattern.NamePattern;

/**
 * One {@code db.table} entry of {@code block.allow.do.tables} or {@code block.allow.ignore.tables}: a schema pattern
 * and a table pattern that must both match. {@code source} is the entry as written, for decision reasons.
 *
 * <p>Syntax: {@code dbPattern.tablePattern}, split at the first dot outside backquotes. A part that contains a dot
 * (or a comma) is backquoted as a whole, a backquote inside backquotes is doubled:
 * {@code `my.db`.orders}, {@code shop.`~^a\.b$`}.
 */
public record TableEntry(String source, NamePattern schema, NamePattern table) {

    public boolean matches(TableId id) {
        return schema.matches(id.schema()) && table.matches(id.table());
    }

    /**
     * Parses one list item as {@link ListValues#split} returns it (backquotes kept).
     *
     * @throws IllegalArgumentException with a message that quotes the entry and says how to write it
     */
    public static TableEntry parse(String item, boolean caseSensitive) {
        int dot = firstDotOutsideQuotes(item, item);
        if (dot < 0) {
            throw new IllegalArgumentException("'" + item + "' names no table: write db.table, e.g. shop.orders_* "
                    + "(backquote a part that contains a dot: `my.db`.orders)");
        }
        String tablePart = item.substring(dot + 1).trim();
        if (firstDotOutsideQuotes(tablePart, item) >= 0) {
            throw new IllegalArgumentException("'" + item + "' has more than one dot outside backquotes: backquote the "
                    + "part that contains a dot, e.g. `a.b`.c or a.`b.c`");
        }
        NamePattern schema = pattern(item, "schema", item.substring(0, dot).trim(), caseSensitive);
        NamePattern table = pattern(item, "table", tablePart, caseSensitive);
        return new TableEntry(item, schema, table);
    }

    /**
     * Removes the backquotes around a whole item or part; rejects a backquote anywhere else, since it would
     * otherwise silently become part of the name.
     */
    static String unquoteWhole(String item, String context) {
        if (item.indexOf('`') < 0) {
            return item;
        }
        if (item.charAt(0) == '`' && ListValues.closingQuote(item, 0) == item.length() - 1) {
            return ListValues.unquote(item);
        }
        throw new IllegalArgumentException(context + ": backquote the whole name or pattern, e.g. `my.db`; "
                + "a backquote inside backquotes is written twice");
    }

    private static NamePattern pattern(String item, String part, String text, boolean caseSensitive) {
        String context = "'" + item + "' " + part + " part";
        String unquoted = unquoteWhole(text, context);
        try {
            return NamePattern.parse(unquoted, caseSensitive);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(context + ": " + e.getMessage(), e);
        }
    }

    private static int firstDotOutsideQuotes(String s, String item) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '`') {
                int close = ListValues.closingQuote(s, i);
                if (close < 0) {
                    throw new IllegalArgumentException("'" + item + "': a backquote is not closed "
                            + "(a backquote inside backquotes is written twice)");
                }
                i = close;
            } else if (c == '.') {
                return i;
            }
        }
        return -1;
    }
}
