package io.dmconnect.common.rules.expr.value;

import io.dmconnect.common.rules.expr.ExpressionException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * MySQL arithmetic. The result type follows the operands: a double (or a string, which converts to double) makes it
 * DOUBLE; else a DECIMAL makes it DECIMAL; else it is an exact integer. Integer results outside BIGINT are an error
 * ("BIGINT value is out of range"), as in MySQL; so is an infinite double. {@code /} of exact values is DECIMAL with
 * the dividend's scale plus 4 (MySQL's {@code div_precision_increment}); division or modulo by zero is NULL.
 * Bit operators work on 64-bit unsigned integers.
 */
public final class Arithmetic {
    private static final int DIV_PRECISION_INCREMENT = 4;
    private static final int MAX_SCALE = 30;
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private Arithmetic() {
    }

    private enum Kind { INTEGER, DECIMAL, DOUBLE }

    private static Kind kind(Number a, Number b) {
        if (a instanceof Double || b instanceof Double) {
            return Kind.DOUBLE;
        }
        return a instanceof BigDecimal || b instanceof BigDecimal ? Kind.DECIMAL : Kind.INTEGER;
    }

    public static Number add(Object x, Object y) {
        return apply('+', x, y);
    }

    public static Number subtract(Object x, Object y) {
        return apply('-', x, y);
    }

    public static Number multiply(Object x, Object y) {
        return apply('*', x, y);
    }

    private static Number apply(char op, Object x, Object y) {
        if (x == null || y == null) {
            return null;
        }
        Number a = Numbers.toNumber(x);
        Number b = Numbers.toNumber(y);
        switch (kind(a, b)) {
            case DOUBLE:
                double d = op == '+' ? a.doubleValue() + b.doubleValue()
                        : op == '-' ? a.doubleValue() - b.doubleValue() : a.doubleValue() * b.doubleValue();
                return checkedDouble(d, a, op, b);
            case DECIMAL:
                BigDecimal p = Numbers.toDecimal(a);
                BigDecimal q = Numbers.toDecimal(b);
                return op == '+' ? p.add(q) : op == '-' ? p.subtract(q) : p.multiply(q);
            default:
                return integer(op, a, b);
        }
    }

    private static Number integer(char op, Number a, Number b) {
        if (a instanceof Long l && b instanceof Long m) {
            try {
                return op == '+' ? Math.addExact(l, m) : op == '-' ? Math.subtractExact(l, m) : Math.multiplyExact(l, m);
            } catch (ArithmeticException e) {
                throw outOfRange(a, op, b);
            }
        }
        // an operand beyond the signed range is BIGINT UNSIGNED, so the result is unsigned too
        BigInteger p = Numbers.toBigInteger(a);
        BigInteger q = Numbers.toBigInteger(b);
        BigInteger r = op == '+' ? p.add(q) : op == '-' ? p.subtract(q) : p.multiply(q);
        if (r.signum() < 0 || r.compareTo(Numbers.UNSIGNED_MAX) > 0) {
            throw outOfRange(a, op, b);
        }
        return Numbers.normalize(r);
    }

    private static ExpressionException outOfRange(Number a, char op, Number b) {
        return ExpressionException.evaluation("BIGINT value is out of range in '(" + a + " " + op + " " + b + ")'");
    }

