package io.dmconnect.common.rules.expr.fn;

import static io.dmconnect.common.rules.expr.fn.FunctionDef.of;
import static io.dmconnect.common.rules.expr.fn.FunctionDef.special;
import static io.dmconnect.common.rules.expr.fn.Fn.strict;

import io.dmconnect.common.rules.expr.ExpressionException;
import io.dmconnect.common.rules.expr.value.Numbers;
import io.dmconnect.common.rules.expr.value.Session;
import io.dmconnect.common.rules.expr.value.Temporals;
import io.dmconnect.common.rules.expr.value.Texts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * MySQL's date and time functions. Arguments convert as MySQL converts them (strings and numbers are parsed; an
 * invalid date gives NULL). NOW() and its relatives read the evaluation's clock in the session time zone: they are
 * not deterministic, so a rule that uses them can decide differently when the same change is replayed.
 */
final class DateTimeFunctions {
    /** FROM_UNIXTIME's upper bound (3001-01-18 23:59:59 UTC in MySQL 8). */
    private static final long MAX_UNIX_TIME = 32_536_771_199L;

    private DateTimeFunctions() {
    }

    static List<FunctionDef> defs() {
        Fn now = (a, s) -> truncate(s.now(), a.length == 0 ? 0 : Numbers.toLong(a[0]));
        Fn curdate = (a, s) -> s.now().toLocalDate();
        Fn curtime = (a, s) -> Temporals.ofTimeOfDay(truncate(s.now(), a.length == 0 ? 0 : Numbers.toLong(a[0])).toLocalTime());
        Fn day = datePart(LocalDate::getDayOfMonth);
        return List.of(
                of("NOW", 0, 1, now),
                of("CURRENT_TIMESTAMP", 0, 1, now),
                of("LOCALTIME", 0, 1, now),
                of("LOCALTIMESTAMP", 0, 1, now),
                of("SYSDATE", 0, 1, now),
                of("CURDATE", 0, 0, curdate),
                of("CURRENT_DATE", 0, 0, curdate),
                of("CURTIME", 0, 1, curtime),
                of("CURRENT_TIME", 0, 1, curtime),
                of("DATE", 1, 1, strict((a, s) -> Temporals.toDate(a[0]))),
                of("TIME", 1, 1, strict((a, s) -> Temporals.toTime(a[0]))),
                of("YEAR", 1, 1, datePart(LocalDate::getYear)),
                of("MONTH", 1, 1, datePart(LocalDate::getMonthValue)),
                of("DAY", 1, 1, day),
                of("DAYOFMONTH", 1, 1, day),
                of("DAYOFWEEK", 1, 1, datePart(d -> d.getDayOfWeek().getValue() % 7 + 1)),
                of("WEEKDAY", 1, 1, datePart(d -> d.getDayOfWeek().getValue() - 1)),
                of("DAYOFYEAR", 1, 1, datePart(LocalDate::getDayOfYear)),
                of("QUARTER", 1, 1, datePart(d -> (d.getMonthValue() + 2) / 3)),
                of("HOUR", 1, 1, timePart(t -> t.toHours())),
                of("MINUTE", 1, 1, timePart(t -> (long) t.toMinutesPart())),
                of("SECOND", 1, 1, timePart(t -> (long) t.toSecondsPart())),
                of("MICROSECOND", 1, 1, timePart(t -> (long) t.toNanosPart() / 1000)),
                of("DATE_FORMAT", 2, 2, strict((a, s) -> {
                    LocalDateTime t = Temporals.toDateTime(a[0]);
                    return t == null ? null : DateFormats.format(t, Texts.toText(a[1]));
                })),
                of("STR_TO_DATE", 2, 2, strict((a, s) -> DateFormats.parse(Texts.toText(a[0]), Texts.toText(a[1])))),
                of("UNIX_TIMESTAMP", 0, 1, DateTimeFunctions::unixTimestamp),
                of("FROM_UNIXTIME", 1, 2, strict(DateTimeFunctions::fromUnixTime)),
                of("DATEDIFF", 2, 2, strict((a, s) -> {
                    LocalDate x = Temporals.toDate(a[0]);
                    LocalDate y = Temporals.toDate(a[1]);
                    return x == null || y == null ? null : ChronoUnit.DAYS.between(y, x);
                })),
                of("TIMESTAMPDIFF", 3, 3, strict((a, s) -> timestampDiff(Texts.toText(a[0]), a[1], a[2]))),
                of("EXTRACT", 2, 2, strict((a, s) -> extract(Texts.toText(a[0]), a[1]))),
                special("DATE_ADD", 2, 2),
                special("DATE_SUB", 2, 2),
                special("ADDDATE", 2, 2),
                special("SUBDATE", 2, 2));
    }

