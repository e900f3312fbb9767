package io.dmconnect.source.mysql.convert;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@link RawTemporal} values to and from the text the server prints for {@code CAST(col AS CHAR)}: how the snapshot
 * reads temporal columns without the JDBC driver's java.time conversions (which refuse zero dates, wrap TIME beyond
 * 24 hours and drop digits), and how it writes them back as query parameters.
 */
public final class TemporalText {
    private TemporalText() {
    }

    /** {@code YYYY-MM-DD}, zero parts allowed. */
    public static RawTemporal.Date date(String text) {
        String t = text.trim();
        return new RawTemporal.Date(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5, 7)),
                Integer.parseInt(t.substring(8, 10)));
    }

    /** {@code YYYY-MM-DD hh:mm:ss[.f]}. */
    public static RawTemporal.DateTime dateTime(String text) {
        String t = text.trim();
        RawTemporal.Date d = date(t);
        return new RawTemporal.DateTime(d.year(), d.month(), d.day(), Integer.parseInt(t.substring(11, 13)),
                Integer.parseInt(t.substring(14, 16)), Integer.parseInt(t.substring(17, 19)), micros(t, 19));
    }

    /** {@code [-]h+:mm:ss[.f]}: up to 838 hours either way. */
    public static RawTemporal.Time time(String text) {
        String t = text.trim();
        boolean negative = t.startsWith("-");
        String abs = negative ? t.substring(1) : t;
        int colon = abs.indexOf(':');
        return new RawTemporal.Time(negative, Integer.parseInt(abs.substring(0, colon)),
                Integer.parseInt(abs.substring(colon + 1, colon + 3)), Integer.parseInt(abs.substring(colon + 4, colon + 6)),
                micros(abs, colon + 6));
    }

    /** UNIX_TIMESTAMP(col) of a TIMESTAMP column: seconds with up to 6 fraction digits; 0 is the zero TIMESTAMP. */
    public static RawTemporal.Timestamp timestamp(String unixTimestamp) {
        String t = unixTimestamp.trim();
        int dot = t.indexOf('.');
        long seconds = Long.parseLong(dot < 0 ? t : t.substring(0, dot));
        return new RawTemporal.Timestamp(seconds, dot < 0 ? 0 : micros(t, dot));
    }

    /** A literal the server reads back as the same value (TIMESTAMP: in a session whose time_zone is +00:00). */
    public static String literal(RawTemporal value) {
        if (value instanceof RawTemporal.Date d) {
            return String.format("%04d-%02d-%02d", d.year(), d.month(), d.day());
        }
        if (value instanceof RawTemporal.DateTime t) {
            return String.format("%04d-%02d-%02d %02d:%02d:%02d.%06d", t.year(), t.month(), t.day(), t.hour(),
                    t.minute(), t.second(), t.micros());
        }
        if (value instanceof RawTemporal.Time t) {
            return String.format("%s%d:%02d:%02d.%06d", t.negative() ? "-" : "", t.hours(), t.minutes(), t.seconds(),
                    t.micros());
        }
        RawTemporal.Timestamp ts = (RawTemporal.Timestamp) value;
        if (ts.epochSecond() == 0 && ts.micros() == 0) {
            return "0000-00-00 00:00:00";
        }
        LocalDateTime utc = LocalDateTime.ofEpochSecond(ts.epochSecond(), ts.micros() * 1000, ZoneOffset.UTC);
        return String.format("%04d-%02d-%02d %02d:%02d:%02d.%06d", utc.getYear(), utc.getMonthValue(),
                utc.getDayOfMonth(), utc.getHour(), utc.getMinute(), utc.getSecond(), ts.micros());
    }

    /** The fraction after the '.' at {@code dot} (if any) in microseconds: "5" is 500000. */
    private static int micros(String t, int dot) {
        if (t.length() <= dot || t.charAt(dot) != '.') {
            return 0;
        }
        String digits = (t.substring(dot + 1) + "000000").substring(0, 6);
        return Integer.parseInt(digits);
    }
}
