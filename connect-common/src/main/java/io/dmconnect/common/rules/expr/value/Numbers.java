package io.dmconnect.common.rules.expr.value;

import io.dmconnect.common.rules.expr.ExpressionException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL's conversions to numbers. A string becomes the number its leading numeric prefix spells ({@code '12abc'} is
 * 12, {@code 'abc'} is 0), a DATE becomes {@code YYYYMMDD}, a DATETIME {@code YYYYMMDDhhmmss}, a TIME {@code hhmmss},
 * a hexadecimal literal its unsigned value. Exact integers are Long, or BigInteger beyond the signed range.
 */
public final class Numbers {
    private static final Pattern PREFIX = Pattern.compile("^\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)");
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** The largest BIGINT UNSIGNED; exact results beyond [-2^63, 2^64) are MySQL's "BIGINT value is out of range". */
    public static final BigInteger UNSIGNED_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private Numbers() {
    }

    /** The value in numeric context: Long, BigInteger, BigDecimal or Double; null stays null. */
    public static Number toNumber(Object v) {
        if (v == null || v instanceof Long || v instanceof Double || v instanceof BigDecimal) {
            return (Number) v;
        }
        if (v instanceof BigInteger b) {
            return normalize(b);
        }
        if (v instanceof String s) {
            return parseDouble(s);
        }
        if (v instanceof byte[] b) {
            return parseDouble(new String(b, StandardCharsets.UTF_8));
        }
        if (v instanceof BitString b) {
            return b.toNumber();
        }
        if (v instanceof JsonValue j) {
            return j.toNumber();
        }
        if (v instanceof LocalDate d) {
            return (long) d.getYear() * 10000 + d.getMonthValue() * 100L + d.getDayOfMonth();
        }
        if (v instanceof LocalDateTime t) {
            long whole = (((long) t.getYear() * 100 + t.getMonthValue()) * 100 + t.getDayOfMonth()) * 1_000_000L
                    + t.getHour() * 10000L + t.getMinute() * 100L + t.getSecond();
            return withMicros(whole, t.getNano() / 1000);
        }
        if (v instanceof Duration d) {
            Duration abs = d.abs();
            long whole = abs.toHours() * 10000 + abs.toMinutesPart() * 100L + abs.toSecondsPart();
            Number n = withMicros(whole, abs.toNanosPart() / 1000);
            return d.isNegative() ? negate(n) : n;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        throw ExpressionException.evaluation("cannot use a " + v.getClass().getSimpleName() + " as a number");
    }

    private static Number withMicros(long whole, long micros) {
        return micros == 0 ? (Number) whole : BigDecimal.valueOf(whole).add(BigDecimal.valueOf(micros, 6));
    }

    private static Number negate(Number n) {
        return n instanceof BigDecimal d ? d.negate() : (Number) (-n.longValue());
    }

    public static boolean isExactInteger(Object n) {
        return n instanceof Long || n instanceof BigInteger;
    }

    public static double toDouble(Object v) {
        return toNumber(v).doubleValue();
    }

    public static BigDecimal toDecimal(Object v) {
        if (v instanceof String s) {
            return parseDecimal(s);
        }
        Number n = toNumber(v);
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw ExpressionException.evaluation("DOUBLE value is out of range: " + d);
            }
            return new BigDecimal(Double.toString(d));
        }
        return n instanceof BigInteger b ? new BigDecimal(b) : BigDecimal.valueOf(n.longValue());
    }

    /** An exact integer: fractions round half away from zero (MySQL's rule); strings take their integer prefix. */
    public static Number toInteger(Object v) {
        if (v instanceof String s) {
            return normalize(parseDecimal(s).setScale(0, RoundingMode.DOWN).toBigInteger());
        }
        Number n = toNumber(v);
        if (n instanceof Long || n instanceof BigInteger) {
            return n;
        }
        return normalize(toDecimal(n).setScale(0, RoundingMode.HALF_UP).toBigInteger());
    }

    /** An integer argument such as a length or position, clamped to the long range. */
    public static long toLong(Object v) {
        Number n = toInteger(v);
        if (n instanceof BigInteger b) {
            return b.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return n.longValue();
    }

    /** Long when it fits, else the BigInteger itself. */
    public static Number normalize(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0 ? (Number) b.longValue() : b;
    }

    /** An exact integer result, checked against the BIGINT [UNSIGNED] range. */
    public static Number checkedInteger(BigInteger b, String what) {
        if (b.compareTo(LONG_MIN) < 0 || b.compareTo(UNSIGNED_MAX) > 0) {
            throw ExpressionException.evaluation("BIGINT value is out of range in " + what);
        }
        return normalize(b);
    }

    public static BigInteger toBigInteger(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }

    public static double parseDouble(String s) {
        Matcher m = PREFIX.matcher(s);
        return m.find() ? Double.parseDouble(m.group(1)) : 0.0;
    }

    public static BigDecimal parseDecimal(String s) {
        Matcher m = PREFIX.matcher(s);
        if (!m.find()) {
            return BigDecimal.ZERO;
        }
        String text = m.group(1);
        return new BigDecimal(text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
    }

    /** Whether a whole string is a number (used to type string row values). */
    public static boolean isNumeric(String s) {
        Matcher m = PREFIX.matcher(s);
        return m.find() && s.substring(m.end()).isBlank();
    }
}
