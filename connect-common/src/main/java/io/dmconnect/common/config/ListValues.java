package io.dmconnect.common.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The list syntax of rule keys. Items are separated by commas; a comma, or a dot in a table entry, that belongs
 * to a pattern is protected by backquotes ({@code `a,b`}, {@code `my.db`.orders}); a backquote inside backquotes
 * is doubled. {@link #split} keeps the backquotes (table entries need them to find the dot that separates schema
 * from table); {@link #unquote} removes them from a whole item.
 */
public final class ListValues {
    private ListValues() {
    }

    /** Splits at commas outside backquotes; items are trimmed, empty items dropped. Null or blank gives an empty list. */
    public static List<String> split(String raw) {
        List<String> items = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return items;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '`') {
                quoted = !quoted; // a doubled backquote toggles twice: stays inside
            }
            if (c == ',' && !quoted) {
                add(items, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        add(items, current);
        return items;
    }

    /** {@code `a,b`} becomes {@code a,b} and {@code `x``y`} becomes {@code x`y}; anything else is returned as is. */
    public static String unquote(String item) {
        if (item.length() >= 2 && item.charAt(0) == '`' && closingQuote(item, 0) == item.length() - 1) {
            return item.substring(1, item.length() - 1).replace("``", "`");
        }
        return item;
    }

    /** Index of the backquote that closes the one at {@code open} (doubled backquotes are content), or -1. */
    public static int closingQuote(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '`') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '`') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The names of a named group ({@code filters=a,b}): unquoted, in order. */
    public static List<String> names(Map<String, String> props, String listKey) {
        return split(props.get(listKey)).stream().map(ListValues::unquote).toList();
    }

    private static void add(List<String> items, StringBuilder item) {
        String s = item.toString().trim();
        if (!s.isEmpty()) {
            items.add(s);
        }
    }
}
