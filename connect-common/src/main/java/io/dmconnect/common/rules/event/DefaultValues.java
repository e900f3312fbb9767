package io.dmconnect.common.rules.event;

import io.dmconnect.common.rules.event.ColumnSpec.DefaultValue;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a column's tracked default with the one a MODIFY/CHANGE COLUMN writes, as DM compares TiDB's stored
 * defaults: no DEFAULT and DEFAULT NULL are the same; numbers compare by value ({@code '0'} = {@code 0} =
 * {@code 0.00}); CURRENT_TIMESTAMP, NOW(), LOCALTIME and LOCALTIMESTAMP are one function; a date literal equals the
 * same instant written with a time of zero; strings compare exactly; other expressions by their text without blanks.
 */
final class DefaultValues {
    private static final Pattern NOW = Pattern.compile(
            "(current_timestamp|now|localtime|localtimestamp)(\\((\\d*)\\))?");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})( \\d{2}:\\d{2}:\\d{2})?(\\.\\d+)?");

    private DefaultValues() {
    }

    /**
     * @param kind     the column's new type kind
     * @param tracked  the tracked default as written (null for none or NULL)
     * @param modified the new DEFAULT clause, null when there is none
     */
    static boolean same(TypeKind kind, String tracked, DefaultValue modified) {
        String newValue = modified == null ? null : modified.value();
        DefaultValue.Kind written = modified == null ? null : modified.kind();
        return Objects.equals(normalize(kind, tracked, null), normalize(kind, newValue, written));
    }

    /** {@code written} is how the new default was written; null for the tracked value, which has no quotes. */
    private static String normalize(TypeKind kind, String value, DefaultValue.Kind written) {
        if (value == null) {
            return null;
        }
        if (kind.isNumeric() || kind == TypeKind.YEAR) {
            return number(value);
        }
        if (kind.isTemporal()) {
            return temporal(value, written == DefaultValue.Kind.STRING);
        }
        return written == DefaultValue.Kind.EXPRESSION ? expression(value) : value;
    }

    private static String number(String value) {
        String text = value.trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return text.equalsIgnoreCase("true") ? "1" : "0";
        }
        try {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return expression(text);
        }
    }

    private static String temporal(String value, boolean quoted) {
        if (!quoted) {
            Matcher now = NOW.matcher(expression(value));
            if (now.matches()) {
                String fsp = now.group(3);
                boolean plain = fsp == null || fsp.isEmpty() || fsp.equals("0");
                return plain ? "current_timestamp" : "current_timestamp(" + fsp + ")";
            }
        }
        String text = value.trim();
        Matcher literal = DATE_TIME.matcher(text);
        if (literal.matches()) {
            String time = literal.group(2) == null ? " 00:00:00" : literal.group(2);
            String fraction = literal.group(3) == null ? "" : literal.group(3).replaceAll("\\.?0+$", "");
            return literal.group(1) + time + fraction;
        }
        return quoted ? text : expression(text);
    }

    /** Lower case, without blanks and without one pair of enclosing parentheses. */
    private static String expression(String value) {
        String text = value.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (text.startsWith("(") && text.endsWith(")")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }
}
