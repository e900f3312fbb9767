package io.dmconnect.common.rules.expr.value;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL's conversions to dates and times. Strings are read the relaxed MySQL way: any punctuation between the parts
 * ({@code 2021/6/1 10.30}), {@code T} or spaces before the time, digits only ({@code 20210601}, {@code 210601103000}),
 * two-digit years (00-69 are 20xx, 70-99 are 19xx). What is not a valid date (zero dates, 2021-02-30) converts to
 * null, which MySQL does with a warning.
 */
public final class Temporals {
    private static final Pattern DELIMITED = Pattern.compile("^\\s*(\\d{1,4})\\p{Punct}(\\d{1,2})\\p{Punct}(\\d{1,2})"
            + "(?:(?:\\s+|T)(\\d{1,2})\\p{Punct}(\\d{1,2})(?:\\p{Punct}(\\d{1,2})(?:\\.(\\d*))?)?)?\\s*$");
    private static final Pattern DIGITS = Pattern.compile("^\\s*(\\d{14}|\\d{12}|\\d{8}|\\d{6})(?:\\.(\\d*))?\\s*$");
    private static final Pattern TIME_WITH_DAYS = Pattern.compile(
            "^\\s*(-)?(\\d+)\\s+(\\d{1,2})(?::(\\d{1,2})(?::(\\d{1,2}))?)?(?:\\.(\\d*))?\\s*$");
    private static final Pattern TIME_COLONS = Pattern.compile("^\\s*(-)?(\\d+):(\\d{1,2})(?::(\\d{1,2}))?(?:\\.(\\d*))?\\s*$");
    private static final Pattern OFFSET = Pattern.compile("^(.*\\d:\\d{1,2}(?:\\.\\d*)?)\\s*([+-])(\\d{1,2}):(\\d{2})\\s*$");
    private static final Pattern TIME_DIGITS = Pattern.compile("^\\s*(-)?(\\d+)(?:\\.(\\d*))?\\s*$");
    /** MySQL's TIME range is ±838:59:59. */
    private static final Duration TIME_MAX = Duration.ofHours(838).plusMinutes(59).plusSeconds(59);

    private Temporals() {
    }

    /** A string as a LocalDate (no time part) or LocalDateTime, or null when it is not a valid date. */
    public static Object parseDateOrDateTime(String s) {
        Matcher m = DELIMITED.matcher(s);
        if (m.matches()) {
            return build(year(m.group(1)), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
        }
        m = DIGITS.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String d = m.group(1);
        boolean longYear = d.length() == 8 || d.length() == 14;
        int y = longYear ? 4 : 2;
        int year = longYear ? Integer.parseInt(d.substring(0, 4)) : year(d.substring(0, 2));
        boolean time = d.length() > 8;
        return build(year, d.substring(y, y + 2), d.substring(y + 2, y + 4), time ? d.substring(y + 4, y + 6) : null,
                time ? d.substring(y + 6, y + 8) : null, time ? d.substring(y + 8, y + 10) : null, time ? m.group(2) : null);
    }

    /**
     * As {@link #parseDateOrDateTime(String)}, also accepting a time-zone offset after the time
     * ({@code '2021-01-01 12:34:56+08:00'}, MySQL 8.0.19+), converted to the session zone.
     */
    public static Object parseDateOrDateTime(String s, ZoneId zone) {
        Matcher m = OFFSET.matcher(s);
        if (zone == null || !m.matches()) {
            return parseDateOrDateTime(s);
        }
        Object local = parseDateOrDateTime(m.group(1));
        if (!(local instanceof LocalDateTime t)) {
            return null;
        }
        int hours = Integer.parseInt(m.group(3));
        int minutes = Integer.parseInt(m.group(4));
        if (hours > 14 || minutes > 59) {
            return null;
        }
        int seconds = (hours * 3600 + minutes * 60) * (m.group(2).equals("-") ? -1 : 1);
        return t.atOffset(ZoneOffset.ofTotalSeconds(seconds)).atZoneSameInstant(zone).toLocalDateTime();
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() <= 2) {
            return y < 70 ? 2000 + y : 1900 + y;
        }
        return y;
    }

