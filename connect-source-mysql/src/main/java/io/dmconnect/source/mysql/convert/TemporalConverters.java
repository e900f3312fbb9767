package io.dmconnect.source.mysql.convert;

import static io.dmconnect.source.mysql.convert.ValueConverters.expect;

import io.dmconnect.common.record.ConversionOptions;
import io.dmconnect.common.record.ConversionOptions.TemporalMode;
import io.dmconnect.common.record.TemporalValues;
import io.dmconnect.common.schema.ColumnDef;
import java.time.ZoneId;

/** {@link RawTemporal} cells as the temporal.mode asks, through {@link TemporalValues}. */
final class TemporalConverters {
    /** fsp when the tracked schema does not know it; {@link TemporalValues} never drops a nonzero digit anyway. */
    private static final int UNKNOWN_FSP = 0;

    private TemporalConverters() {
    }

    static ValueConverter date(ColumnDef column, ConversionOptions options) {
        if (options.temporalMode() == TemporalMode.STRING) {
            return raw -> {
                RawTemporal.Date d = expect(raw, RawTemporal.Date.class, column);
                return TemporalValues.dateLiteral(d.year(), d.month(), d.day());
            };
        }
        return raw -> {
            RawTemporal.Date d = expect(raw, RawTemporal.Date.class, column);
            return TemporalValues.epochDay(d.year(), d.month(), d.day());
        };
    }

    static ValueConverter dateTime(ColumnDef column, ConversionOptions options) {
        int fsp = fsp(column);
        if (options.temporalMode() == TemporalMode.STRING) {
            return raw -> {
                RawTemporal.DateTime t = expect(raw, RawTemporal.DateTime.class, column);
                return TemporalValues.dateTimeLiteral(t.year(), t.month(), t.day(), t.hour(), t.minute(),
                        t.second(), t.micros(), fsp);
            };
        }
        return raw -> {
            RawTemporal.DateTime t = expect(raw, RawTemporal.DateTime.class, column);
            return TemporalValues.epochMicros(t.year(), t.month(), t.day(), t.hour(), t.minute(), t.second(),
                    t.micros());
        };
    }

    static ValueConverter time(ColumnDef column, ConversionOptions options) {
        int fsp = fsp(column);
        if (options.temporalMode() == TemporalMode.STRING) {
            return raw -> {
                RawTemporal.Time t = expect(raw, RawTemporal.Time.class, column);
                return TemporalValues.timeLiteral(t.negative(), t.hours(), t.minutes(), t.seconds(), t.micros(), fsp);
            };
        }
        return raw -> {
            RawTemporal.Time t = expect(raw, RawTemporal.Time.class, column);
            return TemporalValues.timeMicros(t.negative(), t.hours(), t.minutes(), t.seconds(), t.micros());
        };
    }

    static ValueConverter timestamp(ColumnDef column, ConversionOptions options) {
        int fsp = fsp(column);
        ZoneId zone = options.timestampZone();
        return raw -> {
            RawTemporal.Timestamp t = expect(raw, RawTemporal.Timestamp.class, column);
            return TemporalValues.zonedTimestamp(t.epochSecond(), t.micros(), fsp, zone);
        };
    }

    private static int fsp(ColumnDef column) {
        return column.precision() == null ? UNKNOWN_FSP : column.precision();
    }
}
