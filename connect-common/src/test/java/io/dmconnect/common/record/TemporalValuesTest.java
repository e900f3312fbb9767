package io.dmconnect.common.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalValuesTest {

    @ParameterizedTest(name = "{0}-{1}-{2} -> {3}")
    @CsvSource({
            // valid dates: Debezium's days since the epoch
            "1970, 1, 1, 0, 1970-01-01",
            "2024, 2, 29, 19782, 2024-02-29",
            "1000, 1, 1, -354285, 1000-01-01",
            "9999, 12, 31, 2932896, 9999-12-31",
            "0, 1, 1, -719528, 0000-01-01",
            // zero and invalid dates: sentinels base + (year * 13 + month) * 32 + day
            "0, 0, 0, -2000000000, 0000-00-00",
            "2020, 0, 15, -1999159665, 2020-00-15",
            "2020, 2, 0, -1999159616, 2020-02-00",
            "2020, 2, 31, -1999159585, 2020-02-31",
            "2023, 2, 29, -1999158339, 2023-02-29",
            "9999, 12, 0, -1995840032, 9999-12-00",
    })
    void datesEncodeAndDecodeExactly(int year, int month, int day, int days, String literal) {
        assertThat(TemporalValues.epochDay(year, month, day)).isEqualTo(days);
        assertThat(TemporalValues.dateLiteral(days)).isEqualTo(literal);
        assertThat(TemporalValues.dateLiteral(year, month, day)).isEqualTo(literal);
        assertThat(TemporalValues.isDateSentinel(days)).isEqualTo(!TemporalValues.isCalendarDate(year, month, day));
    }

    @ParameterizedTest(name = "{7}")
    @CsvSource({
            "1970, 1, 1, 0, 0, 0, 0, 1970-01-01 00:00:00.000000, 0",
            "2020, 2, 29, 10, 11, 12, 500000, 2020-02-29 10:11:12.500000, 1582971072500000",
            "9999, 12, 31, 23, 59, 59, 999999, 9999-12-31 23:59:59.999999, 253402300799999999",
            "1000, 1, 1, 0, 0, 0, 1000, 1000-01-01 00:00:00.001000, -30610223999999000",
            "0, 0, 0, 0, 0, 0, 0, 0000-00-00 00:00:00.000000, -5000000000000000000",
            "2020, 0, 0, 10, 0, 0, 0, 2020-00-00 10:00:00.000000, -4927396316000000000",
            "2020, 2, 31, 23, 59, 59, 999999, 2020-02-31 23:59:59.999999, -4927388057600000001",
    })
    void dateTimesEncodeAndDecodeExactly(int y, int mo, int d, int h, int mi, int s, int micros, String literal,
                                         long expected) {
        long encoded = TemporalValues.epochMicros(y, mo, d, h, mi, s, micros);
        assertThat(encoded).isEqualTo(expected);
        assertThat(TemporalValues.dateTimeLiteral(encoded, 6)).isEqualTo(literal);
        assertThat(TemporalValues.dateTimeLiteral(y, mo, d, h, mi, s, micros, 6)).isEqualTo(literal);
        assertThat(TemporalValues.isDateTimeSentinel(encoded)).isEqualTo(!TemporalValues.isCalendarDate(y, mo, d));
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource({
            "true, 838, 59, 59, 0, -838:59:59.000000, -3020399000000, 6",
            "false, 838, 59, 59, 999999, 838:59:59.999999, 3020399999999, 6",
            "true, 0, 0, 0, 1, -00:00:00.000001, -1, 6",
            "true, 0, 0, 1, 500000, -00:00:01.5, -1500000, 1",
            "false, 1, 2, 3, 250000, 01:02:03.25, 3723250000, 2",
            "false, 100, 0, 0, 0, 100:00:00, 360000000000, 0",
            "false, 0, 0, 0, 0, 00:00:00, 0, 0",
    })
    void timesEncodeAndDecodeExactly(boolean negative, int h, int m, int s, int micros, String literal, long expected,
                                     int fsp) {
        assertThat(TemporalValues.timeMicros(negative, h, m, s, micros)).isEqualTo(expected);
        assertThat(TemporalValues.timeLiteral(expected, fsp)).isEqualTo(literal);
        assertThat(TemporalValues.timeLiteral(negative, h, m, s, micros, fsp)).isEqualTo(literal);
    }

    @ParameterizedTest(name = "{0}.{1} fsp {2} in {3}")
    @CsvSource({
            "1, 0, 0, UTC, 1970-01-01T00:00:01Z",
            "2147483647, 999999, 6, UTC, 2038-01-19T03:14:07.999999Z",
            "2147483647, 999000, 3, +08:00, 2038-01-19T11:14:07.999+08:00",
            "1700000000, 100000, 6, Asia/Shanghai, 2023-11-15T06:13:20.100000+08:00",
            "1700000000, 0, 0, America/Sao_Paulo, 2023-11-14T19:13:20-03:00",
            "0, 0, 6, UTC, 0000-00-00T00:00:00Z",
            "0, 0, 0, +05:30, 0000-00-00T00:00:00Z",
    })
    void timestampsAreInstantsWithExactFsp(long seconds, int micros, int fsp, String zone, String expected) {
        String value = TemporalValues.zonedTimestamp(seconds, micros, fsp, ZoneId.of(zone));
        assertThat(value).isEqualTo(expected);
        if (seconds != 0) {
            assertThat(TemporalValues.timestampInstant(value)).isEqualTo(Instant.ofEpochSecond(seconds, micros * 1000L));
        } else {
            assertThat(TemporalValues.timestampInstant(value)).isNull();
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "2038-01-19T03:14:07.999999Z, +08:00, 6, 2038-01-19 11:14:07.999999",
            "2023-11-15T06:13:20.100000+08:00, UTC, 6, 2023-11-14 22:13:20.100000",
            "1970-01-01T00:00:01Z, UTC, 0, 1970-01-01 00:00:01",
            "0000-00-00T00:00:00Z, +08:00, 0, 0000-00-00 00:00:00",
            "0000-00-00T00:00:00Z, UTC, 6, 0000-00-00 00:00:00.000000",
    })
    void sinkWritesTimestampsInItsSessionZone(String zoned, String session, int fsp, String literal) {
        assertThat(TemporalValues.timestampLiteral(zoned, ZoneId.of(session), fsp)).isEqualTo(literal);
    }

    @Test
    void aTooSmallFspNeverDropsDigits() {
        assertThat(TemporalValues.timeLiteral(1_500_000, 0)).isEqualTo("00:00:01.5");
        assertThat(TemporalValues.dateTimeLiteral(1, 0)).isEqualTo("1970-01-01 00:00:00.000001");
        assertThat(TemporalValues.zonedTimestamp(1, 120_000, 0, ZoneId.of("UTC"))).isEqualTo("1970-01-01T00:00:01.12Z");
    }

    @Test
    void rejectsWhatMySqlCannotStore() {
        assertThatThrownBy(() -> TemporalValues.epochDay(2020, 13, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemporalValues.epochDay(10000, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemporalValues.timestampLiteral("yesterday", ZoneId.of("UTC"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yesterday");
    }

    @Property
    void everyMySqlDateRoundTrips(@ForAll @IntRange(min = 0, max = 9999) int year,
                                  @ForAll @IntRange(min = 0, max = 12) int month,
                                  @ForAll @IntRange(min = 0, max = 31) int day) {
        int days = TemporalValues.epochDay(year, month, day);
        assertThat(TemporalValues.dateLiteral(days)).isEqualTo(TemporalValues.dateLiteral(year, month, day));
    }

    @Property
    void everyMySqlDateTimeRoundTrips(@ForAll @IntRange(min = 0, max = 9999) int year,
                                      @ForAll @IntRange(min = 0, max = 12) int month,
                                      @ForAll @IntRange(min = 0, max = 31) int day,
                                      @ForAll @IntRange(min = 0, max = 86_399) int second,
                                      @ForAll @IntRange(min = 0, max = 999_999) int micros) {
        int h = second / 3600;
        int m = second / 60 % 60;
        int s = second % 60;
        long encoded = TemporalValues.epochMicros(year, month, day, h, m, s, micros);
        assertThat(TemporalValues.dateTimeLiteral(encoded, 6))
                .isEqualTo(TemporalValues.dateTimeLiteral(year, month, day, h, m, s, micros, 6));
    }

    // The literals were built with String.format until a profile found it hot; these pin the StringBuilder version
    // to what String.format printed, for any value, valid or not.

    @Property
    void paddingIsWhatFormatPrints(@ForAll long value, @ForAll @IntRange(min = 1, max = 6) int width) {
        assertThat(TemporalValues.appendPadded(new StringBuilder(), value, width).toString())
                .isEqualTo(String.format(Locale.ROOT, "%0" + width + "d", value));
    }

    @Property
    void literalsAreWhatFormatPrinted(@ForAll int year, @ForAll @IntRange(min = -100, max = 100) int month,
                                      @ForAll @IntRange(min = -100, max = 100) int day,
                                      @ForAll @IntRange(min = -1000, max = 1000) int hour,
                                      @ForAll @IntRange(min = -100, max = 100) int minute,
                                      @ForAll @IntRange(min = -100, max = 100) int second,
                                      @ForAll @IntRange(min = -2_000_000, max = 2_000_000) int micros,
                                      @ForAll @IntRange(min = 0, max = 7) int fsp, @ForAll boolean negative) {
        String date = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        assertThat(TemporalValues.dateLiteral(year, month, day)).isEqualTo(date);
        assertThat(TemporalValues.dateTimeLiteral(year, month, day, hour, minute, second, micros, fsp))
                .isEqualTo(date + String.format(Locale.ROOT, " %02d:%02d:%02d", hour, minute, second)
                        + formattedFraction(micros, fsp));
        assertThat(TemporalValues.timeLiteral(negative, hour, minute, second, micros, fsp))
                .isEqualTo((negative ? "-" : "") + String.format(Locale.ROOT, "%02d:%02d:%02d", hour, minute, second)
                        + formattedFraction(micros, fsp));
    }

    @Property
    void encodedLiteralsAreWhatFormatPrinted(@ForAll long micros, @ForAll @IntRange(min = 0, max = 6) int fsp) {
        long magnitude = Math.abs(micros);
        long seconds = magnitude / 1_000_000;
        assertThat(TemporalValues.timeLiteral(micros, fsp)).isEqualTo((micros < 0 ? "-" : "")
                + String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                + formattedFraction((int) (magnitude % 1_000_000), fsp));
    }

    @Property
    void sentinelDateTimesAreWhatFormatPrinted(
            @ForAll @LongRange(min = TemporalValues.DATETIME_SENTINEL_BASE, max = -1_000_000_000_000_000_001L) long encoded,
            @ForAll @IntRange(min = 0, max = 6) int fsp) {
        long offset = encoded - TemporalValues.DATETIME_SENTINEL_BASE;
        int packed = (int) (offset / 86_400_000_000L);
        long timeOfDay = offset % 86_400_000_000L;
        long seconds = timeOfDay / 1_000_000;
        assertThat(TemporalValues.dateTimeLiteral(encoded, fsp)).isEqualTo(
                String.format(Locale.ROOT, "%04d-%02d-%02d", packed / 32 / 13, packed / 32 % 13, packed % 32) + " "
                        + String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                        + formattedFraction((int) (timeOfDay % 1_000_000), fsp));
    }

    /** The former implementation of the fraction, on String.format. */
    private static String formattedFraction(int micros, int fsp) {
        String six = String.format(Locale.ROOT, "%06d", micros);
        int needed = 6;
        while (needed > 0 && six.charAt(needed - 1) == '0') {
            needed--;
        }
        int digits = Math.min(6, Math.max(fsp, needed));
        return digits == 0 ? "" : "." + six.substring(0, digits);
    }
}