    private static LocalDateTime truncate(LocalDateTime t, long fsp) {
        if (fsp < 0 || fsp > 6) {
            throw ExpressionException.evaluation("Too-big precision " + fsp + " specified; the maximum is 6");
        }
        long unit = (long) Math.pow(10, 9 - fsp);
        return t.withNano((int) (t.getNano() / unit * unit));
    }

    private static Fn datePart(Function<LocalDate, Integer> part) {
        return strict((a, s) -> {
            LocalDate d = Temporals.toDate(a[0]);
            return d == null ? null : (long) part.apply(d);
        });
    }

    private static Fn timePart(Function<Duration, Long> part) {
        return strict((a, s) -> {
            Duration t = Temporals.toTime(a[0]);
            return t == null ? null : part.apply(t.abs());
        });
    }

    private static Object unixTimestamp(Object[] a, Session s) {
        if (a.length == 0) {
            return s.now().atZone(s.zone()).toEpochSecond();
        }
        LocalDateTime t = Temporals.toDateTime(a[0]);
        if (t == null) {
            return null;
        }
        Instant instant = t.atZone(s.zone()).toInstant();
        if (instant.getEpochSecond() < 0) {
            return 0L; // MySQL: before the epoch is 0
        }
        return instant.getNano() == 0 ? (Object) instant.getEpochSecond()
                : BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano() / 1000, 6));
    }

    private static Object fromUnixTime(Object[] a, Session s) {
        BigDecimal seconds = Numbers.toDecimal(a[0]);
        if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(MAX_UNIX_TIME)) > 0) {
            return null;
        }
        long whole = seconds.longValue();
        long micros = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(6).longValue();
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochSecond(whole, micros * 1000), s.zone());
        return a.length > 1 ? DateFormats.format(t, Texts.toText(a[1])) : t;
    }

    /** TIMESTAMPDIFF: whole units from x to y; months count only when the day and time of y have reached x's. */
    static Long timestampDiff(String unit, Object x, Object y) {
        LocalDateTime from = Temporals.toDateTime(x);
        LocalDateTime to = Temporals.toDateTime(y);
        if (from == null || to == null) {
            return null;
        }
        String u = unit.toUpperCase(Locale.ROOT);
        if (u.equals("MONTH") || u.equals("QUARTER") || u.equals("YEAR")) {
            long months = (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue();
            int dayTime = compareDayAndTime(to, from); // no clamping: Jan 31 to Feb 28 is 0 months, as in MySQL
            if (months > 0 && dayTime < 0) {
                months--;
            } else if (months < 0 && dayTime > 0) {
                months++;
            }
            return switch (u) {
                case "QUARTER" -> months / 3;
                case "YEAR" -> months / 12;
                default -> months;
            };
        }
        long micros = ChronoUnit.MICROS.between(from, to);
        return switch (u) {
            case "MICROSECOND" -> micros;
            case "SECOND" -> micros / 1_000_000L;
            case "MINUTE" -> micros / 60_000_000L;
            case "HOUR" -> micros / 3_600_000_000L;
            case "DAY" -> micros / 86_400_000_000L;
            case "WEEK" -> micros / (7 * 86_400_000_000L);
            default -> throw ExpressionException.unsupported("TIMESTAMPDIFF unit " + unit);
        };
    }

    private static int compareDayAndTime(LocalDateTime a, LocalDateTime b) {
        int c = Integer.compare(a.getDayOfMonth(), b.getDayOfMonth());
        return c != 0 ? c : a.toLocalTime().compareTo(b.toLocalTime());
    }

    private static Long extract(String unit, Object v) {
        String u = unit.toUpperCase(Locale.ROOT);
        if (u.equals("HOUR") || u.equals("MINUTE") || u.equals("SECOND") || u.equals("MICROSECOND")) {
            Duration t = Temporals.toTime(v);
            if (t == null) {
                return null;
            }
            Duration abs = t.abs();
            long part = switch (u) {
                case "HOUR" -> abs.toHours();
                case "MINUTE" -> abs.toMinutesPart();
                case "SECOND" -> abs.toSecondsPart();
                default -> abs.toNanosPart() / 1000;
            };
            return t.isNegative() ? -part : part;
        }
        LocalDate d = Temporals.toDate(v);
        if (d == null) {
            return null;
        }
        return switch (u) {
            case "YEAR" -> (long) d.getYear();
            case "QUARTER" -> (long) (d.getMonthValue() + 2) / 3;
            case "MONTH" -> (long) d.getMonthValue();
            case "DAY" -> (long) d.getDayOfMonth();
            case "YEAR_MONTH" -> d.getYear() * 100L + d.getMonthValue();
            default -> throw ExpressionException.unsupported("EXTRACT unit " + unit);
        };
    }
}