    private static Double checkedDouble(double d, Number a, char op, Number b) {
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            throw ExpressionException.evaluation("DOUBLE value is out of range in '(" + a + " " + op + " " + b + ")'");
        }
        return d;
    }

    /** {@code x / y}: DOUBLE or DECIMAL, never integer; NULL for division by zero. */
    public static Number divide(Object x, Object y) {
        if (x == null || y == null) {
            return null;
        }
        Number a = Numbers.toNumber(x);
        Number b = Numbers.toNumber(y);
        if (kind(a, b) == Kind.DOUBLE) {
            return b.doubleValue() == 0 ? null : checkedDouble(a.doubleValue() / b.doubleValue(), a, '/', b);
        }
        BigDecimal q = Numbers.toDecimal(b);
        if (q.signum() == 0) {
            return null;
        }
        BigDecimal p = Numbers.toDecimal(a);
        int scale = Math.min(MAX_SCALE, Math.max(p.scale(), 0) + DIV_PRECISION_INCREMENT);
        return p.divide(q, scale, RoundingMode.HALF_UP);
    }

    /** {@code x DIV y}: integer division truncated toward zero; NULL for division by zero. */
    public static Number intDivide(Object x, Object y) {
        if (x == null || y == null) {
            return null;
        }
        Number a = Numbers.toNumber(x);
        Number b = Numbers.toNumber(y);
        if (a instanceof Long l && b instanceof Long m) {
            if (m == 0) {
                return null;
            }
            if (l == Long.MIN_VALUE && m == -1) {
                throw outOfRange(a, '/', b);
            }
            return l / m;
        }
        BigDecimal q = Numbers.toDecimal(b);
        if (q.signum() == 0) {
            return null;
        }
        BigInteger r = Numbers.toDecimal(a).divide(q, 0, RoundingMode.DOWN).toBigInteger();
        return Numbers.checkedInteger(r, "'(" + a + " DIV " + b + ")'");
    }

    /** {@code x % y} and MOD: the sign of the dividend; NULL for modulo by zero. */
    public static Number modulo(Object x, Object y) {
        if (x == null || y == null) {
            return null;
        }
        Number a = Numbers.toNumber(x);
        Number b = Numbers.toNumber(y);
        switch (kind(a, b)) {
            case DOUBLE:
                return b.doubleValue() == 0 ? null : a.doubleValue() % b.doubleValue();
            case DECIMAL:
                BigDecimal q = Numbers.toDecimal(b);
                return q.signum() == 0 ? null : Numbers.toDecimal(a).remainder(q);
            default:
                if (a instanceof Long l && b instanceof Long m) {
                    return m == 0 ? null : (m == -1 ? 0L : l % m);
                }
                BigInteger d = Numbers.toBigInteger(b);
                return d.signum() == 0 ? null : Numbers.normalize(Numbers.toBigInteger(a).remainder(d));
        }
    }

    /** Unary minus. */
    public static Number negate(Object x) {
        if (x == null) {
            return null;
        }
        Number a = Numbers.toNumber(x);
        if (a instanceof Long l) {
            if (l == Long.MIN_VALUE) {
                throw ExpressionException.evaluation("BIGINT value is out of range in '-(" + l + ")'");
            }
            return -l;
        }
        if (a instanceof BigInteger b) {
            BigInteger n = b.negate();
            Number r = Numbers.normalize(n);
            return r instanceof Long ? r : new BigDecimal(n); // MySQL makes such a literal DECIMAL
        }
        return a instanceof BigDecimal d ? d.negate() : (Number) (-a.doubleValue());
    }

    /** The 64 bits of a value as bit operators see it (rounded to an integer, two's complement). */
    public static long bits(Object x) {
        Number n = Numbers.toInteger(Numbers.toNumber(x)); // strings go through double, so '5.7' is 6
        return n instanceof BigInteger b ? b.longValue() : n.longValue();
    }

    /** 64 bits as BIGINT UNSIGNED. */
    public static Number unsigned(long bits) {
        return bits >= 0 ? (Number) bits : BigInteger.valueOf(bits).add(TWO_64);
    }

    public static Number bitOp(char op, Object x, Object y) {
        if (x == null || y == null) {
            return null;
        }
        long a = bits(x);
        long b = bits(y);
        return unsigned(switch (op) {
            case '&' -> a & b;
            case '|' -> a | b;
            case '^' -> a ^ b;
            case '<' -> Long.compareUnsigned(b, 64) >= 0 ? 0 : a << b;
            case '>' -> Long.compareUnsigned(b, 64) >= 0 ? 0 : a >>> b;
            default -> throw new IllegalArgumentException("bit operator " + op);
        });
    }

    public static Number bitNot(Object x) {
        return x == null ? null : unsigned(~bits(x));
    }
}
