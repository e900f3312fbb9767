package io.dmconnect.common.rules.expr.fn;

import static io.dmconnect.common.rules.expr.fn.FunctionDef.VARIADIC;
import static io.dmconnect.common.rules.expr.fn.FunctionDef.collated;
import static io.dmconnect.common.rules.expr.fn.FunctionDef.of;
import static io.dmconnect.common.rules.expr.fn.Fn.strict;

import io.dmconnect.common.rules.expr.ExpressionException;
import io.dmconnect.common.rules.expr.value.Arithmetic;
import io.dmconnect.common.rules.expr.value.Collation;
import io.dmconnect.common.rules.expr.value.Comparison;
import io.dmconnect.common.rules.expr.value.Numbers;
import io.dmconnect.common.rules.expr.value.Texts;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * MySQL's numeric functions. Exact arguments give exact results (DECIMAL rounds half away from zero); doubles
 * round half to even, as MySQL does through the C library ({@code ROUND(2.5e0)} is 2, {@code ROUND(2.5)} is 3).
 */
final class MathFunctions {
    private MathFunctions() {
    }

    static List<FunctionDef> defs() {
        Fn ceil = strict((a, s) -> toInteger(Numbers.toNumber(a[0]), RoundingMode.CEILING));
        Fn floor = strict((a, s) -> toInteger(Numbers.toNumber(a[0]), RoundingMode.FLOOR));
        Fn pow = strict((a, s) -> pow(Numbers.toDouble(a[0]), Numbers.toDouble(a[1])));
        return List.of(
                of("ABS", 1, 1, strict((a, s) -> abs(Numbers.toNumber(a[0])))),
                of("CEIL", 1, 1, ceil),
                of("CEILING", 1, 1, ceil),
                of("FLOOR", 1, 1, floor),
                of("ROUND", 1, 2, strict((a, s) -> round(Numbers.toNumber(a[0]), a.length > 1 ? Numbers.toLong(a[1]) : 0, false))),
                of("TRUNCATE", 2, 2, strict((a, s) -> round(Numbers.toNumber(a[0]), Numbers.toLong(a[1]), true))),
                of("MOD", 2, 2, (a, s) -> Arithmetic.modulo(a[0], a[1])),
                of("POW", 2, 2, pow),
                of("POWER", 2, 2, pow),
                of("SQRT", 1, 1, strict((a, s) -> {
                    double d = Numbers.toDouble(a[0]);
                    return d < 0 ? null : Math.sqrt(d);
                })),
                of("SIGN", 1, 1, strict((a, s) -> (long) Comparison.compareNumbers(Numbers.toNumber(a[0]), 0L))),
                collated("GREATEST", 2, VARIADIC, c -> strict((a, s) -> extreme(a, c, 1))),
                collated("LEAST", 2, VARIADIC, c -> strict((a, s) -> extreme(a, c, -1))));
    }

    private static Number abs(Number n) {
        if (n instanceof Long l) {
            if (l == Long.MIN_VALUE) {
                throw ExpressionException.evaluation("BIGINT value is out of range in 'abs(" + l + ")'");
            }
            return Math.abs(l);
        }
        if (n instanceof BigInteger b) {
            return b.abs();
        }
        return n instanceof BigDecimal d ? d.abs() : (Number) Math.abs(n.doubleValue());
    }

    private static Number toInteger(Number n, RoundingMode mode) {
        if (n instanceof Long || n instanceof BigInteger) {
            return n;
        }
        if (n instanceof BigDecimal d) {
            return Numbers.normalize(d.setScale(0, mode).toBigInteger());
        }
        return mode == RoundingMode.CEILING ? Math.ceil(n.doubleValue()) : Math.floor(n.doubleValue());
    }

    /** ROUND (half away from zero for exact values) or TRUNCATE (toward zero) to {@code places} decimals. */
    private static Number round(Number n, long places, boolean truncate) {
        int d = (int) Math.max(-65, Math.min(30, places));
        if (n instanceof Double x) {
            double scale = Math.pow(10, Math.abs(d));
            double shifted = d >= 0 ? x * scale : x / scale;
            double whole = truncate ? (shifted < 0 ? Math.ceil(shifted) : Math.floor(shifted)) : Math.rint(shifted);
            double r = d >= 0 ? whole / scale : whole * scale;
            return Double.isNaN(r) || Double.isInfinite(r) ? x : r;
        }
        RoundingMode mode = truncate ? RoundingMode.DOWN : RoundingMode.HALF_UP;
        if (n instanceof BigDecimal x) {
            BigDecimal r = x.setScale(d, mode);
            return d < 0 ? r.setScale(0, RoundingMode.UNNECESSARY) : r;
        }
        if (d >= 0) {
            return n;
        }
        BigInteger r = new BigDecimal(Numbers.toBigInteger(n)).setScale(d, mode).setScale(0, RoundingMode.UNNECESSARY).toBigInteger();
        return Numbers.checkedInteger(r, "'round(" + n + ", " + d + ")'");
    }

    private static Double pow(double base, double exponent) {
        double r = Math.pow(base, exponent);
        if (Double.isNaN(r)) {
            return null;
        }
        if (Double.isInfinite(r)) {
            throw ExpressionException.evaluation("DOUBLE value is out of range in 'pow(" + Texts.formatDouble(base) + ", "
                    + Texts.formatDouble(exponent) + ")'");
        }
        return r;
    }

    /**
     * GREATEST / LEAST with MySQL's argument typing: all numbers compare as numbers (as doubles when any is a
     * double), numbers mixed with strings compare as strings, dates and times as dates and times.
     */
    private static Object extreme(Object[] args, Collation c, int sign) {
        boolean numbers = true;
        boolean strings = true;
        boolean anyDouble = false;
        for (Object a : args) {
            boolean number = a instanceof Number;
            numbers &= number;
            strings &= a instanceof String;
            anyDouble |= a instanceof Double;
        }
        boolean mixed = !numbers && !strings && !anyDouble
                && java.util.Arrays.stream(args).allMatch(a -> a instanceof Number || a instanceof String);
        Object best = args[0];
        for (int i = 1; i < args.length; i++) {
            Object candidate = args[i];
            int cmp;
            if (mixed) {
                cmp = c.compare(Texts.toText(candidate), Texts.toText(best));
            } else if (anyDouble) {
                cmp = Comparison.compareNumbers(Numbers.toDouble(candidate), Numbers.toDouble(best));
            } else {
                cmp = Comparison.compare(candidate, best, c);
            }
            if (cmp * sign > 0) {
                best = candidate;
            }
        }
        return best;
    }
}
