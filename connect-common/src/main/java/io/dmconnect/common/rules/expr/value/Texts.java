package io.dmconnect.common.rules.expr.value;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** MySQL's conversions to strings: how a value prints in CONCAT, LIKE, string comparison and the dry-run output. */
public final class Texts {
    private Texts() {
    }

    /** The string form of a value in string context; null stays null. */
    public static String toText(Object v) {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Double d) {
            return formatDouble(d);
        }
        if (v instanceof Float f) {
            return formatDouble(f.doubleValue());
        }
        if (v instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        if (v instanceof BitString b) {
            return new String(b.bytes(), StandardCharsets.UTF_8);
        }
        if (v instanceof JsonValue j) {
            return j.render();
        }
        if (v instanceof LocalDate d) {
            return formatDate(d);
        }
        if (v instanceof LocalDateTime t) {
            return formatDateTime(t);
        }
        if (v instanceof Duration d) {
            return formatTime(d);
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return v.toString();
    }

    /** MySQL prints doubles in their shortest form, in exponent notation outside [1e-5, 1e15). */
    public static String formatDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = exact.precision() - exact.scale() - 1;
        if (exponent >= -5 && exponent < 15) {
            return exact.toPlainString();
        }
        String digits = exact.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d < 0 ? "-" : "") + mantissa + "e" + exponent;
    }

    public static String formatDate(LocalDate d) {
        return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** {@code YYYY-MM-DD hh:mm:ss}, with microseconds only when there are some (the column's precision is unknown). */
    public static String formatDateTime(LocalDateTime t) {
        return formatDate(t.toLocalDate()) + " " + String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond())
                + fraction(t.getNano());
    }

    /** {@code [-]hh:mm:ss}, hours beyond 24 as MySQL's TIME allows. */
    public static String formatTime(Duration d) {
        Duration abs = d.abs();
        return (d.isNegative() ? "-" : "") + String.format("%02d:%02d:%02d", abs.toHours(), abs.toMinutesPart(), abs.toSecondsPart())
                + fraction(abs.toNanosPart());
    }

    private static String fraction(int nanos) {
        return nanos == 0 ? "" : String.format(".%06d", nanos / 1000);
    }
}
