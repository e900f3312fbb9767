package io.dmconnect.common.rules.expr.eval;

import io.dmconnect.common.rules.expr.ast.Expr.CastType;
import io.dmconnect.common.rules.expr.value.JsonValue;
import io.dmconnect.common.rules.expr.value.Numbers;
import io.dmconnect.common.rules.expr.value.Temporals;
import io.dmconnect.common.rules.expr.value.Texts;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/** {@code CAST(x AS type)} as MySQL converts: integers wrap to 64 bits, DECIMAL rounds and clamps to its precision. */
final class Casts {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private Casts() {
    }

    static Object cast(Object v, CastType type, Integer precision, Integer scale) {
        if (v == null) {
            return null;
        }
        return switch (type) {
            case SIGNED -> {
                Number n = Numbers.toInteger(v);
                yield n instanceof BigInteger b ? (Object) b.longValue() : n; // 64-bit wrap, as MySQL does
            }
            case UNSIGNED -> {
                Number n = Numbers.toInteger(v);
                BigInteger b = Numbers.toBigInteger(n);
                yield Numbers.normalize(b.signum() < 0 ? b.add(TWO_64).max(BigInteger.ZERO) : b.min(Numbers.UNSIGNED_MAX));
            }
            case DECIMAL -> decimal(v, precision == null ? 10 : precision, scale == null ? 0 : scale);
            case DOUBLE -> Numbers.toDouble(v);
            case CHAR -> {
                String s = Texts.toText(v);
                yield precision == null || s.codePointCount(0, s.length()) <= precision ? s
                        : s.substring(0, s.offsetByCodePoints(0, precision));
            }
            case BINARY -> v instanceof byte[] ? v : Texts.toText(v).getBytes(StandardCharsets.UTF_8);
            case DATE -> Temporals.toDate(v);
            case DATETIME -> Temporals.toDateTime(v);
            case TIME -> Temporals.toTime(v);
            case JSON -> v instanceof JsonValue ? v
                    : (v instanceof String s ? JsonValue.parse(s, "cast_as_json", 1) : new JsonValue(JsonValue.scalar(v)));
        };
    }

    private static BigDecimal decimal(Object v, int precision, int scale) {
        BigDecimal d = Numbers.toDecimal(v).setScale(scale, RoundingMode.HALF_UP);
        BigDecimal max = BigDecimal.TEN.pow(precision - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
        if (d.abs().compareTo(max) > 0) {
            return d.signum() < 0 ? max.negate() : max; // MySQL clamps to the type's range (with a warning)
        }
        return d;
    }
}
