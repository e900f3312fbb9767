package io.dmconnect.common.rules.expr.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.dmconnect.common.rules.expr.ExpressionException;
import io.dmconnect.common.rules.expr.value.BitString;
import io.dmconnect.common.rules.expr.value.JsonValue;
import io.dmconnect.common.rules.expr.value.Numbers;
import io.dmconnect.common.rules.expr.value.Temporals;
import io.dmconnect.common.rules.expr.value.Texts;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Turns a row's Java values into the evaluator's values: integers become Long (BigInteger beyond the signed range),
 * FLOAT becomes Double, TIMESTAMP instants become local date-times in the session zone, TIME becomes Duration, JSON
 * text becomes a JSON value. When the column's kind is known, a String value (as the dry-run CLI gives them) is read
 * as that kind; a date/time string that is not a valid date (a zero date) is kept as a string.
 */
final class ValueNormalizer {
    private ValueNormalizer() {
    }

    /** A value by its Java class alone (no schema). */
    static Object byClass(Object v, ZoneId zone) {
        if (v == null || v instanceof Long || v instanceof String || v instanceof BigDecimal || v instanceof Double
                || v instanceof LocalDate || v instanceof LocalDateTime || v instanceof Duration || v instanceof byte[]
                || v instanceof JsonValue || v instanceof BitString) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger b) {
            return Numbers.normalize(b);
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof Instant i) {
            return LocalDateTime.ofInstant(i, zone);
        }
        if (v instanceof OffsetDateTime o) {
            return LocalDateTime.ofInstant(o.toInstant(), zone);
        }
        if (v instanceof ZonedDateTime z) {
            return LocalDateTime.ofInstant(z.toInstant(), zone);
        }
        if (v instanceof LocalTime t) {
            return Temporals.ofTimeOfDay(t);
        }
        if (v instanceof JsonNode n) {
            return new JsonValue(n);
        }
        if (v instanceof Character c) {
            return c.toString();
        }
        throw ExpressionException.evaluation("a row value of type " + v.getClass().getName() + " cannot be used in an expression");
    }

    /** A value of a column of a known kind. */
    static Object forColumn(Object raw, ColumnKind kind, String column, ZoneId zone) {
        Object v = byClass(raw, zone);
        if (v == null) {
            return null;
        }
        return switch (kind) {
            case INTEGER, YEAR -> integer(v, column);
            case BIT -> v instanceof byte[] b ? new BitString(b).toNumber() : integer(v, column);
            case DECIMAL -> v instanceof String s ? number(s, column, "a DECIMAL") : v;
            case FLOAT -> v instanceof String s ? number(s, column, "a FLOAT/DOUBLE").doubleValue()
                    : (v instanceof BigDecimal d ? (Object) d.doubleValue() : v);
            case STRING -> v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8)
                    : (v instanceof String ? v : Texts.toText(v));
            case BINARY -> v instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : v;
            case DATE -> temporal(v, false);
            case DATETIME, TIMESTAMP -> temporal(v, true);
            case TIME -> v instanceof String s ? keep(Temporals.parseTime(s), s) : v;
            case JSON -> json(v, column);
            default -> v;
        };
    }

    private static Object integer(Object v, String column) {
        if (v instanceof String s) {
            Number n = number(s, column, "an integer");
            if (n instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
                return Numbers.normalize(d.toBigIntegerExact());
            }
            return n;
        }
        if (v instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
            return Numbers.normalize(d.toBigIntegerExact());
        }
        return v;
    }

    private static BigDecimal number(String s, String column, String what) {
        String text = s.trim();
        if (!Numbers.isNumeric(text)) {
            throw ExpressionException.evaluation("column " + column + " holds " + what + ", but its value '" + s + "' is not a number");
        }
        return new BigDecimal(text.endsWith(".") ? text + "0" : text);
    }

    private static Object temporal(Object v, boolean withTime) {
        if (v instanceof String s) {
            Object parsed = Temporals.parseDateOrDateTime(s);
            if (parsed == null) {
                return s; // a zero or invalid date stays a string; comparisons then fall back to the text
            }
            v = parsed;
        }
        if (withTime && v instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (!withTime && v instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        return v;
    }

    private static Object keep(Object parsed, String original) {
        return parsed == null ? original : parsed;
    }

    private static Object json(Object v, String column) {
        if (v instanceof JsonValue) {
            return v;
        }
        if (v instanceof String || v instanceof byte[]) {
            String text = v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : (String) v;
            if (!JsonValue.isValid(text)) {
                throw ExpressionException.evaluation("JSON column " + column + " holds invalid JSON text: '" + text + "'");
            }
            return JsonValue.parse(text, "json", 1);
        }
        return new JsonValue(JsonValue.scalar(v));
    }
}
