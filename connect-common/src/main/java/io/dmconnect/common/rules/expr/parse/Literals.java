package io.dmconnect.common.rules.expr.parse;

import io.dmconnect.common.rules.expr.ExpressionException;
import io.dmconnect.common.rules.expr.value.BitString;
import io.dmconnect.common.rules.expr.value.Numbers;
import io.dmconnect.common.rules.expr.value.Temporals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.HexValue;
import net.sf.jsqlparser.expression.StringValue;

/** MySQL literal syntax the parser leaves raw: string escapes, number types, typed date/time literals. */
final class Literals {
    private Literals() {
    }

    /** An integer literal: Long, BigInteger up to BIGINT UNSIGNED, DECIMAL beyond (as MySQL types them). */
    static Object integer(String digits) {
        BigInteger value = new BigInteger(digits);
        Number n = Numbers.normalize(value);
        if (n instanceof Long) {
            return n;
        }
        return value.compareTo(Numbers.UNSIGNED_MAX) <= 0 ? value : new BigDecimal(value);
    }

    /** A literal with a point is DECIMAL in MySQL; one with an exponent is DOUBLE. */
    static Object approximate(String text) {
        return text.contains("e") || text.contains("E") ? (Object) Double.parseDouble(text) : new BigDecimal(text);
    }

    static Object string(StringValue sv) {
        String prefix = sv.getPrefix() == null ? "" : sv.getPrefix().toUpperCase(Locale.ROOT);
        String raw = sv.getValue();
        if (prefix.equals("B")) {
            if (!raw.matches("[01]*")) {
                throw new ExpressionException(ExpressionException.Kind.SYNTAX, "b'" + raw + "' is not a bit literal: use only 0 and 1");
            }
            return BitString.ofBits(raw);
        }
        if (prefix.equals("X")) {
            return hex(raw);
        }
        String quote = sv.getQuoteStr() == null || sv.getQuoteStr().isEmpty() ? "'" : sv.getQuoteStr();
        String text = unescape(raw, quote.charAt(0));
        return prefix.equals("_BINARY") ? (Object) text.getBytes(StandardCharsets.UTF_8) : text;
    }

    static BitString hex(HexValue hv) {
        String v = hv.getValue().trim();
        String digits = v.startsWith("0x") || v.startsWith("0X") ? v.substring(2) : v.substring(2, v.length() - 1);
        return hex(digits);
    }

    private static BitString hex(String digits) {
        if (!digits.matches("[0-9a-fA-F]*")) {
            throw new ExpressionException(ExpressionException.Kind.SYNTAX, "x'" + digits + "' is not a hexadecimal literal");
        }
        return BitString.ofHex(digits);
    }

    /**
     * MySQL's string escapes (without NO_BACKSLASH_ESCAPES): {@code \0 \' \" \b \n \r \t \Z \\}, {@code \%} and
     * {@code \_} keep their backslash (for LIKE), any other {@code \x} is x; a doubled quote is one quote.
     */
    static String unescape(String raw, char quote) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char n = raw.charAt(++i);
                switch (n) {
                    case '0' -> out.append('\0');
                    case 'b' -> out.append('\b');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'Z' -> out.append('\u001A');
                    case '%', '_' -> out.append('\\').append(n);
                    default -> out.append(n);
                }
            } else if (c == quote && i + 1 < raw.length() && raw.charAt(i + 1) == quote) {
                out.append(quote);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code DATE '..'}, {@code TIME '..'}, {@code TIMESTAMP '..'} / {@code DATETIME '..'}. */
    static Object temporal(DateTimeLiteralExpression d) {
        String text = d.getValue();
        if (text.length() >= 2 && (text.startsWith("'") || text.startsWith("\""))) {
            text = unescape(text.substring(1, text.length() - 1), text.charAt(0));
        }
        String type = d.getType().name();
        Object value;
        if (type.equals("TIME")) {
            value = Temporals.parseTime(text);
        } else {
            Object parsed = Temporals.parseDateOrDateTime(text);
            value = type.equals("DATE") ? (parsed instanceof LocalDate ? parsed : null)
                    : (parsed instanceof LocalDate ld ? ld.atStartOfDay() : parsed);
        }
        if (!(value instanceof LocalDate || value instanceof LocalDateTime || value instanceof Duration)) {
            throw new ExpressionException(ExpressionException.Kind.SYNTAX, "invalid " + type + " literal '" + text + "'");
        }
        return value;
    }
}
