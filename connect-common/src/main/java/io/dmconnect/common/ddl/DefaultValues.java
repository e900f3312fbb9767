package io.dmconnect.common.ddl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;

/**
 * Canonical DEFAULT values, as {@code information_schema.COLUMNS.COLUMN_DEFAULT} would give them regardless of
 * how the DDL spelled them: numbers rounded to the column's type ({@code '5'} and {@code 5.0} on an INT are
 * {@code 5}), TRUE/FALSE as 1/0, strings unquoted, BIT values as {@code b'101'}, and every spelling of the current
 * time ({@code NOW()}, {@code CURRENT_TIMESTAMP}, {@code LOCALTIME}, ...) as {@code current_timestamp()} or
 * {@code current_timestamp(n)}.
 */
final class DefaultValues {
    /** A DEFAULT clause as written; {@code text} is the literal value or the canonical expression. */
    record Literal(Kind kind, String text) {
        enum Kind { NULL, STRING, NUMBER, HEX, BIT, EXPRESSION }
    }

    private static final Set<String> NOW_SYNONYMS = Set.of("current_timestamp", "now", "localtime",
            "localtimestamp");

    private DefaultValues() {
    }

    /** The canonical default for a column of {@code type}; null for DEFAULT NULL. */
    static String canonical(Literal literal, ColumnType type) {
        ColumnType.Family family = type.family();
        return switch (literal.kind()) {
            case NULL -> null;
            case EXPRESSION -> expression(literal.text());
            case NUMBER -> numeric(literal.text(), type, family);
            case STRING -> isNumericFamily(family) && isNumber(literal.text())
                    ? numeric(literal.text().trim(), type, family) : temporal(literal.text(), type);
            case HEX -> radix(literal.text(), 16, type, family);
            case BIT -> radix(literal.text(), 2, type, family);
        };
    }

    static String expression(String canonicalText) {
        String lower = canonicalText.toLowerCase(Locale.ROOT);
        String name = lower.replaceAll("\\(.*$", "");
        if (NOW_SYNONYMS.contains(name)) {
            String args = lower.substring(name.length()).replaceAll("[()\\s]", "");
            return args.isEmpty() || args.equals("0") ? "current_timestamp()" : "current_timestamp(" + args + ")";
        }
        return canonicalText;
    }

    private static boolean isNumericFamily(ColumnType.Family family) {
        return family == ColumnType.Family.INTEGER || family == ColumnType.Family.DECIMAL
                || family == ColumnType.Family.FLOAT || family == ColumnType.Family.BIT;
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String numeric(String text, ColumnType type, ColumnType.Family family) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
        return switch (family) {
            case INTEGER -> value.setScale(0, RoundingMode.HALF_UP).toPlainString();
            case DECIMAL -> value.setScale(type.scale() == null ? 0 : type.scale(), RoundingMode.HALF_UP)
                    .toPlainString();
            case FLOAT -> value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
            case BIT -> "b'" + value.toBigInteger().toString(2) + "'";
            default -> text;
        };
    }

    private static String radix(String digits, int radix, ColumnType type, ColumnType.Family family) {
        BigInteger value = digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, radix);
        if (family == ColumnType.Family.BIT) {
            return "b'" + value.toString(2) + "'";
        }
        if (isNumericFamily(family)) {
            return numeric(value.toString(), type, family);
        }
        return (radix == 16 ? "0x" : "0b") + digits.toLowerCase(Locale.ROOT);
    }

    /** DATETIME/TIMESTAMP literals are stored with a time part and the column's fractional digits. */
    private static String temporal(String text, ColumnType type) {
        if (!type.dataType().equals("datetime") && !type.dataType().equals("timestamp")) {
            return text;
        }
        String value = text.matches("\\d{4}-\\d{2}-\\d{2}") ? text + " 00:00:00" : text;
        int fsp = type.precision() == null ? 0 : type.precision();
        if (fsp > 0 && value.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")) {
            value = value + "." + "0".repeat(fsp);
        }
        return value;
    }
}
