package io.dmconnect.source.mysql.convert;

import java.io.Serializable;

/**
 * A temporal cell exactly as the binlog stores it, field by field, as {@link BinlogDeserializers} delivers it in
 * row arrays. Nothing is normalised: zero and invalid dates, negative and over-24-hour times and every fraction
 * digit survive, which the binlog library's own {@code java.util.Date}/{@code Long} values do not.
 */
public sealed interface RawTemporal extends Serializable {

    /** DATE; month and day may be 0, day may exceed the month's length (ALLOW_INVALID_DATES). */
    record Date(int year, int month, int day) implements RawTemporal {
    }

    /** DATETIME; the date part as in {@link Date}, micros 0..999999. */
    record DateTime(int year, int month, int day, int hour, int minute, int second, int micros)
            implements RawTemporal {
    }

    /** TIME: a signed duration up to 838:59:59.999999 (hours 0..1023 as the format allows). */
    record Time(boolean negative, int hours, int minutes, int seconds, int micros) implements RawTemporal {
    }

    /** TIMESTAMP: a UTC instant; 0.0 is the zero TIMESTAMP. */
    record Timestamp(long epochSecond, int micros) implements RawTemporal {
    }
}
