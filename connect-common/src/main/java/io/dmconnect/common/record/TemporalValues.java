package io.dmconnect.common.record;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The lossless encodings of MySQL temporal values, for the source (encode) and the sink (decode back to the exact
 * MySQL literal).
 *
 * <p>Valid dates use Debezium's encodings unchanged: days since the epoch (io.debezium.time.Date), wall-clock
 * microseconds since the epoch (io.debezium.time.MicroTimestamp), signed microseconds (io.debezium.time.MicroTime).
 * MySQL also stores dates no calendar has: the zero date {@code 0000-00-00}, zero-in dates such as
 * {@code 2020-00-15} and, with ALLOW_INVALID_DATES, {@code 2020-02-31}. Debezium turns them into null; here they
 * become <em>sentinels</em>: {@code base + ((year * 13 + month) * 32 + day)} days (DATE, base
 * {@value #DATE_SENTINEL_BASE}) or {@code base + that * 86_400_000_000 + time-of-day micros} (DATETIME, base
 * {@value #DATETIME_SENTINEL_BASE}). Both ranges lie millions of years before year 0, where no valid MySQL value
 * can be, so decoding is unambiguous.
 */
public final class TemporalValues {
    /** Days value of {@code 0000-00-00}; every DATE sentinel is in [base, base + 4,160,000). */
    public static final int DATE_SENTINEL_BASE = -2_000_000_000;
    /** Microseconds value of {@code 0000-00-00 00:00:00}; every DATETIME sentinel is in [base, base + 3.6e17). */
    public static final long DATETIME_SENTINEL_BASE = -5_000_000_000_000_000_000L;
    /** The zero TIMESTAMP ({@code 0000-00-00 00:00:00}) as an io.debezium.time.ZonedTimestamp value. */
    public static final String ZERO_TIMESTAMP = "0000-00-00T00:00:00Z";

    private static final int DATE_SENTINEL_LIMIT = -1_000_000_000;
    private static final long DATETIME_SENTINEL_LIMIT = -1_000_000_000_000_000_000L;
    private static final long MICROS_PER_DAY = 86_400_000_000L;
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private TemporalValues() {
    }

    // ------------------------------------------------------------------ encode (source)

    /** io.debezium.time.Date value of a MySQL DATE, a sentinel when it is not a calendar date. */
    public static int epochDay(int year, int month, int day) {
        if (isCalendarDate(year, month, day)) {
            return (int) LocalDate.of(year, month, day).toEpochDay();
        }
        return DATE_SENTINEL_BASE + packDate(year, month, day);
    }

    /** io.debezium.time.MicroTimestamp value of a MySQL DATETIME, a sentinel when its date is not a calendar date. */
    public static long epochMicros(int year, int month, int day, int hour, int minute, int second, int micros) {
        long timeOfDay = ((hour * 60L + minute) * 60 + second) * MICROS_PER_SECOND + micros;
        if (isCalendarDate(year, month, day)) {
            return LocalDate.of(year, month, day).toEpochDay() * MICROS_PER_DAY + timeOfDay;
        }
        return DATETIME_SENTINEL_BASE + packDate(year, month, day) * MICROS_PER_DAY + timeOfDay;
    }

    /** io.debezium.time.MicroTime value of a MySQL TIME. */
    public static long timeMicros(boolean negative, int hours, int minutes, int seconds, int micros) {
        long magnitude = ((hours * 60L + minutes) * 60 + seconds) * MICROS_PER_SECOND + micros;
        return negative ? -magnitude : magnitude;
    }

    /**
     * io.debezium.time.ZonedTimestamp value of a MySQL TIMESTAMP stored as {@code epochSecond.micros} UTC, with
     * exactly {@code fsp} fraction digits, in {@code zone}'s offset ({@code Z} for UTC). MySQL cannot store the
     * instant 1970-01-01T00:00:00Z, so 0.0 is the zero TIMESTAMP, {@link #ZERO_TIMESTAMP}.
     */
    public static String zonedTimestamp(long epochSecond, int micros, int fsp, ZoneId zone) {
        if (epochSecond == 0 && micros == 0) {
            return ZERO_TIMESTAMP;
        }
        OffsetDateTime time = Instant.ofEpochSecond(epochSecond, micros * 1000L).atZone(zone).toOffsetDateTime();
        String offset = time.getOffset().equals(ZoneOffset.UTC) ? "Z" : time.getOffset().getId();
        return ISO_SECONDS.format(time) + fraction(micros, fsp) + offset;
    }

    /** MySQL's DATE literal, zero parts included: {@code 2020-00-15}. */
    public static String dateLiteral(int year, int month, int day) {
        return appendDate(new StringBuilder(10), year, month, day).toString();
    }

    /** MySQL's DATETIME literal with exactly {@code fsp} fraction digits. */
    public static String dateTimeLiteral(int year, int month, int day, int hour, int minute, int second,
                                         int micros, int fsp) {
        StringBuilder sb = appendDate(new StringBuilder(26), year, month, day).append(' ');
        return appendFraction(appendClock(sb, hour, minute, second), micros, fsp).toString();
    }

    /** MySQL's TIME literal with exactly {@code fsp} fraction digits: {@code -838:59:59.000000}, {@code 01:02:03}. */
    public static String timeLiteral(boolean negative, int hours, int minutes, int seconds, int micros, int fsp) {
        StringBuilder sb = new StringBuilder(17);
        if (negative) {
            sb.append('-');
        }
        return appendFraction(appendClock(sb, hours, minutes, seconds), micros, fsp).toString();
    }

    // ------------------------------------------------------------------ decode (sink)

    /** True when an io.debezium.time.Date value is a sentinel (a zero or invalid date). */
    public static boolean isDateSentinel(int epochDay) {
        return epochDay < DATE_SENTINEL_LIMIT;
    }

    /** True when an io.debezium.time.MicroTimestamp value is a sentinel. */
    public static boolean isDateTimeSentinel(long epochMicros) {
        return epochMicros < DATETIME_SENTINEL_LIMIT;
    }

    /** The MySQL DATE literal of an io.debezium.time.Date value, sentinels included. */
    public static String dateLiteral(int epochDay) {
        if (isDateSentinel(epochDay)) {
            int packed = epochDay - DATE_SENTINEL_BASE;
            return dateLiteral(packed / 32 / 13, packed / 32 % 13, packed % 32);
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return dateLiteral(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The MySQL DATETIME literal (with {@code fsp} fraction digits) of an io.debezium.time.MicroTimestamp value. */
    public static String dateTimeLiteral(long epochMicros, int fsp) {
        if (isDateTimeSentinel(epochMicros)) {
            long offset = epochMicros - DATETIME_SENTINEL_BASE;
            int packed = (int) (offset / MICROS_PER_DAY);
            long timeOfDay = offset % MICROS_PER_DAY;
            StringBuilder sb = appendDate(new StringBuilder(26), packed / 32 / 13, packed / 32 % 13, packed % 32);
            appendClock(sb.append(' '), timeOfDay / MICROS_PER_SECOND);
            return appendFraction(sb, (int) (timeOfDay % MICROS_PER_SECOND), fsp).toString();
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(epochMicros, MICROS_PER_SECOND),
                (int) Math.floorMod(epochMicros, MICROS_PER_SECOND) * 1000, ZoneOffset.UTC);
        return dateTimeLiteral(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), t.getNano() / 1000, fsp);
    }

    /** The MySQL TIME literal (with {@code fsp} fraction digits) of an io.debezium.time.MicroTime value. */
    public static String timeLiteral(long micros, int fsp) {
        long magnitude = Math.abs(micros);
        StringBuilder sb = new StringBuilder(17);
        if (micros < 0) {
            sb.append('-');
        }
        appendClock(sb, magnitude / MICROS_PER_SECOND);
        return appendFraction(sb, (int) (magnitude % MICROS_PER_SECOND), fsp).toString();
    }

    /**
     * The MySQL TIMESTAMP literal of an io.debezium.time.ZonedTimestamp value, as wall-clock time in
     * {@code sessionZone} (the downstream session's time_zone); the zero TIMESTAMP gives {@code 0000-00-00 00:00:00}.
     */
    public static String timestampLiteral(String zonedTimestamp, ZoneId sessionZone, int fsp) {
        if (ZERO_TIMESTAMP.equals(zonedTimestamp)) {
            return "0000-00-00 00:00:00" + fraction(0, fsp);
        }
        try {
            LocalDateTime t = OffsetDateTime.parse(zonedTimestamp).atZoneSameInstant(sessionZone).toLocalDateTime();
            return dateTimeLiteral(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                    t.getSecond(), (int) (t.getNano() / 1000), fsp);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not an io.debezium.time.ZonedTimestamp value: " + zonedTimestamp, e);
        }
    }

    /** The instant of an io.debezium.time.ZonedTimestamp value; null for the zero TIMESTAMP. */
    public static Instant timestampInstant(String zonedTimestamp) {
        return ZERO_TIMESTAMP.equals(zonedTimestamp) ? null
                : OffsetDateTime.parse(zonedTimestamp).toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    // ------------------------------------------------------------------ helpers

    /** A real day of the proleptic Gregorian calendar in MySQL's year range 0..9999. */
    public static boolean isCalendarDate(int year, int month, int day) {
        return year >= 0 && year <= 9999 && month >= 1 && month <= 12 && day >= 1
                && day <= LocalDate.of(year, month, 1).lengthOfMonth();
    }

    private static int packDate(int year, int month, int day) {
        if (year < 0 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31) {
            throw new IllegalArgumentException("not a MySQL date: " + year + "-" + month + "-" + day);
        }
        return (year * 13 + month) * 32 + day;
    }

    /*
     * The literals are built with StringBuilder, not String.format: the sink decodes every temporal value of every
     * row through here, and a profile of the sink (docs/performance.md) found String.format (a Formatter, its
     * format-string parse and a DecimalFormatSymbols lookup per call) in a sixth of the sink task thread's samples,
     * for one DATETIME column. The output is what %0Nd printed, in ASCII digits whatever the JVM's locale.
     */

    private static StringBuilder appendDate(StringBuilder sb, int year, int month, int day) {
        appendPadded(sb, year, 4).append('-');
        appendPadded(sb, month, 2).append('-');
        return appendPadded(sb, day, 2);
    }

    /** {@code %02d:%02d:%02d} of hours, minutes, seconds. */
    private static StringBuilder appendClock(StringBuilder sb, long hours, long minutes, long seconds) {
        appendPadded(sb, hours, 2).append(':');
        appendPadded(sb, minutes, 2).append(':');
        return appendPadded(sb, seconds, 2);
    }

    private static StringBuilder appendClock(StringBuilder sb, long totalSeconds) {
        return appendClock(sb, totalSeconds / 3600, totalSeconds / 60 % 60, totalSeconds % 60);
    }

    /**
     * {@code value} as {@code String.format("%0<width>d", value)} prints it: at least {@code width} characters, the
     * sign included, zeros after the sign ({@code -5} at width 4 is {@code -005}).
     */
    static StringBuilder appendPadded(StringBuilder sb, long value, int width) {
        String digits = Long.toString(value);
        int start = 0;
        if (value < 0) {
            sb.append('-');
            start = 1;
        }
        for (int n = digits.length(); n < width; n++) {
            sb.append('0');
        }
        return sb.append(digits, start, digits.length());
    }

    /**
     * "." and {@code fsp} fraction digits (nothing for fsp 0), but never fewer digits than the value needs: a wrong
     * or unknown fsp must not drop a nonzero digit.
     */
    private static StringBuilder appendFraction(StringBuilder sb, int micros, int fsp) {
        String six = appendPadded(new StringBuilder(7), micros, 6).toString();
        int needed = 6;
        while (needed > 0 && six.charAt(needed - 1) == '0') {
            needed--;
        }
        int digits = Math.min(6, Math.max(fsp, needed));
        return digits == 0 ? sb : sb.append('.').append(six, 0, digits);
    }

    private static String fraction(int micros, int fsp) {
        return appendFraction(new StringBuilder(7), micros, fsp).toString();
    }
}
