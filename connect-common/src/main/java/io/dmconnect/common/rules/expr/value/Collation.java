package io.dmconnect.common.rules.expr.value;

import io.dmconnect.common.schema.ColumnDef;
import java.text.Normalizer;
import java.util.Locale;

/**
 * How two strings compare: the three properties of a MySQL collation that change a filter's result. A
 * case-insensitive collation ({@code *_ci}) also ignores accents, approximated by comparing the base letter of each
 * character (no contractions or expansions: {@code 'ß'} is not {@code 'ss'}). A PAD SPACE collation (all but the
 * {@code *_0900_*} family and {@code binary}) ignores trailing spaces in comparisons, never in LIKE.
 *
 * @param name            the collation name, for messages
 * @param caseInsensitive {@code *_ci}
 * @param padSpace        trailing spaces are insignificant in comparisons
 * @param binary          the {@code binary} collation of binary strings (compared byte by byte)
 */
public record Collation(String name, boolean caseInsensitive, boolean padSpace, boolean binary) {
    public static final Collation BINARY = new Collation("binary", false, false, true);
    public static final Collation UTF8MB4_BIN = new Collation("utf8mb4_bin", false, true, false);
    public static final Collation UTF8MB4_GENERAL_CI = new Collation("utf8mb4_general_ci", true, true, false);

    /** Collation of string literals and function results without a column collation: TiDB's default. */
    public static final Collation LITERAL = UTF8MB4_BIN;
    /** Collation assumed for a string column whose collation is unknown: MySQL's case-insensitive default. */
    public static final Collation UNKNOWN_COLUMN = UTF8MB4_GENERAL_CI;

    /** A collation by name, or null when the name is not one MySQL could have ({@code _ci}, {@code _cs}, {@code _bin}). */
    public static Collation named(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("binary")) {
            return BINARY;
        }
        boolean noPad = n.contains("_0900_") || n.contains("nopad");
        if (n.endsWith("_ci")) {
            return new Collation(n, true, !noPad, false);
        }
        if (n.endsWith("_bin") || n.endsWith("_cs")) {
            return new Collation(n, false, !noPad, false);
        }
        return null;
    }

    /** The collation a column's values compare with: binary for binary types, else the declared one (or the table's). */
    public static Collation forColumn(ColumnDef column, String tableCollation) {
        String type = column.dataType();
        if (type.equals("binary") || type.equals("varbinary") || type.endsWith("blob") || "binary".equals(column.charset())) {
            return BINARY;
        }
        for (String candidate : new String[] {column.collation(), tableCollation}) {
            if (candidate != null && !candidate.isBlank()) {
                Collation c = named(candidate);
                if (c != null) {
                    return c;
                }
            }
        }
        return UNKNOWN_COLUMN;
    }

    public int compare(String a, String b) {
        String x = padSpace ? stripTrailingSpaces(a) : a;
        String y = padSpace ? stripTrailingSpaces(b) : b;
        if (!caseInsensitive) {
            return Integer.signum(compareCodePoints(x, y));
        }
        return Integer.signum(compareCodePoints(fold(x), fold(y)));
    }

    /** The string with every character replaced by its comparison key (upper-case base letter when case-insensitive). */
    public String fold(String s) {
        if (!caseInsensitive) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(foldCodePoint(cp)));
        return out.toString();
    }

    /** One character's comparison key; keeps string lengths, so LIKE's {@code _} still matches one character. */
    public int foldCodePoint(int cp) {
        if (!caseInsensitive) {
            return cp;
        }
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        return Character.toUpperCase(decomposed.codePointAt(0));
    }

    static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * The collation two string operands are compared with, by MySQL's coercibility rule: an explicit COLLATE (0)
     * beats a column (2), which beats a literal (4). At equal coercibility with different collations MySQL raises
     * "illegal mix of collations"; this evaluator picks the stricter one (binary, then case-sensitive) instead.
     */
    public static Collation resolve(Collation a, int coercibilityA, Collation b, int coercibilityB) {
        if (a == null) {
            return b == null ? LITERAL : b;
        }
        if (b == null || a.equals(b)) {
            return a;
        }
        if (a.binary || b.binary) {
            return BINARY;
        }
        if (coercibilityA != coercibilityB) {
            return coercibilityA < coercibilityB ? a : b;
        }
        return a.caseInsensitive ? b : a;
    }
}
