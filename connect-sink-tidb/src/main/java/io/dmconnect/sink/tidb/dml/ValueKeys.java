package io.dmconnect.sink.tidb.dml;

import io.dmconnect.common.schema.ColumnDef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Turns column values into key text. Two flavours:
 * <ul>
 *   <li><b>exact</b>: equal text if and only if the values are equal as Java/MySQL values of one column; used where
 *       a false match would corrupt data (compaction merges two changes only when they touch the same row);</li>
 *   <li><b>loose</b>: equal text whenever the downstream unique index could consider the values equal (case and
 *       accents folded for non-binary collations, trailing spaces dropped, TEXT/BLOB cut to their first character
 *       because their index is always a prefix of unknown length); used where a false match only costs
 *       parallelism (causality).</li>
 * </ul>
 * Every value is length-prefixed or terminated, so a value containing a separator cannot fake another key.
 */
final class ValueKeys {
    private static final Set<String> PREFIX_ONLY_TYPES = Set.of("tinytext", "text", "mediumtext", "longtext",
            "tinyblob", "blob", "mediumblob", "longblob");
    private static final Set<String> BINARY_TYPES = Set.of("binary", "varbinary", "tinyblob", "blob", "mediumblob",
            "longblob", "bit");

    private ValueKeys() {
    }

    /** Exact equality of two values of one column (byte arrays by content, numbers by numeric value). */
    static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a.equals(b)) {
            return true;
        }
        if (a instanceof Number || a instanceof Boolean) {
            return (b instanceof Number || b instanceof Boolean) && number(a).equals(number(b));
        }
        return false;
    }

    static void appendExact(StringBuilder key, Object value) {
        if (value == null) {
            key.append('N');
        } else if (value instanceof String s) {
            appendText(key, 's', s);
        } else if (value instanceof byte[] b) {
            appendText(key, 'x', new String(b, StandardCharsets.ISO_8859_1));
        } else if (value instanceof Number || value instanceof Boolean) {
            key.append('n').append(number(value)).append(';');
        } else {
            appendText(key, 'o', value.toString());
        }
    }

    static void appendLoose(StringBuilder key, ColumnDef column, Object value) {
        if (value instanceof String s) {
            String folded = BINARY_TYPES.contains(column.dataType()) ? s
                    : binaryCollation(column) ? stripTrailingSpaces(s) : fold(s);
            appendText(key, 's', prefixOnly(column) ? firstCodePoint(folded) : folded);
        } else if (value instanceof byte[] b && prefixOnly(column)) {
            appendExact(key, b.length == 0 ? b : new byte[] {b[0]});
        } else {
            appendExact(key, value);
        }
    }

    /** Canonical text of a number; BOOLEAN is TINYINT(1) in MySQL, so true is 1. */
    static String number(Object value) {
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            BigDecimal stripped = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
            return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString();
        }
        double d = ((Number) value).doubleValue();
        return "f" + (d == 0.0 ? 0.0 : d); // -0.0 equals 0.0 in MySQL
    }

    private static void appendText(StringBuilder key, char tag, String text) {
        key.append(tag).append(text.length()).append(':').append(text);
    }

    /**
     * Case- and accent-insensitive collations (the usual {@code _ci}, and the default of unknown columns) compare
     * more strings equal than {@code equals}; PAD SPACE collations ignore trailing spaces. Folding all of that
     * over-approximates every such collation, which is what conflict detection needs.
     */
    private static String fold(String s) {
        String trimmed = stripTrailingSpaces(s);
        if (isAscii(trimmed)) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        String noMarks = Normalizer.normalize(trimmed, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return noMarks.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT); // upper first maps ß to ss
    }

    /** {@code _bin} collations compare case and accents, but most of them still ignore trailing spaces. */
    private static boolean binaryCollation(ColumnDef column) {
        String collation = column.collation();
        if (collation != null) {
            String c = collation.toLowerCase(Locale.ROOT);
            return c.endsWith("_bin") || c.equals("binary");
        }
        return "binary".equalsIgnoreCase(column.charset());
    }

    private static boolean prefixOnly(ColumnDef column) {
        return PREFIX_ONLY_TYPES.contains(column.dataType());
    }

    private static String firstCodePoint(String s) {
        return s.isEmpty() ? s : s.substring(0, Character.charCount(s.codePointAt(0)));
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
