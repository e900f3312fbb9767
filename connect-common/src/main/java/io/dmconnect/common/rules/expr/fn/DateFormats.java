package io.dmconnect.common.rules.expr.fn;

import io.dmconnect.common.rules.expr.ExpressionException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The {@code %} specifiers of DATE_FORMAT and STR_TO_DATE: {@code %a %b %c %D %d %e %f %H %h %I %i %j %k %l %M %m
 * %p %r %S %s %T %W %w %Y %y %%}. The week specifiers ({@code %U %u %V %v %X %x}) are not supported; any other
 * {@code %x} stands for the character x, as in MySQL.
 */
public final class DateFormats {
    private static final String UNSUPPORTED = "UuVvXx";

    private DateFormats() {
    }

    /** The first week specifier in a format, or null; a literal format is checked when the rule is configured. */
    public static String unsupportedSpecifier(String format) {
        for (int i = 0; i + 1 < format.length(); i++) {
            if (format.charAt(i) == '%') {
                char c = format.charAt(++i);
                if (UNSUPPORTED.indexOf(c) >= 0) {
                    return "%" + c;
                }
            }
        }
        return null;
    }

    public static String format(LocalDateTime t, String format) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char spec = format.charAt(++i);
            if (UNSUPPORTED.indexOf(spec) >= 0) {
                throw ExpressionException.unsupported("DATE_FORMAT specifier %" + spec + " (week numbers)");
            }
            out.append(field(t, spec));
        }
        return out.toString();
    }

    private static String field(LocalDateTime t, char spec) {
        int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return switch (spec) {
            case 'a' -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'b' -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'c' -> Integer.toString(t.getMonthValue());
            case 'D' -> t.getDayOfMonth() + suffix(t.getDayOfMonth());
            case 'd' -> two(t.getDayOfMonth());
            case 'e' -> Integer.toString(t.getDayOfMonth());
            case 'f' -> String.format("%06d", t.getNano() / 1000);
            case 'H' -> two(t.getHour());
            case 'h', 'I' -> two(hour12);
            case 'i' -> two(t.getMinute());
            case 'j' -> String.format("%03d", t.getDayOfYear());
            case 'k' -> Integer.toString(t.getHour());
            case 'l' -> Integer.toString(hour12);
            case 'M' -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'm' -> two(t.getMonthValue());
            case 'p' -> t.getHour() < 12 ? "AM" : "PM";
            case 'r' -> two(hour12) + ":" + two(t.getMinute()) + ":" + two(t.getSecond()) + (t.getHour() < 12 ? " AM" : " PM");
            case 'S', 's' -> two(t.getSecond());
            case 'T' -> two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond());
            case 'W' -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'w' -> Integer.toString(t.getDayOfWeek().getValue() % 7);
            case 'Y' -> String.format("%04d", t.getYear());
            case 'y' -> two(t.getYear() % 100);
            default -> String.valueOf(spec);
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String suffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /**
     * STR_TO_DATE: a DATE when the format has only date parts, a TIME when only time parts, else a DATETIME; null
     * when the string does not match or is not a valid date. Characters after the matched part are ignored (MySQL
     * warns about them).
     */
    public static Object parse(String input, String format) {
        Parsed p = new Parsed();
        int pos = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                if (Character.isWhitespace(c)) {
                    while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
                        pos++;
                    }
                    continue;
                }
                if (pos >= input.length() || input.charAt(pos) != c) {
                    return null;
                }
                pos++;
                continue;
            }
            char spec = format.charAt(++i);
            if (UNSUPPORTED.indexOf(spec) >= 0) {
                throw ExpressionException.unsupported("STR_TO_DATE specifier %" + spec + " (week numbers)");
            }
            while (pos < input.length() && Character.isWhitespace(input.charAt(pos)) && spec != '%') {
                pos++; // MySQL skips spaces before a field: '%M %d,%Y' reads 'May 1, 2013'
            }
            pos = p.read(input, pos, spec);
            if (pos < 0) {
                return null;
            }
        }
        return p.result();
    }

    /** The fields STR_TO_DATE has read so far. */
    private static final class Parsed {
        int year = -1;
        int month = -1;
        int day = -1;
        int dayOfYear = -1;
        int hour = -1;
        int minute = -1;
        int second = -1;
        int micros = -1;
        Boolean pm;

        int read(String s, int pos, char spec) {
            switch (spec) {
                case 'Y': return number(s, pos, 4, v -> year = v);
                case 'y': return number(s, pos, 2, v -> year = v < 70 ? 2000 + v : 1900 + v);
                case 'm': case 'c': return number(s, pos, 2, v -> month = v);
                case 'd': case 'e': return number(s, pos, 2, v -> day = v);
                case 'D': {
                    int end = number(s, pos, 2, v -> day = v);
                    return end < 0 ? end : Math.min(s.length(), end + 2);
                }
                case 'j': return number(s, pos, 3, v -> dayOfYear = v);
                case 'H': case 'k': case 'h': case 'I': case 'l': return number(s, pos, 2, v -> hour = v);
                case 'i': return number(s, pos, 2, v -> minute = v);
                case 'S': case 's': return number(s, pos, 2, v -> second = v);
                case 'f': {
                    int end = digitsEnd(s, pos, 6);
                    if (end == pos) {
                        return -1;
                    }
                    micros = Integer.parseInt((s.substring(pos, end) + "000000").substring(0, 6));
                    return end;
                }
                case 'p': return ampm(s, pos);
                case 'M': return name(s, pos, true, true);
                case 'b': return name(s, pos, true, false);
                case 'W': return name(s, pos, false, true);
                case 'a': return name(s, pos, false, false);
                case 'T': return readAll(s, pos, "%H:%i:%S");
                case 'r': return readAll(s, pos, "%h:%i:%S %p");
                default: return pos < s.length() && s.charAt(pos) == spec ? pos + 1 : -1;
            }
        }

        private int readAll(String s, int pos, String format) {
            for (int i = 0; i < format.length() && pos >= 0; i++) {
                char c = format.charAt(i);
                if (c == '%') {
                    pos = read(s, pos, format.charAt(++i));
                } else if (c == ' ') {
                    while (pos < s.length() && s.charAt(pos) == ' ') {
                        pos++;
                    }
                } else {
                    pos = pos < s.length() && s.charAt(pos) == c ? pos + 1 : -1;
                }
            }
            return pos;
        }

        private static int digitsEnd(String s, int pos, int max) {
            int end = pos;
            while (end < s.length() && end - pos < max && Character.isDigit(s.charAt(end))) {
                end++;
            }
            return end;
        }

        private static int number(String s, int pos, int max, java.util.function.IntConsumer sink) {
            int end = digitsEnd(s, pos, max);
            if (end == pos) {
                return -1;
            }
            sink.accept(Integer.parseInt(s.substring(pos, end)));
            return end;
        }

        private int ampm(String s, int pos) {
            if (s.length() < pos + 2) {
                return -1;
            }
            String word = s.substring(pos, pos + 2).toUpperCase(Locale.ROOT);
            if (!word.equals("AM") && !word.equals("PM")) {
                return -1;
            }
            pm = word.equals("PM");
            return pos + 2;
        }

        private int name(String s, int pos, boolean monthName, boolean full) {
            String rest = s.substring(pos).toLowerCase(Locale.ROOT);
            int count = monthName ? 12 : 7;
            for (int i = 1; i <= count; i++) {
                String n = (monthName ? java.time.Month.of(i).getDisplayName(full ? TextStyle.FULL : TextStyle.SHORT, Locale.ENGLISH)
                        : java.time.DayOfWeek.of(i).getDisplayName(full ? TextStyle.FULL : TextStyle.SHORT, Locale.ENGLISH))
                        .toLowerCase(Locale.ROOT);
                if (rest.startsWith(n)) {
                    if (monthName) {
                        month = i;
                    }
                    return pos + n.length();
                }
            }
            return -1;
        }

        Object result() {
            boolean hasDate = year >= 0 || month >= 0 || day >= 0 || dayOfYear >= 0;
            boolean hasTime = hour >= 0 || minute >= 0 || second >= 0 || micros >= 0;
            int h = Math.max(hour, 0);
            if (pm != null) {
                if (h < 1 || h > 12) {
                    return null;
                }
                h = h % 12 + (pm ? 12 : 0);
            }
            if (h > 23 && hasDate || Math.max(minute, 0) > 59 || Math.max(second, 0) > 59) {
                return null;
            }
            Duration time = Duration.ofHours(h).plusMinutes(Math.max(minute, 0)).plusSeconds(Math.max(second, 0))
                    .plusNanos(Math.max(micros, 0) * 1000L);
            if (!hasDate) {
                return hasTime ? time : null;
            }
            if (year < 0 || dayOfYear < 0 && (month < 0 || day < 0)) {
                return null; // a missing date part is a zero part, which MySQL's default SQL mode rejects
            }
            try {
                LocalDate date = dayOfYear >= 0 && month < 0 && day < 0
                        ? LocalDate.ofYearDay(Math.max(year, 0), dayOfYear)
                        : LocalDate.of(year, month, day);
                return hasTime ? date.atStartOfDay().plus(time) : date;
            } catch (DateTimeException e) {
                return null;
            }
        }
    }
}
