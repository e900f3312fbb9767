package io.dmconnect.common.rules.event;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * DM's {@code sql-pattern}: the items joined with {@code |} and compiled case-insensitively (Go's {@code (?i)}),
 * matched unanchored against the raw statement. DM compiles Go RE2 syntax; the two Go spellings Java reads
 * differently are translated: named groups {@code (?P<name>...)} and POSIX classes such as {@code [[:space:]]}.
 */
final class SqlPatterns {
    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"), Map.entry("ascii", "\\p{ASCII}"),
            Map.entry("blank", "\\p{Blank}"), Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "\\p{Digit}"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("lower", "\\p{Lower}"), Map.entry("print", "\\p{Print}"),
            Map.entry("punct", "\\p{Punct}"), Map.entry("space", "\\p{Space}"), Map.entry("upper", "\\p{Upper}"),
            Map.entry("word", "\\w"), Map.entry("xdigit", "\\p{XDigit}"));

    private SqlPatterns() {
    }

    /**
     * One pattern for all items, or null for none.
     *
     * @throws java.util.regex.PatternSyntaxException when the joined expression does not compile
     */
    static Pattern compile(List<String> items) {
        if (items.isEmpty()) {
            return null;
        }
        return compileOne(String.join("|", items));
    }

    static Pattern compileOne(String goRegex) {
        return Pattern.compile(translate(goRegex), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Rewrites the Go-only spellings; everything else is the same in both dialects or fails to compile in Java. */
    static String translate(String goRegex) {
        StringBuilder out = new StringBuilder(goRegex.length());
        boolean inClass = false;
        int i = 0;
        while (i < goRegex.length()) {
            char c = goRegex.charAt(i);
            if (c == '\\' && i + 1 < goRegex.length()) {
                out.append(c).append(goRegex.charAt(i + 1));
                i += 2;
                continue;
            }
            if (!inClass && goRegex.startsWith("(?P<", i)) {
                out.append("(?<");
                i += 4;
                continue;
            }
            if (inClass && goRegex.startsWith("[:", i)) {
                int end = goRegex.indexOf(":]", i + 2);
                String name = end < 0 ? null : goRegex.substring(i + 2, end);
                String java = name == null ? null : posix(name);
                if (java != null) {
                    out.append(java);
                    i = end + 2;
                    continue;
                }
            }
            if (c == '[' && !inClass) {
                inClass = true;
                out.append(c);
                i = copyClassStart(goRegex, i + 1, out);
                continue;
            }
            if (c == ']' && inClass) {
                inClass = false;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** A ']' right after '[' or '[^' is a literal, not the end of the class. */
    private static int copyClassStart(String regex, int i, StringBuilder out) {
        if (i < regex.length() && regex.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            out.append("\\]");
            i++;
        }
        return i;
    }

    private static String posix(String name) {
        boolean negated = name.startsWith("^");
        String java = POSIX.get(negated ? name.substring(1) : name);
        if (java == null || !negated) {
            return java;
        }
        return java.equals("\\w") ? "\\W" : java.replace("\\p", "\\P");
    }
}