    private static Object build(int year, String month, String day, String hour, String minute, String second, String frac) {
        try {
            LocalDate date = LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
            if (hour == null) {
                return date;
            }
            return date.atTime(Integer.parseInt(hour), Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second),
                    nanos(frac));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Fractional-second digits as nanoseconds, to microsecond precision like MySQL. */
    private static int nanos(String frac) {
        if (frac == null || frac.isEmpty()) {
            return 0;
        }
        String micros = (frac + "000000").substring(0, 6);
        return Integer.parseInt(micros) * 1000;
    }

    /** A string as a TIME: {@code [-][D ]hh:mm[:ss][.f]}, digits right-aligned as {@code hhmmss}, or a datetime's time. */
    public static Duration parseTime(String s) {
        Matcher m = TIME_WITH_DAYS.matcher(s);
        if (m.matches()) {
            long hours = Long.parseLong(m.group(2)) * 24 + Long.parseLong(m.group(3));
            return time(m.group(1) != null, hours, m.group(4), m.group(5), m.group(6));
        }
        m = TIME_COLONS.matcher(s);
        if (m.matches()) {
            return time(m.group(1) != null, Long.parseLong(m.group(2)), m.group(3), m.group(4), m.group(5));
        }
        m = TIME_DIGITS.matcher(s);
        if (m.matches()) {
            String digits = m.group(2);
            if (digits.length() > 7) {
                Object dt = parseDateOrDateTime(s);
                return dt instanceof LocalDateTime t ? ofTimeOfDay(t.toLocalTime()) : null;
            }
            long value = Long.parseLong(digits);
            return time(m.group(1) != null, value / 10000, String.valueOf(value / 100 % 100), String.valueOf(value % 100), m.group(3));
        }
        Object dt = parseDateOrDateTime(s);
        return dt instanceof LocalDateTime t ? ofTimeOfDay(t.toLocalTime()) : null;
    }

    private static Duration time(boolean negative, long hours, String minutes, String seconds, String frac) {
        long mm = minutes == null ? 0 : Long.parseLong(minutes);
        long ss = seconds == null ? 0 : Long.parseLong(seconds);
        if (mm > 59 || ss > 59) {
            return null;
        }
        Duration d = Duration.ofHours(hours).plusMinutes(mm).plusSeconds(ss).plusNanos(nanos(frac));
        if (d.compareTo(TIME_MAX) > 0) {
            return null;
        }
        return negative ? d.negated() : d;
    }

    public static Duration ofTimeOfDay(LocalTime t) {
        return Duration.ofNanos(t.toNanoOfDay());
    }

    /** A value as a DATETIME (a DATE at midnight), or null when it is not one. */
    public static LocalDateTime toDateTime(Object v) {
        return toDateTime(v, null);
    }

    /** As {@link #toDateTime(Object)}; a string with a time-zone offset is converted to {@code zone}. */
    public static LocalDateTime toDateTime(Object v, ZoneId zone) {
        Object t = v instanceof String s ? parseDateOrDateTime(s, zone) : toTemporal(v);
        if (t instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        return t instanceof LocalDateTime dt ? dt : null;
    }

    /** A value as a DATE (the date part of a DATETIME), or null. */
    public static LocalDate toDate(Object v) {
        Object t = toTemporal(v);
        if (t instanceof LocalDateTime dt) {
            return dt.toLocalDate();
        }
        return t instanceof LocalDate d ? d : null;
    }

    /** A value as a TIME (a DATETIME's time of day), or null. */
    public static Duration toTime(Object v) {
        if (v == null || v instanceof Duration) {
            return (Duration) v;
        }
        if (v instanceof LocalDateTime t) {
            return ofTimeOfDay(t.toLocalTime());
        }
        if (v instanceof LocalDate) {
            return Duration.ZERO;
        }
        String text = v instanceof String s ? s : Texts.toText(Numbers.toNumber(v));
        return parseTime(text);
    }

    /** A value as LocalDate or LocalDateTime; strings and numbers ({@code 20210601}) are parsed; otherwise null. */
    public static Object toTemporal(Object v) {
        if (v == null || v instanceof LocalDate || v instanceof LocalDateTime) {
            return v;
        }
        if (v instanceof String s) {
            return parseDateOrDateTime(s);
        }
        if (v instanceof byte[] b) {
            return parseDateOrDateTime(new String(b, StandardCharsets.UTF_8));
        }
        if (v instanceof JsonValue j) {
            return j.node().isTextual() ? parseDateOrDateTime(j.node().textValue()) : null;
        }
        if (v instanceof Duration) {
            return null;
        }
        Number n = Numbers.toNumber(v);
        if (n instanceof Double d) {
            n = new BigDecimal(Double.toString(d));
        }
        String text = n instanceof BigDecimal d ? d.toPlainString() : n.toString();
        return text.startsWith("-") ? null : parseDateOrDateTime(text);
    }
}
