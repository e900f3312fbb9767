package io.dmconnect.common.rules.expr.value;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * MySQL truthiness and three-valued logic. A value is TRUE when it is non-NULL and non-zero in numeric context
 * ({@code 'abc'} is 0, so FALSE; {@code '1x'} is TRUE); NULL is UNKNOWN. Booleans are the integers 1 and 0.
 */
public final class Truth {
    public static final Long TRUE = 1L;
    public static final Long FALSE = 0L;

    private Truth() {
    }

    /** TRUE, FALSE, or null for UNKNOWN. */
    public static Boolean of(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        Number n = Numbers.toNumber(v);
        if (n instanceof Double d) {
            return d != 0.0;
        }
        if (n instanceof BigDecimal d) {
            return d.signum() != 0;
        }
        if (n instanceof BigInteger b) {
            return b.signum() != 0;
        }
        return n.longValue() != 0;
    }

    /** Whether the value is TRUE (not FALSE, not NULL): what makes a row change drop. */
    public static boolean isTrue(Object v) {
        return Boolean.TRUE.equals(of(v));
    }

    /** A three-valued result as the SQL value: 1, 0 or NULL. */
    public static Long sql(Boolean b) {
        return b == null ? null : (b ? TRUE : FALSE);
    }
}
