package io.dmconnect.common.rules.expr.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * MySQL's comparison of two values of any type (the rules of "Type Conversion in Expression Evaluation"):
 * <ol>
 *   <li>NULL on either side gives NULL (the caller handles {@code <=>});</li>
 *   <li>a JSON value compares by JSON rules, the other side converted to a JSON scalar;</li>
 *   <li>a date/time against a string parses the string as a date/time (falling back to comparing the strings when
 *       it is not one); against a number, the date/time is its number ({@code 20210601});</li>
 *   <li>two strings compare with the collation; a binary string or hexadecimal literal on either side makes it a
 *       byte comparison;</li>
 *   <li>two exact integers compare exactly (including BIGINT UNSIGNED); DECIMAL against DECIMAL or integer exactly;
 *       everything else, including string against number, as doubles.</li>
 * </ol>
 */
public final class Comparison {
    private Comparison() {
    }

    /** -1, 0 or 1; null when either side is NULL. */
    public static Integer compare(Object a, Object b, Collation collation) {
        return compare(a, b, collation, null);
    }

    /**
     * As {@link #compare(Object, Object, Collation)}, in a session time zone: a date/time string with an offset
     * ({@code '2021-01-01 12:34:56+08:00'}) compared with a date/time is converted to that zone first.
     */
    public static Integer compare(Object a, Object b, Collation collation, ZoneId zone) {
        if (a == null || b == null) {
            return null;
        }
        if (a instanceof JsonValue || b instanceof JsonValue) {
            return Integer.signum(JsonValue.compare(JsonValue.scalar(a), JsonValue.scalar(b)));
        }
        if (isTemporal(a) || isTemporal(b)) {
            return compareTemporal(a, b, collation, zone);
        }
        if (isText(a) && isText(b)) {
            return compareText(a, b, collation);
        }
        return compareNumbers(Numbers.toNumber(a), Numbers.toNumber(b));
    }

    public static boolean isTemporal(Object v) {
        return v instanceof LocalDate || v instanceof LocalDateTime || v instanceof Duration;
    }

    private static boolean isText(Object v) {
        return v instanceof String || v instanceof byte[] || v instanceof BitString;
    }

    private static int compareText(Object a, Object b, Collation collation) {
        if (a instanceof String x && b instanceof String y) {
            return collation.compare(x, y);
        }
        return Integer.signum(Arrays.compareUnsigned(bytes(a), bytes(b)));
    }

    private static byte[] bytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        return v instanceof BitString b ? b.bytes() : ((String) v).getBytes(StandardCharsets.UTF_8);
    }

    private static Integer compareTemporal(Object a, Object b, Collation collation, ZoneId zone) {
        if (a instanceof Duration || b instanceof Duration) {
            if (a instanceof Duration x && b instanceof Duration y) {
                return Integer.signum(x.compareTo(y));
            }
            Object other = a instanceof Duration ? b : a;
            if (other instanceof String s) {
                Duration parsed = Temporals.parseTime(s);
                if (parsed != null) {
                    return a instanceof Duration x ? Integer.signum(x.compareTo(parsed)) : Integer.signum(parsed.compareTo((Duration) b));
                }
                return collation.compare(Texts.toText(a), Texts.toText(b));
            }
            return compareNumbers(Numbers.toNumber(a), Numbers.toNumber(b));
        }
        if (isTemporal(a) && isTemporal(b)) {
            return Integer.signum(Temporals.toDateTime(a).compareTo(Temporals.toDateTime(b)));
        }
        Object other = isTemporal(a) ? b : a;
        if (isText(other)) {
            LocalDateTime parsed = Temporals.toDateTime(other instanceof BitString bs ? Texts.toText(bs) : other, zone);
            if (parsed == null) {
                return collation.compare(Texts.toText(a), Texts.toText(b));
            }
            return isTemporal(a) ? Integer.signum(Temporals.toDateTime(a).compareTo(parsed))
                    : Integer.signum(parsed.compareTo(Temporals.toDateTime(b)));
        }
        return compareNumbers(Numbers.toNumber(a), Numbers.toNumber(b));
    }

    /** Numbers: exactly when both are exact, as doubles when either is a double. */
    public static int compareNumbers(Number x, Number y) {
        if (x instanceof Double || y instanceof Double) {
            double a = x.doubleValue();
            double b = y.doubleValue();
            return a < b ? -1 : (a > b ? 1 : 0); // not Double.compare: MySQL has 0 = -0
        }
        if (x instanceof Long l && y instanceof Long m) {
            return Long.compare(l, m);
        }
        if (x instanceof BigDecimal || y instanceof BigDecimal) {
            return decimal(x).compareTo(decimal(y));
        }
        return Numbers.toBigInteger(x).compareTo(Numbers.toBigInteger(y));
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        return n instanceof BigInteger b ? new BigDecimal(b) : BigDecimal.valueOf(n.longValue());
    }

    /** {@code a = b} in three-valued logic: null when either is NULL. */
    public static Boolean equal(Object a, Object b, Collation collation) {
        Integer c = compare(a, b, collation);
        return c == null ? null : c == 0;
    }
}
