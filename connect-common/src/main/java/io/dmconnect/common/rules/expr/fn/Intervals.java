package io.dmconnect.common.rules.expr.fn;

import io.dmconnect.common.rules.expr.ast.IntervalUnit;
import io.dmconnect.common.rules.expr.value.Numbers;
import io.dmconnect.common.rules.expr.value.Temporals;
import io.dmconnect.common.rules.expr.value.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DATE_ADD / DATE_SUB arithmetic. An interval is a signed number of months plus a signed number of microseconds;
 * months are added first and clamp the day to the month's end ({@code '2021-01-31' + INTERVAL 1 MONTH} is
 * 2021-02-28). A DATE stays a DATE for day-or-larger units, a string argument gives a string result, a TIME a TIME;
 * a result outside years 1-9999 is NULL.
 */
public final class Intervals {
    private static final Pattern GROUP = Pattern.compile("\\d+");

    private Intervals() {
    }

    /** A parsed interval amount. */
    public record Amount(long months, long micros) {
        Amount negate() {
            return new Amount(-months, -micros);
        }
    }

    /** The amount of {@code INTERVAL value unit}; null when the value is NULL or does not fit the unit. */
    public static Amount amount(Object value, IntervalUnit unit) {
        if (value == null) {
            return null;
        }
        if (!unit.isComposite()) {
            try {
                return simpleAmount(value, unit.fields().get(0));
            } catch (ArithmeticException e) {
                return null; // an interval beyond any date: the result is NULL anyway
            }
        }
        String text = Texts.toText(value).trim();
        boolean negative = text.startsWith("-");
        List<String> groups = new ArrayList<>();
        Matcher m = GROUP.matcher(text);
        while (m.find()) {
            groups.add(m.group());
        }
        List<IntervalUnit.Field> fields = unit.fields();
        if (groups.isEmpty() || groups.size() > fields.size()) {
            return null;
        }
        long months = 0;
        long micros = 0;
        int offset = fields.size() - groups.size(); // numbers fill the unit's fields from the right
        for (int i = 0; i < groups.size(); i++) {
            IntervalUnit.Field field = fields.get(offset + i);
            String digits = groups.get(i);
            long n = field == IntervalUnit.Field.MICROSECOND && digits.length() <= 6
                    ? Long.parseLong((digits + "000000").substring(0, 6)) : Long.parseLong(digits);
            months += n * field.months();
            micros += n * field.micros();
        }
        Amount amount = new Amount(months, micros);
        return negative ? amount.negate() : amount;
    }

    private static Amount simpleAmount(Object value, IntervalUnit.Field field) {
        if (field == IntervalUnit.Field.SECOND) {
            BigDecimal seconds = Numbers.toDecimal(value);
            return new Amount(0, seconds.movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
        long n = value instanceof String s ? Numbers.parseDecimal(s).setScale(0, RoundingMode.HALF_UP).longValueExact()
                : Numbers.toLong(value);
        return new Amount(Math.multiplyExact(n, field.months()), Math.multiplyExact(n, field.micros()));
    }

    /** {@code DATE_ADD(temporal, interval)}; subtract by passing a negated amount. */
    public static Object add(Object temporal, Amount amount, IntervalUnit unit, boolean subtract) {
        if (temporal == null || amount == null) {
            return null;
        }
        Amount a = subtract ? amount.negate() : amount;
        if (temporal instanceof Duration time) {
            if (a.months != 0) {
                return null;
            }
            return time.plus(a.micros, ChronoUnit.MICROS);
        }
        boolean text = temporal instanceof String || temporal instanceof byte[];
        Object value = Temporals.toTemporal(temporal);
        if (value == null) {
            return null;
        }
        Object result;
        if (value instanceof LocalDate d && unit.isDateOnly()) {
            result = d.plusMonths(a.months).plusDays(a.micros / IntervalUnit.Field.DAY.micros());
        } else {
            LocalDateTime t = Temporals.toDateTime(value);
            result = t.plusMonths(a.months).plus(a.micros, ChronoUnit.MICROS);
        }
        int year = result instanceof LocalDate d ? d.getYear() : ((LocalDateTime) result).getYear();
        if (year < 1 || year > 9999) {
            return null;
        }
        return text ? Texts.toText(result) : result;
    }
}
