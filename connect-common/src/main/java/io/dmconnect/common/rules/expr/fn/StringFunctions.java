package io.dmconnect.common.rules.expr.fn;

import static io.dmconnect.common.rules.expr.fn.FunctionDef.VARIADIC;
import static io.dmconnect.common.rules.expr.fn.FunctionDef.collated;
import static io.dmconnect.common.rules.expr.fn.FunctionDef.of;
import static io.dmconnect.common.rules.expr.fn.Fn.strict;

import io.dmconnect.common.rules.expr.value.Collation;
import io.dmconnect.common.rules.expr.value.Numbers;
import io.dmconnect.common.rules.expr.value.Texts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * MySQL's string functions. Positions and lengths count characters (code points), except LENGTH, which counts
 * UTF-8 bytes. Searches (LOCATE, INSTR, FIND_IN_SET, STRCMP) follow the collation; REPLACE and TRIM match exactly,
 * as in MySQL. A result longer than {@value #MAX_RESULT} characters is NULL (MySQL's {@code max_allowed_packet}).
 */
final class StringFunctions {
    static final int MAX_RESULT = 16 * 1024 * 1024;

    private StringFunctions() {
    }

    static List<FunctionDef> defs() {
        Fn length = strict((a, s) -> (long) bytes(a[0]).length);
        Fn charLength = strict((a, s) -> a[0] instanceof byte[] b ? (long) b.length : (long) codePoints(text(a[0])));
        Fn lower = strict((a, s) -> a[0] instanceof byte[] ? a[0] : text(a[0]).toLowerCase(Locale.ROOT));
        Fn upper = strict((a, s) -> a[0] instanceof byte[] ? a[0] : text(a[0]).toUpperCase(Locale.ROOT));
        Fn substring = strict((a, s) -> substring(text(a[0]), Numbers.toLong(a[1]), a.length > 2 ? Numbers.toLong(a[2]) : Long.MAX_VALUE));
        return List.of(
                of("CONCAT", 1, VARIADIC, strict((a, s) -> concat(a))),
                of("CONCAT_WS", 2, VARIADIC, (a, s) -> concatWs(a)),
                of("LENGTH", 1, 1, length),
                of("OCTET_LENGTH", 1, 1, length),
                of("CHAR_LENGTH", 1, 1, charLength),
                of("CHARACTER_LENGTH", 1, 1, charLength),
                of("LOWER", 1, 1, lower),
                of("LCASE", 1, 1, lower),
                of("UPPER", 1, 1, upper),
                of("UCASE", 1, 1, upper),
                of("SUBSTRING", 2, 3, substring),
                of("SUBSTR", 2, 3, substring),
                of("MID", 3, 3, substring),
                of("LEFT", 2, 2, strict((a, s) -> left(text(a[0]), Numbers.toLong(a[1])))),
                of("RIGHT", 2, 2, strict((a, s) -> right(text(a[0]), Numbers.toLong(a[1])))),
                of("TRIM", 1, 3, strict((a, s) -> trim(text(a[0]), a.length > 1 ? text(a[1]) : " ", a.length > 2 ? text(a[2]) : "BOTH"))),
                of("LTRIM", 1, 1, strict((a, s) -> trim(text(a[0]), " ", "LEADING"))),
                of("RTRIM", 1, 1, strict((a, s) -> trim(text(a[0]), " ", "TRAILING"))),
                of("REPLACE", 3, 3, strict((a, s) -> replace(text(a[0]), text(a[1]), text(a[2])))),
                collated("LOCATE", 2, 3, c -> strict((a, s) -> locate(c, text(a[0]), text(a[1]), a.length > 2 ? Numbers.toLong(a[2]) : 1))),
                collated("INSTR", 2, 2, c -> strict((a, s) -> locate(c, text(a[1]), text(a[0]), 1))),
                of("REVERSE", 1, 1, strict((a, s) -> new StringBuilder(text(a[0])).reverse().toString())),
                of("LPAD", 3, 3, strict((a, s) -> pad(text(a[0]), Numbers.toLong(a[1]), text(a[2]), true))),
                of("RPAD", 3, 3, strict((a, s) -> pad(text(a[0]), Numbers.toLong(a[1]), text(a[2]), false))),
                of("REPEAT", 2, 2, strict((a, s) -> repeat(text(a[0]), Numbers.toLong(a[1])))),
                of("SPACE", 1, 1, strict((a, s) -> repeat(" ", Numbers.toLong(a[0])))),
                of("ASCII", 1, 1, strict((a, s) -> {
                    byte[] b = bytes(a[0]);
                    return b.length == 0 ? 0L : (long) (b[0] & 0xff);
                })),
                collated("STRCMP", 2, 2, c -> strict((a, s) -> (long) c.compare(text(a[0]), text(a[1])))),
                collated("FIND_IN_SET", 2, 2, c -> strict((a, s) -> findInSet(c, text(a[0]), text(a[1])))));
    }

    static String text(Object v) {
        return Texts.toText(v);
    }

    static byte[] bytes(Object v) {
        return v instanceof byte[] b ? b : text(v).getBytes(StandardCharsets.UTF_8);
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The characters [from, to) of s, counted in code points. */
    private static String slice(String s, long from, long to) {
        int n = codePoints(s);
        int start = (int) Math.max(0, Math.min(n, from));
        int end = (int) Math.max(start, Math.min(n, to));
        return s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, end));
    }

    private static String concat(Object[] args) {
        StringBuilder out = new StringBuilder();
        for (Object arg : args) {
            out.append(text(arg));
        }
        return out.toString();
    }

    private static String concatWs(Object[] args) {
        if (args[0] == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (int i = 1; i < args.length; i++) {
            if (args[i] != null) { // CONCAT_WS skips NULLs instead of returning NULL
                out.append(first ? "" : text(args[0])).append(text(args[i]));
                first = false;
            }
        }
        return out.toString();
    }

    /** SUBSTRING: 1-based; a negative position counts from the end; position 0 gives ''. */
    static String substring(String s, long pos, long len) {
        int n = codePoints(s);
        if (pos == 0 || len <= 0) {
            return "";
        }
        long start = pos > 0 ? pos - 1 : n + pos;
        if (start < 0 || start >= n) {
            return "";
        }
        return slice(s, start, len > n ? n : start + len);
    }

    private static String left(String s, long len) {
        return len <= 0 ? "" : slice(s, 0, len);
    }

    private static String right(String s, long len) {
        int n = codePoints(s);
        return len <= 0 ? "" : slice(s, Math.max(0, n - len), n);
    }

    /** TRIM removes whole repetitions of remstr (not single characters), LEADING, TRAILING or BOTH. */
    static String trim(String s, String remstr, String mode) {
        if (remstr.isEmpty()) {
            return s;
        }
        int start = 0;
        int end = s.length();
        if (!mode.equals("TRAILING")) {
            while (s.startsWith(remstr, start)) {
                start += remstr.length();
            }
        }
        if (!mode.equals("LEADING")) {
            while (end - remstr.length() >= start && s.startsWith(remstr, end - remstr.length())) {
                end -= remstr.length();
            }
        }
        return s.substring(start, end);
    }

    private static String replace(String s, String from, String to) {
        return from.isEmpty() ? s : s.replace(from, to);
    }

    /** LOCATE(substr, str, pos): 1-based position of substr at or after pos, 0 when absent. */
    static long locate(Collation c, String needle, String haystack, long pos) {
        int n = codePoints(haystack);
        if (pos < 1 || pos > n + 1) {
            return 0;
        }
        String h = c.fold(haystack);
        String k = c.fold(needle);
        int from = h.offsetByCodePoints(0, (int) pos - 1);
        int at = h.indexOf(k, from);
        return at < 0 ? 0 : h.codePointCount(0, at) + 1;
    }

    private static String pad(String s, long len, String padding, boolean leftSide) {
        int n = codePoints(s);
        if (len < 0 || len > MAX_RESULT) {
            return null;
        }
        if (len <= n) {
            return slice(s, 0, len);
        }
        if (padding.isEmpty()) {
            return null;
        }
        long need = len - n;
        String cut = slice(padding.repeat((int) (need / codePoints(padding) + 1)), 0, need);
        return leftSide ? cut + s : s + cut;
    }

    private static String repeat(String s, long count) {
        if (count < 1 || s.isEmpty()) {
            return "";
        }
        if (count * s.length() > MAX_RESULT) {
            return null;
        }
        return s.repeat((int) count);
    }

    private static long findInSet(Collation c, String item, String list) {
        if (item.indexOf(',') >= 0 || list.isEmpty()) {
            return 0; // MySQL: an item containing a comma is never found
        }
        String[] parts = list.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            if (c.compare(item, parts[i]) == 0) {
                return i + 1;
            }
        }
        return 0;
    }
}
